package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderFlowTest {
    private InMemoryConnector av;
    private InMemoryConnector bb;
    private InMemoryStateStore state;
    private Settings settings;

    @BeforeEach
    void setUp() {
        av = Systems.accountView();
        bb = Systems.buchhaltungsButler();
        state = new InMemoryStateStore();
        settings = Settings.builder().paymentTerm("14", "14 Tage netto", 14).paymentMethod("BANK", "Überweisung")
                .build();
        av.put(EntityType.PRODUCT, "A1", Systems.product("1001", "Schraube"));
        av.put(EntityType.PRODUCT, "A2", Systems.product("1002", "Mutter"));
        av.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", Systems.company("Müller GmbH", "Anna",
                "anna@mueller.de"), Systems.line("1001", "2", "10.00"), Systems.line("1002", "1", "5.50")));
        av.put(EntityType.ORDER, "SO-2", Systems.salesOrder("SO-2", Systems.person("Jan", "jan@devries.nl"),
                Systems.line("1002", "3", "5.50")));
    }

    private SyncEngine engine(Settings s) {
        return SyncEngine.builder().settings(s).stateStore(state).build();
    }

    private SyncFlow avToBb() {
        return SyncFlows.orders(av, bb).name("orders").productCatalog(av).build();
    }

    private Order bbOrder(String reference) {
        return bb.all(EntityType.ORDER).stream().map(Identified::value).filter(o -> o.reference().equals("AV-" + reference))
                .findFirst().orElseThrow();
    }

    @Test
    void salesOrdersBecomeInvoicesWithCustomersEnsuredAndDataEnriched() {
        FlowReport report = engine(settings).run(avToBb()).flow("orders");

        assertEquals(2, report.count(Action.CREATED), report.toString());
        Order invoice = bbOrder("SO-1");
        assertEquals(OrderType.INVOICE, invoice.type());
        assertEquals("999999", invoice.employeeNumber(), "default employee number");
        assertEquals("14 Tage netto", invoice.paymentTerm());
        assertEquals(14, invoice.dueDays());
        assertEquals("Überweisung", invoice.paymentMethod());
        assertEquals(2, invoice.lines().size());
        Customer debtor = bb.get(EntityType.CUSTOMER, invoice.customerId()).orElseThrow();
        assertEquals("anna@mueller.de", debtor.email());
        assertEquals(2, bb.all(EntityType.CUSTOMER).size());
        assertTrue(report.findResult("SO-1").orElseThrow().notes().stream()
                .anyMatch(n -> n.startsWith("customer created")));
    }

    @Test
    void existingCustomerIsMatchedByEmailAndUpdatedNotDuplicated() {
        bb.put(EntityType.CUSTOMER, "10001", Systems.company("Müller GmbH", "Old Contact", "anna@mueller.de"));

        engine(settings).run(avToBb());

        assertEquals("10001", bbOrder("SO-1").customerId());
        assertEquals("Anna", bb.get(EntityType.CUSTOMER, "10001").orElseThrow().contactPerson());
        assertEquals(2, bb.all(EntityType.CUSTOMER).size());
    }

    @Test
    void ordersTravelOnThroughAThirdSystemButAreNeverEchoedBackToWhereTheyCameFrom() {
        InMemoryConnector shop = new InMemoryConnector("Webshop", dev.ledgerbridge.sync.spi.Capabilities.builder()
                .entity(EntityType.ORDER, dev.ledgerbridge.sync.spi.Capability.READ,
                        dev.ledgerbridge.sync.spi.Capability.ORDER_LINES).build());
        shop.put(EntityType.ORDER, "WS-1", Systems.salesOrder("WS-1", Systems.person("Eva", "eva@shop.example"),
                Systems.line("1001", "1", "10.00")));
        Settings s = settings.toBuilder().headerOnlyLine("1001", "Rechnung").build();

        SyncReport report = engine(s).run(
                SyncFlows.orders(shop, av).name("shop-av").productCatalog(av).build(),
                SyncFlows.orders(av, bb).name("av-bb").productCatalog(av).build(),
                SyncFlows.orders(bb, av).name("bb-av").productCatalog(av).build());

        assertEquals(1, report.flow("shop-av").count(Action.CREATED));
        // the webshop order written into AccountView goes on to BuchhaltungsButler with the two native ones
        assertEquals(3, report.flow("av-bb").count(Action.CREATED), report.flow("av-bb").toString());
        assertEquals(3, bb.all(EntityType.ORDER).size());
        // none of the three invoices comes back to AccountView as a second sales order
        FlowReport back = report.flow("bb-av");
        assertEquals(3, back.count(Action.SKIPPED), back.toString());
        assertTrue(back.sample().stream().filter(x -> x.action() == Action.SKIPPED).toList().stream().allMatch(r -> r.reason().orElseThrow().contains("not echoed back")));
        assertEquals(3, av.all(EntityType.ORDER).size());
    }

    @Test
    void rerunSkipsWrittenOrdersWithoutWriting() {
        engine(settings).run(avToBb());
        bb.resetCalls();

        FlowReport rerun = engine(settings).run(avToBb()).flow("orders");

        assertEquals(2, rerun.count(Action.SKIPPED));
        assertEquals(0, bb.writeCalls());
        assertEquals(2, bb.all(EntityType.ORDER).size());
    }

    @Test
    void orderAlreadyInTargetIsSkippedByReference() {
        bb.put(EntityType.ORDER, "RE-9", Systems.salesOrder("AV-SO-1", null).toBuilder().type(OrderType.INVOICE)
                .build());

        FlowReport report = engine(settings).run(avToBb()).flow("orders");

        var skipped = report.findResult("SO-1").orElseThrow();
        assertEquals(Action.SKIPPED, skipped.action());
        assertEquals("RE-9", skipped.targetId().orElseThrow());
        assertTrue(skipped.reason().orElseThrow().contains("found by reference"));
        assertEquals(Action.CREATED, report.findResult("SO-2").orElseThrow().action());
        assertEquals(2, bb.all(EntityType.ORDER).size());
    }

    @Test
    void missingSkuFailsThatOrderWithAClearReasonWhileOthersSucceed() {
        av.put(EntityType.ORDER, "SO-3", Systems.salesOrder("SO-3", Systems.person("Eva", "eva@example.de"),
                Systems.line("1001", "1", "10"), Systems.line("9999", "1", "1")));

        FlowReport report = engine(settings).run(avToBb()).flow("orders");

        var failed = report.findResult("SO-3").orElseThrow();
        assertEquals(Action.FAILED, failed.action());
        assertEquals("line 2: SKU '9999' does not exist in AccountView", failed.reason().orElseThrow());
        assertEquals(2, report.count(Action.CREATED));
        assertEquals(2, bb.all(EntityType.ORDER).size());
    }

    @Test
    void missingSkuUsesTheFallbackArticleWhenConfigured() {
        av.put(EntityType.PRODUCT, "A9", Systems.product("9000", "Diverses"));
        av.put(EntityType.ORDER, "SO-3", Systems.salesOrder("SO-3", Systems.person("Eva", "eva@example.de"),
                Systems.line("9999", "1", "1")));

        FlowReport report = engine(settings.toBuilder().fallbackSku("9000").build()).run(avToBb()).flow("orders");

        assertEquals(Action.CREATED, report.findResult("SO-3").orElseThrow().action());
        OrderLine line = bbOrder("SO-3").lines().get(0);
        assertEquals("9000", line.sku());
        assertEquals("Article 9999", line.description());
        assertTrue(report.findResult("SO-3").orElseThrow().notes().get(0).contains("fallback article '9000'"));
    }

    @Test
    void orderWithoutEmailUsesTheDefaultDebtorOrFails() {
        av.put(EntityType.ORDER, "SO-3", Systems.salesOrder("SO-3", null, Systems.line("1001", "1", "10")));

        FlowReport failing = engine(settings).run(avToBb()).flow("orders");
        assertTrue(failing.findResult("SO-3").orElseThrow().reason().orElseThrow().contains("no default debtor"));

        FlowReport withDefault = engine(settings.toBuilder().defaultDebtor("10000").build()).run(avToBb())
                .flow("orders");
        assertEquals(Action.CREATED, withDefault.findResult("SO-3").orElseThrow().action());
        assertEquals("10000", bbOrder("SO-3").customerId());
    }

    @Test
    void headerOnlyInvoicesBecomeSalesOrdersWithTheConfiguredLine() {
        bb.put(EntityType.ORDER, "4711", Order.builder().reference("RE-2026-001").date(LocalDate.of(2026, 2, 1))
                .type(OrderType.INVOICE).customer(Systems.company("Müller GmbH", null, "anna@mueller.de"))
                .totalGross(new BigDecimal("119.00")).currency("EUR").build());
        av.put(EntityType.PRODUCT, "A8", Systems.product("8000", "Umsatz laut Rechnung"));
        SyncFlow flow = SyncFlows.orders(bb, av).name("invoices").productCatalog(av).build();

        SyncConfigurationException e = assertThrows(SyncConfigurationException.class,
                () -> engine(settings).run(flow));
        assertTrue(e.getMessage().contains("BuchhaltungsButler's API returns orders without lines"), e.getMessage());

        Settings headerOnly = settings.toBuilder().headerOnlyLine("8000", "Rechnung laut BuchhaltungsButler").build();
        FlowReport report = engine(headerOnly).run(flow).flow("invoices");

        assertEquals(Action.CREATED, report.findResult("4711").orElseThrow().action(), report.toString());
        Order salesOrder = av.all(EntityType.ORDER).stream().map(Identified::value)
                .filter(o -> o.reference().equals("BB-RE-2026-001")).findFirst().orElseThrow();
        assertEquals(OrderType.SALES_ORDER, salesOrder.type());
        assertEquals(1, salesOrder.lines().size());
        OrderLine line = salesOrder.lines().get(0);
        assertEquals("8000", line.sku());
        assertEquals(0, new BigDecimal("119").compareTo(line.unitPrice()));
        assertEquals(0, BigDecimal.ONE.compareTo(line.quantity()));
        assertTrue(salesOrder.pricesIncludeTax());
        assertEquals("Rechnung laut BuchhaltungsButler", line.description());
    }

    @Test
    void skuRuleOfTheTargetIsCheckedBeforeSending() {
        av.put(EntityType.PRODUCT, "A3", Systems.product("AB-1", "Buchstaben"));
        av.put(EntityType.ORDER, "SO-3", Systems.salesOrder("SO-3", Systems.person("Eva", "eva@example.de"),
                Systems.line("AB-1", "1", "1")));

        FlowReport report = engine(settings.toBuilder().skuRule("BuchhaltungsButler", "\\d+").build())
                .run(avToBb()).flow("orders");

        assertEquals("line 1: SKU 'AB-1' does not match the SKU rule for BuchhaltungsButler (\\d+)",
                report.findResult("SO-3").orElseThrow().reason().orElseThrow());
        assertEquals(2, report.count(Action.CREATED));
    }

    @Test
    void dryRunPlansOrdersAndCustomersButWritesNothing() {
        FlowReport report = engine(settings.toBuilder().dryRun(true).build()).run(avToBb()).flow("orders");

        assertEquals(2, report.count(Action.CREATED));
        assertTrue(report.findResult("SO-1").orElseThrow().notes().contains("customer would be created"));
        assertEquals(0, bb.writeCalls());
        assertEquals(0, state.linkCount("orders"));
        assertNull(report.findResult("SO-1").orElseThrow().targetId().orElse(null));
    }

    @Test
    void interruptionAfterAnOrderWasCreatedThenRerunCreatesNoDuplicate() {
        av.put(EntityType.ORDER, "SO-3", Systems.salesOrder("SO-3", Systems.person("Eva", "eva@example.de"),
                Systems.line("1001", "1", "10")));
        // writes per order: customer create, order create. Crash right after SO-2's order reached BB.
        FaultyConnector target = new FaultyConnector(bb).crashAfterWrites(4);
        SyncFlow flow = SyncFlows.orders(av, target).name("orders").productCatalog(av).build();

        assertThrows(FaultyConnector.SimulatedCrash.class, () -> engine(settings).run(flow));
        assertEquals(2, bb.all(EntityType.ORDER).size());
        assertEquals(1, state.linkCount("orders"));

        target.healed();
        FlowReport rerun = engine(settings).run(flow).flow("orders");

        assertEquals(Action.SKIPPED, rerun.findResult("SO-1").orElseThrow().action());
        assertTrue(rerun.findResult("SO-2").orElseThrow().reason().orElseThrow().contains("found by reference"));
        assertEquals(Action.CREATED, rerun.findResult("SO-3").orElseThrow().action());
        assertEquals(3, bb.all(EntityType.ORDER).size());
        assertEquals(3, bb.all(EntityType.CUSTOMER).size());
    }

    @Test
    void invoicesWithoutEmailMatchTheirCustomerByACustomStrategy() {
        av.put(EntityType.CUSTOMER, "D100", Systems.company("Müller GmbH", "Anna", "anna@mueller.de"));
        av.put(EntityType.PRODUCT, "A8", Systems.product("8000", "Umsatz laut Rechnung"));
        bb.put(EntityType.ORDER, "4711", Order.builder().reference("RE-1").date(LocalDate.of(2026, 2, 1))
                .type(OrderType.INVOICE).customer(Customer.builder().companyName("Müller GmbH").build())
                .totalGross(new BigDecimal("59.50")).build());
        SyncFlow flow = SyncFlows.orders(bb, av).name("invoices")
                .customerMatch(dev.ledgerbridge.sync.spi.MatchStrategy.by("company", Customer::companyName))
                .build();
        Settings s = settings.toBuilder().headerOnlyLine("8000", null).build();

        FlowReport report = engine(s).run(flow).flow("invoices");

        assertEquals(Action.CREATED, report.findResult("4711").orElseThrow().action(), report.toString());
        Order salesOrder = av.all(EntityType.ORDER).stream().map(Identified::value)
                .filter(o -> o.reference().equals("BB-RE-1")).findFirst().orElseThrow();
        assertEquals("D100", salesOrder.customerId());
        assertEquals("BB-RE-1", salesOrder.lines().get(0).description(), "reference as line text by default");
        assertEquals(1, av.calls("read", EntityType.CUSTOMER), "AccountView searches e-mail only: one prefetch");
    }
}
