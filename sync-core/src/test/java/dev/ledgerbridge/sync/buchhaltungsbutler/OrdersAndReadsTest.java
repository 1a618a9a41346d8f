package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders into BB as invoices, BB outbound invoices and debtors out, and configuration checks. */
class OrdersAndReadsTest {
    private static final String RECEIPTS = "/receipts/get";
    private static final String INVOICE = "/invoices/create";
    private static final String DEBTORS = "/settings/get/debtors";
    private static final String ADD_DEBTOR = "/settings/add/debtor";

    private final BbFixture bb = new BbFixture();
    private final InMemoryConnector av = BbFixture.accountView();

    @AfterEach
    void close() {
        bb.close();
    }

    private void catalogue() {
        av.put(EntityType.PRODUCT, "A1", BbFixture.product("1001"));
        av.put(EntityType.PRODUCT, "A2", BbFixture.product("1002"));
    }

    private Settings settings() {
        return Settings.builder().timeSource(bb.time).paymentTerm("14", "14 Tage netto", 14).build();
    }

    @Test
    void salesOrdersBecomeInvoicesWithLinesMissingSkuFailsAloneRerunWritesNothing() {
        catalogue();
        Customer erika = BbFixture.company("Muster GmbH", "Erika Muster", "erika@muster.de");
        av.put(EntityType.ORDER, "SO1", BbFixture.salesOrder("SO-1001", erika, BbFixture.line("1001", "1", "10.00"),
                BbFixture.line("1002", "2", "19.99")));
        av.put(EntityType.ORDER, "SO2", BbFixture.salesOrder("SO-1002", erika, BbFixture.line("1001", "1", "10"),
                BbFixture.line("9999", "1", "5")));
        SyncFlow flow = SyncFlows.orders(av, bb.connector()).name("orders").productCatalog(av).build();
        SyncEngine engine = bb.engine(settings());

        FlowReport first = engine.run(flow).flow("orders");

        assertEquals(1, first.count(Action.CREATED), first.toString());
        assertEquals("line 2: SKU '9999' does not exist in AccountView",
                first.findResult("SO2").orElseThrow().reason().orElseThrow());
        assertEquals(1, bb.calls(RECEIPTS), "the cost estimate, whose page (the whole list) serves the read");
        assertEquals(1, bb.calls(DEBTORS), "one prefetch of the debtors");
        assertEquals(1, bb.calls(ADD_DEBTOR), "the customer, created once for both orders");
        assertEquals(1, bb.calls(INVOICE));
        assertEquals(4, bb.totalCalls());

        Map<String, Object> invoice = bb.emulator.tenant().invoices().get(0);
        assertEquals("invoice", invoice.get("type"));
        assertEquals("AV-SO-1001", invoice.get("invoicenumber"), "the source's namespace: cannot collide");
        assertEquals("net", invoice.get("show_prices_type"));
        assertEquals("Muster GmbH", invoice.get("company_name"));
        assertEquals("Erika Muster", invoice.get("contact_person_name"));
        assertEquals("Hauptstraße 1", invoice.get("street"));
        assertEquals("14 Tage netto", invoice.get("payment_conditions"));
        assertEquals("2026-03-01", invoice.get("date"));
        assertEquals(List.of("Article 1001", "Article 1002"), invoice.get("item_name"));
        assertEquals(List.of("1", "2"), invoice.get("item_amount"));
        assertEquals(List.of("10.00", "19.99"), invoice.get("item_single_price"));
        assertEquals(List.of("19", "19"), invoice.get("item_vat"));
        assertEquals(String.valueOf(bb.emulator.tenant().debtors().get(0).get("postingaccount_number")),
                invoice.get("customer_number"));
        Map<String, Object> receipt = bb.emulator.tenant().receipts().get(0);
        assertEquals("AV-SO-1001", receipt.get("invoicenumber"));
        assertEquals(first.findResult("SO1").orElseThrow().targetId().orElseThrow(),
                String.valueOf(receipt.get("id_by_customer")));

        bb.resetCalls();
        FlowReport rerun = engine.run(flow).flow("orders");

        assertEquals(1, rerun.count(Action.SKIPPED), rerun.toString());
        assertEquals(1, rerun.failures().size());
        assertEquals(0, bb.calls(INVOICE) + bb.calls(ADD_DEBTOR));
        assertTrue(bb.totalCalls() <= 2, "at most the cost estimate and one receipts read for the failed order: "
                + bb.emulator.stats());
    }

