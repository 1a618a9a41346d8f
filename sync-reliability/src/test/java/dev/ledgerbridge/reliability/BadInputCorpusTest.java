package dev.ledgerbridge.reliability;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus through the real connectors into the emulators: malformed e-mails, over-long names, a
 * country name instead of a code, a customer without any name, non-digit SKUs for a digits-only target, blank SKUs,
 * negative prices, unknown SKUs, unknown country codes, negative quantities, orders without reference or quantity. Each fails alone with a reason naming field,
 * value and rule; nothing of a failed record is written; every good record arrives; a rerun changes nothing.
 */
class BadInputCorpusTest {
    final SyncWorld w = new SyncWorld(0, 0, LoggingPolicy.defaults());

    @AfterEach
    void close() {
        w.close();
    }

    static InMemoryConnector shop() {
        return new InMemoryConnector("Webshop", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ).entity(EntityType.PRODUCT, Capability.READ)
                .entity(EntityType.ORDER, Capability.READ, Capability.ORDER_LINES).build());
    }

    static Customer customer(String name, String email, String country) {
        return Customer.builder().contactPerson(name).email(email).billingAddress(Address.builder()
                .street("Hauptstraße").houseNumber("1").postcode("10115").city("Berlin").country(country).build())
                .build();
    }

    /** Source records: the good ones, then one per kind of bad input. */
    private static InMemoryConnector corpus() {
        InMemoryConnector shop = shop();
        shop.put(EntityType.CUSTOMER, "good-1", customer("Anna Schmidt", "anna@example.de", "DE"));
        shop.put(EntityType.CUSTOMER, "bad-email", customer("Bert Bad", "bert-at-example.de", "DE"));
        shop.put(EntityType.CUSTOMER, "long-name", customer("N".repeat(101), "long@example.de", "DE"));
        shop.put(EntityType.CUSTOMER, "country-name", customer("Dora Land", "dora@example.de", "Deutschland"));
        shop.put(EntityType.CUSTOMER, "no-name", customer(null, "noname@example.de", "DE"));
        shop.put(EntityType.CUSTOMER, "good-2", customer("Emil Gut", "emil@example.de", "NL"));
        shop.put(EntityType.PRODUCT, "p-good", Product.builder().sku("200100").name("Gut")
                .price(BigDecimal.TEN, false).build());
        shop.put(EntityType.PRODUCT, "p-letters", Product.builder().sku("AB-12").name("Letters").build());
        shop.put(EntityType.PRODUCT, "p-blank", Product.builder().sku(" ").name("Blank").build());
        shop.put(EntityType.PRODUCT, "p-negative-price", Product.builder().sku("200101").name("Neg")
                .price(new BigDecimal("-1"), false).build());
        shop.put(EntityType.PRODUCT, "p-long-name", Product.builder().sku("200102").name("X".repeat(201)).build());
        Customer anna = customer("Anna Schmidt", "anna@example.de", "DE");
        shop.put(EntityType.ORDER, "o-good", order("W-1", anna, line("1000", "1")));
        shop.put(EntityType.ORDER, "o-unknown-sku", order("W-3", anna, line("1001", "1"), line("9999", "1")));
        shop.put(EntityType.ORDER, "o-no-reference", order(null, anna, line("1000", "1")));
        shop.put(EntityType.ORDER, "o-bad-email", order("W-5", customer("Xaver", "x@@example", "DE"),
                line("1001", "1")));
        shop.put(EntityType.ORDER, "o-no-quantity", order("W-6", customer("Yvonne", "yvonne@example.de", "DE"),
                line("1001", null)));
        return shop;
    }

    private SyncReport run(InMemoryConnector shop, SyncEngine engine) {
        return engine.run(SyncFlows.customers(shop, w.buchhaltungsButler).name("customers").build(),
                SyncFlows.products(shop, w.accountView).name("products").build(),
                SyncFlows.orders(shop, w.accountView).name("orders").productCatalog(w.accountView).build());
    }

    @Test
    void everyBadRecordFailsAloneWithFieldValueAndRuleAndNothingIsHalfWrittenOrLost() {
        InMemoryConnector shop = corpus();
        SyncEngine engine = SyncEngine.builder().settings(Settings.builder().timeSource(w.time)
                .skuRule("AccountView", "\\d+").build()).stateStore(new InMemoryStateStore()).build();

        SyncReport first = run(shop, engine);

        FlowReport customers = first.flow("customers");
        assertFailure(customers, "bad-email", "field 'email'", "'bert-at-example.de'", "well-formed e-mail");
        assertFailure(customers, "long-name", "field 'contactPerson'", "'" + "N".repeat(101) + "'",
                "size must be between 0 and 100");
        assertFailure(customers, "country-name", "field 'billingAddress.country'", "'Deutschland'",
                "ISO 3166-1 alpha-2");
        assertFailure(customers, "no-name", "company name or a contact person");
        assertEquals(List.of("good-1", "good-2"), ids(customers.sample().stream().filter(r -> r.action() == Action.CREATED).toList()));
        FlowReport products = first.flow("products");
        assertFailure(products, "p-letters", "SKU 'AB-12'", "SKU rule for AccountView", "\\d+");
        assertFailure(products, "p-blank", "field 'sku'", "' '", "must not be blank");
        assertFailure(products, "p-negative-price", "field 'price'", "'-1'", "greater than or equal to 0");
        assertFailure(products, "p-long-name", "field 'name'", "size must be between 0 and 200");
        assertEquals(List.of("p-good"), ids(products.sample().stream().filter(r -> r.action() == Action.CREATED).toList()));
        FlowReport orders = first.flow("orders");
        assertFailure(orders, "o-unknown-sku", "line 2", "SKU '9999' does not exist in AccountView");
        assertFailure(orders, "o-no-reference", "field 'reference'", "must not be blank");
        assertFailure(orders, "o-bad-email", "field 'customer.email'", "'x@@example'", "well-formed e-mail");
        assertFailure(orders, "o-no-quantity", "field 'lines[0].quantity'", "must not be null");
        assertEquals(List.of("o-good"), ids(orders.sample().stream().filter(r -> r.action() == Action.CREATED).toList()));

        // nothing half-written: exactly the good records arrived, no customer of a failed order was created
        assertEquals(List.of("anna@example.de", "emil@example.de"), w.targetEmails());
        assertEquals(List.of("200100"), newArticles());
        assertEquals(List.of("anna@example.de"), avEmails());
        assertEquals(1, w.av.company().rows("SO_HDR").size());

        // nothing lost: a rerun writes nothing new, the good ones stay, the bad ones fail again the same way
        SyncReport rerun = run(shop, engine);
        assertEquals(first.count(Action.FAILED), rerun.count(Action.FAILED), rerun.toString());
        assertEquals(0, rerun.count(Action.CREATED) + rerun.count(Action.UPDATED), rerun.toString());
        assertEquals(List.of("anna@example.de", "emil@example.de"), w.targetEmails());
        assertEquals(1, w.av.company().rows("SO_HDR").size());
    }

    @Test
    void unknownCountryCodeFails() {
        InMemoryConnector shop = shop();
        shop.put(EntityType.CUSTOMER, "unknown-country", customer("Carl Zed", "carl@example.de", "ZZ"));
        SyncReport report = SyncEngine.builder().stateStore(new InMemoryStateStore()).build()
                .run(SyncFlows.customers(shop, w.buchhaltungsButler).name("customers").build());
        assertFailure(report.flow("customers"), "unknown-country", "field 'billingAddress.country'", "'ZZ'",
                "ISO 3166-1");
        assertEquals(List.of(), w.targetEmails(), "nothing written");
    }

    @Test
    void negativeQuantityOnASalesOrderFails() {
        InMemoryConnector shop = shop();
        shop.put(EntityType.ORDER, "o-negative", order("W-2", customer("Anna", "anna@example.de", "DE"),
                line("1000", "-3")));
        SyncReport report = SyncEngine.builder().stateStore(new InMemoryStateStore()).build()
                .run(SyncFlows.orders(shop, w.accountView).name("orders").productCatalog(w.accountView).build());
        assertFailure(report.flow("orders"), "o-negative", "quantity", "'-3'");
        assertEquals(0, w.av.company().rows("SO_HDR").size(), "nothing written");
        assertEquals(List.of(), avEmails(), "not even the customer");
    }

    private static void assertFailure(FlowReport flow, String sourceId, String... parts) {
        RecordResult result = flow.findResult(sourceId).orElseThrow(() -> new AssertionError("no result for "
                + sourceId + " in " + flow));
        assertEquals(Action.FAILED, result.action(), result.toString());
        String reason = result.reason().orElse("");
        for (String part : parts) {
            assertTrue(reason.contains(part), "reason of " + sourceId + " should name '" + part + "': " + reason);
        }
    }

    private static List<String> ids(List<RecordResult> results) {
        return results.stream().map(RecordResult::sourceId).sorted().toList();
    }

    private List<String> newArticles() {
        return w.av.company().rows("ARTICLE").stream().map(r -> String.valueOf(r.get("ART_CODE")))
                .filter(c -> !c.matches("100\\d")).sorted().toList();
    }

    private List<String> avEmails() {
        return w.av.company().rows("CONTACT").stream().map(r -> String.valueOf(r.get("MAIL_BUS"))).sorted()
                .toList();
    }

    static OrderLine line(String sku, String quantity) {
        return OrderLine.builder().sku(sku).description("Artikel " + sku)
                .quantity(quantity == null ? null : new BigDecimal(quantity)).unitPrice(BigDecimal.TEN)
                .taxRate(new BigDecimal("19")).build();
    }

    static Order order(String ref, Customer c, OrderLine... lines) {
        Order.Builder b = Order.builder().reference(ref).date(LocalDate.of(2026, 3, 1)).type(OrderType.SALES_ORDER)
                .customer(c).currency("EUR");
        for (OrderLine l : lines) {
            b.line(l);
        }
        return b.build();
    }
}
