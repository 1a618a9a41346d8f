package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debtors that already hold everything of a customer get no write call, and the report says UNCHANGED. */
class NoOpUpdatesTest {
    private final AvHarness h = new AvHarness();
    private final InMemoryConnector shop = Shop.create();

    @AfterEach
    void close() {
        h.close();
    }

    private FlowReport run() {
        SyncFlow flow = SyncFlows.customers(shop, h.connector).name("customers").build();
        return h.engine().run(flow).flow("customers");
    }

    @Test
    void declaresWhatDebtorsArticlesAndGroupsHold() {
        var capabilities = h.connector.capabilities();
        assertEquals(EntityType.CUSTOMER.fieldNames(), capabilities.fields(EntityType.CUSTOMER));
        assertEquals(java.util.Set.of("sku", "name", "price", "priceIncludesTax", "categoryCode"),
                capabilities.fields(EntityType.PRODUCT), "no EAN without a configured custom field");
        assertEquals(java.util.Set.of("code", "name"), capabilities.fields(EntityType.CATEGORY));
    }

    @Test
    void debtorDifferingOnlyInAPhoneTheSourceLacksIsNotUpdated() {
        h.av.company().insert("AR1", Shop.row("SUB_NR", "20001", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JAN",
                "MAIL_BUS", "Jan@DeVries.nl", "TEL_BUS", "030 1234567", "ST_STREET", "Hauptstraße", "ST_NR", "5",
                "ADDRESS1", "Hauptstraße 5", "POST_CODE", "10115", "CITY", "Berlin", "CNT_CODE", "DE"));
        h.takeCalls();
        shop.put(EntityType.CUSTOMER, "c1", Shop.person("Jan de Vries", "jan@devries.nl"));

        FlowReport report = run();

        assertEquals(Action.UNCHANGED, report.findResult("c1").orElseThrow().action(), report.toString());
        assertEquals(Map.of("GET AR1", 1L, "GET ADDR", 1L), h.takeCalls(), "a search, no write");
        assertEquals("030 1234567", h.av.company().rows("CONTACT").get(0).get("TEL_BUS"));
    }

    @Test
    void companyWithoutContactAndDeliveryEqualToBillingIsNotUpdated() {
        h.av.company().insert("AR1", Shop.row("SUB_NR", "20002", "ACCT_NAME", "Schmidt B.V.", "SRC_CODE", "SCHMIDT",
                "MAIL_BUS", "info@schmidt.nl", "TEL_BUS", "+31 20 1234567", "VAT_NR", "NL123456789B01",
                "ST_STREET", "Keizersgracht", "ST_NR", "12a", "ADDRESS1", "Keizersgracht 12a", "POST_CODE", "1015 CS",
                "CITY", "Amsterdam", "CNT_CODE", "NL"));
        h.takeCalls();
        var company = Shop.company("Schmidt B.V.", null, "info@schmidt.nl");
        shop.put(EntityType.CUSTOMER, "c2", company.toBuilder().deliveryAddress(company.billingAddress()).build());

        FlowReport report = run();

        assertEquals(Action.UNCHANGED, report.findResult("c2").orElseThrow().action(), report.toString());
        Map<String, Long> calls = h.takeCalls();
        assertFalse(calls.keySet().stream().anyMatch(k -> k.startsWith("PUT") || k.startsWith("POST")),
                calls.toString());
    }

    @Test
    void aChangedPhoneIsOneWriteReportedUpdated() {
        h.av.company().insert("AR1", Shop.row("SUB_NR", "20001", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JAN",
                "MAIL_BUS", "jan@devries.nl", "TEL_BUS", "030 1234567", "ST_STREET", "Hauptstraße", "ST_NR", "5",
                "ADDRESS1", "Hauptstraße 5", "POST_CODE", "10115", "CITY", "Berlin", "CNT_CODE", "DE"));
        h.takeCalls();
        shop.put(EntityType.CUSTOMER, "c1", Shop.person("Jan de Vries", "jan@devries.nl").toBuilder()
                .phone("030 7654321").build());

        FlowReport report = run();

        assertEquals(Action.UPDATED, report.findResult("c1").orElseThrow().action(), report.toString());
        assertEquals(1L, h.takeCalls().get("PUT AR1"));
        assertEquals("030 7654321", h.av.company().rows("CONTACT").get(0).get("TEL_BUS"));
    }

    @Test
    void articleGroupWithTheSameNameIsUnchangedAlthoughTheSourceHasAParent() {
        h.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
        h.takeCalls();
        shop.put(EntityType.CATEGORY, "k1", new dev.ledgerbridge.sync.model.Category("TOOLS", "Tools", "HARDWARE"));

        FlowReport report = h.engine().run(SyncFlows.categories(shop, h.connector).name("categories").build())
                .flow("categories");

        assertEquals(Action.UNCHANGED, report.findResult("k1").orElseThrow().action(), report.toString());
        assertEquals(Map.of("GET AG1", 1L), h.takeCalls());
    }

    @Test
    void theConnectorComparesCustomersAsAccountViewStoresThem() {
        var company = Shop.company("Schmidt B.V.", null, "Info@Schmidt.NL");
        var stored = Customers.asStored(company.toBuilder().deliveryAddress(company.billingAddress()).build());
        assertEquals("Schmidt B.V.", stored.contactPerson());
        assertEquals(null, stored.companyName());
        assertEquals("info@schmidt.nl", stored.email());
        assertEquals(null, stored.deliveryAddress());
        assertTrue(Customers.changedFields(company, stored, java.util.Set.of()).isEmpty());
    }
}