    @Test
    void withoutStateAnExistingInvoiceIsFoundByReferenceAndSkipped() {
        catalogue();
        av.put(EntityType.ORDER, "SO1", BbFixture.salesOrder("SO-1001", BbFixture.person("Jan", "jan@example.nl"),
                BbFixture.line("1001", "1", "10")));
        SyncFlow flow = SyncFlows.orders(av, bb.connector()).name("orders").productCatalog(av).build();
        bb.engine(settings()).run(flow);
        bb.resetCalls();

        SyncEngine lostState = SyncEngine.builder().settings(settings()).stateStore(new InMemoryStateStore()).build();
        FlowReport report = lostState.run(flow).flow("orders");

        assertEquals(1, report.count(Action.SKIPPED), report.toString());
        assertTrue(report.sample().stream().filter(x -> x.action() == Action.SKIPPED).findFirst().orElseThrow().reason().orElseThrow().contains("found by reference"));
        assertEquals(1, bb.calls(RECEIPTS), "the cost estimate (first receipts page), which is the read of the few");
        assertEquals(1, bb.totalCalls());
        assertEquals(1, bb.emulator.tenant().invoices().size());
    }

    @Test
    void lookupOptionFindsEachOrderWithOneFilteredReceiptsCall() {
        catalogue();
        for (int i = 0; i < 3; i++) {
            av.put(EntityType.ORDER, "SO" + i, BbFixture.salesOrder("SO-" + i,
                    BbFixture.person("Jan", "jan@example.nl"), BbFixture.line("1001", "1", "10")));
        }
        BuchhaltungsButlerConnector connector = bb.connector(b -> b.lookUpOrdersByInvoiceNumber(true));
        assertTrue(connector.capabilities().canSearch(EntityType.ORDER, "reference"));

        FlowReport report = bb.engine(settings()).run(SyncFlows.orders(av, connector).name("o").productCatalog(av)
                .build()).flow("o");

        assertEquals(3, report.count(Action.CREATED), report.toString());
        assertEquals(1, bb.calls(RECEIPTS), "the estimate says one page, and is that page: it beats three look-ups");
        assertEquals(3, bb.calls(INVOICE));
        List<Identified<Order>> found = connector.entities().lookup(EntityType.ORDER).orElseThrow()
                .find(new dev.ledgerbridge.sync.spi.MatchKey("reference", "AV-SO-1"));
        assertEquals(1, found.size());
        assertEquals("AV-SO-1", found.get(0).value().reference());
    }

    @Test
    void outboundInvoicesTravelAsHeaderOnlyOrdersWithTheConfiguredLine() {
        String id = bb.client.invoices().create(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate.builder()
                .type(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType.INVOICE)
                .pricesType(dev.ledgerbridge.buchhaltungsbutler.model.PriceType.NET).companyName("Muster GmbH")
                .date(java.time.LocalDate.of(2026, 2, 1)).invoiceNumber("RE-7").dueDays(14)
                .addLine(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine.of("Beratung", new BigDecimal("2"),
                        "Std.", new BigDecimal("100"), new BigDecimal("19")))
                .build()).id().toString();
        BuchhaltungsButlerConnector connector = bb.connector();
        assertFalse(connector.capabilities().has(EntityType.ORDER, Capability.ORDER_LINES));
        bb.resetCalls();
        Settings settings = Settings.builder().timeSource(bb.time).headerOnlyLine("8000", "Rechnung laut BB")
                .defaultDebtor("D-1").build();

        FlowReport report = bb.engine(settings).run(SyncFlows.orders(connector, av).name("in").build()).flow("in");

        assertEquals(1, report.count(Action.CREATED), report.toString());
        assertEquals(1, bb.totalCalls(), "one receipts list (500 per call)");
        Order order = av.all(EntityType.ORDER).get(0).value();
        assertEquals("BB-RE-7", order.reference());
        assertEquals(OrderType.SALES_ORDER, order.type());
        assertEquals(1, order.lines().size());
        OrderLine line = order.lines().get(0);
        assertEquals("8000", line.sku());
        assertEquals(0, new BigDecimal("238.00").compareTo(line.unitPrice()), line.toString());
        assertEquals(14, order.dueDays());
        assertEquals("D-1", order.customerId());
        assertEquals(id, report.findResult(id).orElseThrow().sourceId());
    }

