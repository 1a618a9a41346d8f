package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationTest {
    private final SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();

    @Test
    void productsFromBuchhaltungsButlerFailBeforeAnyCallNamingTheMissingCapability() {
        InMemoryConnector bb = Systems.buchhaltungsButler();
        InMemoryConnector shop = Systems.webshop();

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.products(bb, shop).name("products").build()));

        assertEquals("flow 'products': BuchhaltungsButler cannot read products (BuchhaltungsButler's API has no "
                + "products)", e.problems().get(0));
        assertTrue(bb.calls().isEmpty() && shop.calls().isEmpty());
    }

    @Test
    void stockIntoBuchhaltungsButlerNamesTheApiWithoutADeclaredNote() {
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.stock(Systems.accountView(), Systems.buchhaltungsButler()).name("s")
                        .build()));
        assertEquals("flow 's': BuchhaltungsButler cannot write stock levels (BuchhaltungsButler's API has no "
                + "stock levels)", e.problems().get(0));
    }

    @Test
    void targetThatCanNeitherSearchNorListIsRejectedBecauseRerunsWouldDuplicate() {
        InMemoryConnector blind = new InMemoryConnector("Blind", Capabilities.builder()
                .entity(EntityType.ORDER, Capability.CREATE).writableOrderTypes(OrderType.INVOICE)
                .entity(EntityType.CUSTOMER, Capability.CREATE).build());

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.orders(Systems.accountView(), blind).name("o").build()));

        assertTrue(e.getMessage().contains("Blind can neither search nor list orders"), e.getMessage());
        assertTrue(e.getMessage().contains("no default debtor is configured"), e.getMessage());
    }

    @Test
    void invalidSettingsNameFieldValueAndRule() {
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> Settings.builder()
                .batchSize(0).concurrency(99).employeeNumber("12345678901").skuRule("AccountView", "[0-9")
                .createOnlyFields(EntityType.CUSTOMER, "nickname").lockLease(Duration.ZERO).build());

        String message = e.getMessage();
        assertTrue(message.contains("batchSize = '0': must be greater than or equal to 1"), message);
        assertTrue(message.contains("concurrency = '99': must be less than or equal to 32"), message);
        assertTrue(message.contains("employeeNumber = '12345678901'"), message);
        assertTrue(message.contains("skuRule[AccountView] = '[0-9': must be a valid regular expression"), message);
        assertTrue(message.contains("createOnlyFields[customer] = 'nickname': must be one of"), message);
        assertTrue(message.contains("lockLease = PT0S: must be positive"), message);
        assertEquals(6, e.problems().size(), e.problems().toString());
    }

    @Test
    void defaultsAreAsDocumented() {
        Settings s = Settings.builder().build();
        assertEquals("999999", s.employeeNumber());
        assertEquals(50, s.batchSize());
        assertEquals(1, s.concurrency());
        assertEquals(Duration.ofDays(90), s.activityRetention());
        assertTrue(s.manageStock() && s.redactPersonalData() && !s.dryRun());
        assertTrue(s.defaultDebtor().isEmpty() && s.fallbackSku().isEmpty() && s.headerOnlyLineSku().isEmpty());
    }

    @Test
    void engineNeedsAStateStoreAndUniqueFlowNames() {
        assertThrows(SyncConfigurationException.class, () -> SyncEngine.builder().build());
        var flow = SyncFlows.customers(Systems.accountView(), Systems.buchhaltungsButler()).name("x").build();
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> engine.run(flow, flow));
        assertTrue(e.getMessage().contains("flow name 'x' is used twice"));
    }
}
