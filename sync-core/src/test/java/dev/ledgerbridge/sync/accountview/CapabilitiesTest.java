package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.ORDER_LINES;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.READ_CHANGES;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the connector declares, and how the engine refuses what AccountView cannot do. */
class CapabilitiesTest {
    private static final AvHarness H = new AvHarness();

    @AfterAll
    static void close() {
        H.close();
    }

    @Test
    void declaresExactlyWhatTheApiAllows() {
        Capabilities c = H.connector.capabilities();
        assertEquals(EnumSet.of(READ, READ_CHANGES, CREATE, UPDATE), c.of(EntityType.CUSTOMER));
        assertEquals(EnumSet.of(READ, READ_CHANGES, CREATE, UPDATE), c.of(EntityType.PRODUCT));
        assertEquals(EnumSet.of(READ, CREATE, UPDATE), c.of(EntityType.CATEGORY));
        assertEquals(EnumSet.of(READ), c.of(EntityType.STOCK));
        assertEquals(EnumSet.of(READ, ORDER_LINES, CREATE), c.of(EntityType.ORDER));
        assertEquals(Set.of("email"), c.searchKeys(EntityType.CUSTOMER));
        assertEquals(Set.of("sku"), c.searchKeys(EntityType.PRODUCT));
        assertEquals(Set.of("code"), c.searchKeys(EntityType.CATEGORY));
        assertEquals(Set.of("reference"), c.searchKeys(EntityType.ORDER));
        assertEquals(Set.of(OrderType.SALES_ORDER), c.writableOrderTypes());
        assertTrue(!c.has(EntityType.PRODUCT, Capability.VARIANTS) && !c.has(EntityType.PRODUCT, Capability.IMAGES));
        assertEquals(1, c.maxBatchSize(EntityType.CUSTOMER));
        assertTrue(c.note(EntityType.PRODUCT).orElseThrow().contains("no variants and no images"));
        assertTrue(c.note(EntityType.ORDER).orElseThrow().contains("unconfirmed"));
        assertEquals("AccountView", H.connector.name());
    }

    @Test
    void stockIntoAccountViewIsRefusedAtConfigurationTimeWithTheReason() {
        InMemoryConnector shop = Shop.create();
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> H.engine().run(SyncFlows.stock(shop, H.connector).build()));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertTrue(H.connector.entities().writer(EntityType.STOCK).isEmpty(), "stock is read-only in AccountView");
        assertEquals(0, H.av.stats().total(), "refused before any call");
    }

    @Test
    void builderRejectsBadSettingsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccountViewConnector.builder(H.company).referenceField("A8 REF;"));
        assertTrue(e.getMessage().contains("referenceField") && e.getMessage().contains("A8 REF;"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AccountViewConnector.builder(H.company).currency("eur"));
        assertTrue(e.getMessage().contains("currency"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AccountViewConnector.builder(H.company).collectiveAccount("12345678901"));
        assertTrue(e.getMessage().contains("collectiveAccount"), e.getMessage());
    }

    @Test
    void orderHistoryAsSourceIsNamedInTheNote() {
        AccountViewConnector c = AccountViewConnector.builder(H.company).orderSource(OrderSource.ORDER_HISTORY).build();
        assertTrue(c.capabilities().note(EntityType.ORDER).orElseThrow().contains("ALH"));
    }
}