    @Test
    void debtorsTravelOutAsCompaniesAndPersonsPagedWithTheConfiguredPageSize() {
        bb.emulator.tenant().addDebtor(Map.of("name", "Muster GmbH", "contact_person_name", "Erika Muster",
                "email", "erika@muster.de", "street", "Hauptstraße 1", "zip", "10115", "city", "Berlin",
                "country", "DE", "sales_tax_id", "DE123456789"));
        bb.emulator.tenant().addDebtor(Map.of("name", "Jan de Vries", "email", "jan@example.nl",
                "street", "Keizersgracht 12a"));
        bb.emulator.tenant().addDebtor(Map.of("name", "Ohne Mail"));

        FlowReport report = bb.engine().run(SyncFlows.customers(bb.connector(b -> b.debtorPageSize(2)), av)
                .name("out").build()).flow("out");

        assertEquals(3, report.count(Action.CREATED), report.toString());
        assertEquals(2, bb.calls(DEBTORS), "3 debtors with page size 2: two list calls");
        Customer company = av.all(EntityType.CUSTOMER).stream().map(Identified::value)
                .filter(c -> "erika@muster.de".equals(c.email())).findFirst().orElseThrow();
        assertEquals("Muster GmbH", company.companyName());
        assertEquals("Erika Muster", company.contactPerson());
        assertEquals("Hauptstraße", company.billingAddress().street());
        assertEquals("1", company.billingAddress().houseNumber());
        assertEquals("DE123456789", company.vatId());
        Customer person = av.all(EntityType.CUSTOMER).stream().map(Identified::value)
                .filter(c -> "jan@example.nl".equals(c.email())).findFirst().orElseThrow();
        assertEquals(null, person.companyName());
        assertEquals("Jan de Vries", person.contactPerson());
        assertEquals("12a", person.billingAddress().houseNumber());
    }

    @Test
    void productCategoryAndStockFlowsFailAtConfigurationNamingWhatBbLacks() {
        BuchhaltungsButlerConnector connector = bb.connector();
        SyncEngine engine = bb.engine();

        SyncConfigurationException products = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.products(av, connector).name("p").build()));
        SyncConfigurationException stock = assertThrows(SyncConfigurationException.class,
                () -> engine.run(SyncFlows.stock(connector, av).name("s").build()));

        assertEquals("flow 'p': BuchhaltungsButler cannot write products (BuchhaltungsButler's API has no products)",
                products.problems().get(0));
        assertEquals("flow 's': BuchhaltungsButler cannot read stock levels (BuchhaltungsButler's API has no stock)",
                stock.problems().get(0));
        assertEquals(0, bb.totalCalls());
        assertTrue(connector.entities().reader(EntityType.PRODUCT).isEmpty(), "BB has no products to read");
    }

    @Test
    void readingMapsReceiptTypesAndIncludesOffersOnlyWhenAsked() {
        for (var type : List.of(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType.INVOICE,
                dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType.CREDIT,
                dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType.OFFER)) {
            bb.client.invoices().create(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate.builder().type(type)
                    .pricesType(dev.ledgerbridge.buchhaltungsbutler.model.PriceType.GROSS).companyName("Muster GmbH")
                    .date(java.time.LocalDate.of(2026, 2, 1)).invoiceNumber("N-" + type)
                    .addLine(dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine.of("X", BigDecimal.ONE, "Stk.",
                            BigDecimal.TEN, new BigDecimal("19")))
                    .build());
        }

        List<OrderType> byDefault = types(bb.connector());
        List<OrderType> withOffers = types(bb.connector(b -> b.includeOffers(true)));

        assertEquals(List.of(OrderType.INVOICE, OrderType.CREDIT_NOTE), byDefault);
        assertEquals(List.of(OrderType.INVOICE, OrderType.CREDIT_NOTE, OrderType.OFFER), withOffers);
    }

    private static List<OrderType> types(BuchhaltungsButlerConnector connector) {
        List<OrderType> types = new java.util.ArrayList<>();
        connector.entities().reader(EntityType.ORDER).orElseThrow().read(null).records()
                .forEach(r -> types.add(r.value().type()));
        return types;
    }
}
