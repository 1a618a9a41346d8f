package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.SalesOrderLine;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.InvoiceItem;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both real connectors on both emulators, the flows design.md describes between the two systems: customers both
 * ways, AccountView sales orders into BuchhaltungsButler invoices (full lines), BuchhaltungsButler outbound invoices
 * into AccountView sales orders (one configured line). First run, a rerun with no writes, and an edit.
 */
class CrossSystemFlowTest {
    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final AccountViewEmulator avEmulator = AccountViewEmulator.builder().clock(clock)
            .tokenLifetimes(Duration.ofDays(1), Duration.ofDays(30)).start();
    private final BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final AccountViewConnector av;
    private final BuchhaltungsButlerConnector bb;

    CrossSystemFlowTest() {
        AccountViewClient avClient = EmulatorClients.accountViewBuilder(avEmulator)
                .timeSource(new ManualTimeSource(START)).build();
        av = AccountViewConnector.builder(avClient.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE)).clock(clock)
                .build();
        bb = BuchhaltungsButlerConnector.builder().client(EmulatorClients.buchhaltungsButlerBuilder(bbEmulator)
                        .timeSource(new ManualTimeSource(START)).build())
                // AccountView's order lines carry no VAT rate through the API (spec §7.7), so the invoices get one
                .defaultVatPercent(new java.math.BigDecimal("19")).build();
    }

    @AfterEach
    void stop() {
        avEmulator.close();
        bbEmulator.close();
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private void seed() {
        var company = avEmulator.company();
        company.insert("AG1", row("AG_CODE", "TOOLS", "AG_DESC", "Gereedschap"));
        company.insert("AK1", row("ART_CODE", "1001", "ART_DESC1", "Hamer", "AG_CODE", "TOOLS", "PX_SELL", 12.5));
        company.insert("AK1", row("ART_CODE", "1002", "ART_DESC1", "Zaag", "AG_CODE", "TOOLS", "PX_SELL", 20));
        company.insert("AK1", row("ART_CODE", "8000", "ART_DESC1", "Factuur BuchhaltungsButler", "PX_SELL", 0));
        company.insert("AR1", row("SUB_NR", "10001", "ACCT_NAME", "Müller Bouw B.V.", "SRC_CODE", "MB",
                "MAIN_CONT", "Anna Müller", "MAIL_BUS", "anna@mueller.nl", "ADDRESS1", "Havenweg 7",
                "POST_CODE", "3011 AB", "CITY", "Rotterdam", "CNT_CODE", "NL"));
        company.insert("AR1", row("SUB_NR", "10002", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JDV",
                "MAIL_BUS", "jan@devries.nl", "ADDRESS1", "Keizersgracht 12", "POST_CODE", "1015 CX",
                "CITY", "Amsterdam", "CNT_CODE", "NL"));
        company.insertSalesOrder(row("RPL_INV", "10001", "ORD_DATE", "2026-11-20T00:00:00", "EMP_NR", "42"),
                List.of(row("ART_CODE", "1001", "ORD_QTY", 2, "ART_PX", 12.5),
                        row("ART_CODE", "1002", "ORD_QTY", 1, "ART_PX", 20)));
        bbEmulator.tenant().addDebtor(row("name", "Schmidt Handel GmbH", "contact_person_name", "Eva Schmidt",
                "email", "eva@schmidt-handel.de", "street", "Lindenstraße 5", "zip", "10969", "city", "Berlin",
                "country", "DE"));
        bbEmulator.tenant().addInvoice(row("type", "invoice", "invoicenumber", "RE-2026-001",
                "company_name", "Schmidt Handel GmbH", "contact_person_name", "Eva Schmidt",
                "email", "eva@schmidt-handel.de", "street", "Lindenstraße 5", "zip", "10969", "city", "Berlin",
                "country", "DE", "date", "2026-11-21", "show_prices_type", "gross",
                "item_name", List.of("Beratung"), "item_amount", List.of("1"), "item_unit", List.of("Std."),
                "item_single_price", List.of("119.00"), "item_vat", List.of("19")));
        clock.advance(Duration.ofHours(1)); // past the connector's change-read overlap
    }

    private SyncReport run() {
        return run(state);
    }

    private SyncReport run(dev.ledgerbridge.sync.state.StateStore state) {
        SyncEngine engine = SyncEngine.builder()
                .settings(Settings.builder().timeSource(new ManualTimeSource(START))
                        .headerOnlyLine("8000", "Rechnung laut BuchhaltungsButler", new java.math.BigDecimal("19"))
                        // BuchhaltungsButler receipts name no e-mail: their orders go to a collective debtor
                        .defaultDebtor("10002").build())
                .stateStore(state).activityLog(new InMemoryActivityLog()).build();
        List<SyncFlow> flows = List.of(
                SyncFlows.customers(av, bb).name("customers-av-bb").build(),
                SyncFlows.customers(bb, av).name("customers-bb-av").build(),
                SyncFlows.orders(av, bb).name("orders-av-bb").productCatalog(av).build(),
                SyncFlows.orders(bb, av).name("orders-bb-av").productCatalog(av).build());
        return engine.run(flows.toArray(SyncFlow[]::new));
    }

    private static Map<Action, Integer> counts(FlowReport flow) {
        Map<Action, Integer> m = new LinkedHashMap<>();
        for (Action a : Action.values()) {
            if (flow.count(a) > 0) {
                m.put(a, flow.count(a));
            }
        }
        return m;
    }

    private long writes() {
        long bbWrites = bbEmulator.stats().snapshot().entrySet().stream()
                .filter(e -> e.getKey().matches("POST /(settings/(add|update|add-batch)|invoices/create).*"))
                .mapToLong(Map.Entry::getValue).sum();
        long avWrites = avEmulator.stats().snapshot().entrySet().stream()
                .filter(e -> e.getKey().startsWith("POST /accountviewdata") || e.getKey().startsWith("PUT "))
                .mapToLong(Map.Entry::getValue).sum();
        return bbWrites + avWrites;
    }

    @Test
    void customersBothWaysAndOrdersBothWaysThenARerunWritesNothing() {
        seed();
        SyncReport first = run();
        first.flows().forEach(f -> assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures()));

        // both AccountView debtors reached BuchhaltungsButler, the BuchhaltungsButler debtor reached AccountView
        Set<Object> bbEmails = bbEmulator.tenant().debtors().stream().map(d -> d.get("email")).collect(Collectors.toSet());
        assertEquals(Set.of("anna@mueller.nl", "jan@devries.nl", "eva@schmidt-handel.de"), bbEmails);
        Set<Object> avEmails = avEmulator.company().rows("CONTACT").stream().map(d -> String.valueOf(d.get("MAIL_BUS")).trim())
                .collect(Collectors.toSet());
        assertTrue(avEmails.contains("eva@schmidt-handel.de"), avEmails.toString());

        // the AccountView sales order became an invoice with both lines
        assertEquals(1, counts(first.flow("orders-av-bb")).get(Action.CREATED));
        Map<String, Object> invoice = bbEmulator.tenant().invoices().stream()
                .filter(i -> !"RE-2026-001".equals(i.get("invoicenumber"))).findFirst().orElseThrow();
        assertEquals(2, ((List<?>) invoice.get("item_name")).size(), invoice.toString());

        // the outbound BuchhaltungsButler invoice became a sales order with the one configured line
        FlowReport back = first.flow("orders-bb-av");
        assertEquals(Map.of(Action.CREATED, 1, Action.SKIPPED, 1), counts(back), back.toString());
        // the invoice that came from AccountView is not sent back to AccountView as a second sales order
        assertTrue(back.sample().stream().filter(x -> x.action() == Action.SKIPPED).toList().get(0).reason().orElseThrow().contains("not echoed back"), back.toString());
        assertEquals(2, avEmulator.company().rows("SO_HDR").size());
        List<Map<String, Object>> lines = avEmulator.company().rows("SO_LINE");
        assertTrue(lines.stream().anyMatch(l -> "8000".equals(String.valueOf(l.get("ART_CODE")).trim())), lines.toString());

        // rerun: nothing changed anywhere, so nothing is written
        bbEmulator.stats().reset();
        avEmulator.stats().reset();
        clock.advance(Duration.ofHours(1));
        SyncReport second = run();
        second.flows().forEach(f -> {
            assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures());
            assertEquals(0, f.count(Action.CREATED) + f.count(Action.UPDATED), f.flow() + " wrote again: " + f);
        });
        assertEquals(0, writes(), "writes on the rerun: " + bbEmulator.stats().snapshot() + " " + avEmulator.stats().snapshot());

        // an edit in AccountView travels to BuchhaltungsButler as one update
        avEmulator.company().update("AR1", Map.of("SUB_NR", "10002", "ACCT_NAME", "Jan de Vries-Bakker"));
        clock.advance(Duration.ofHours(1));
        bbEmulator.stats().reset();
        SyncReport third = run();
        assertEquals(Map.of(Action.UPDATED, 1), counts(third.flow("customers-av-bb")));
        assertEquals(1, bbEmulator.requestCount("POST /settings/update/debtor"));
        assertTrue(bbEmulator.tenant().debtors().stream().anyMatch(d -> "Jan de Vries-Bakker".equals(d.get("name"))));
    }

    private Set<String> orderNumbers() {
        return avEmulator.company().rows("SO_HDR").stream().map(r -> String.valueOf(r.get("ORD_NR")).trim())
                .collect(Collectors.toSet());
    }

    @Test
    void freshStateAgainstSystemsAlreadyInSyncAdoptsEverythingAndSendsNoCopyBack() {
        seed();
        run();
        int invoices = bbEmulator.tenant().invoices().size();
        int salesOrders = avEmulator.company().rows("SO_HDR").size();
        bbEmulator.stats().reset();
        avEmulator.stats().reset();
        clock.advance(Duration.ofHours(1));

        SyncReport fresh = run(new InMemoryStateStore()); // the state directory was deleted, or lost in a crash

        fresh.flows().forEach(f -> assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures()));
        assertEquals(0, writes(), "writes with fresh state: " + bbEmulator.stats().snapshot() + " "
                + avEmulator.stats().snapshot());
        assertEquals(invoices, bbEmulator.tenant().invoices().size(), "no echo invoice");
        assertEquals(salesOrders, avEmulator.company().rows("SO_HDR").size(), "no echo sales order");
        FlowReport avToBb = fresh.flow("orders-av-bb");
        assertTrue(avToBb.sample().stream().filter(x -> x.action() == Action.SKIPPED).toList().stream().anyMatch(r -> r.reason().orElseThrow().contains("marker 'BB-RE-2026-001'")),
                avToBb.toString());
        assertTrue(avToBb.sample().stream().filter(x -> x.action() == Action.SKIPPED).toList().stream().anyMatch(r -> r.reason().orElseThrow().contains("found by reference")),
                "the original order adopted from the invoice it became: " + avToBb);
    }

    @Test
    void anUnrelatedInvoiceWithTheOrdersNumberIsNotTakenForItAndOneBearingItsReferenceIsAConflict() {
        seed();
        String orderNumber = String.valueOf(avEmulator.company().rows("SO_HDR").get(0).get("ORD_NR")).trim();
        bbEmulator.tenant().addInvoice(orderNumber, "Ganz Andere KG", LocalDate.parse("2026-01-05"),
                InvoiceItem.of("Altes", 1, "5.00", 19));

        FlowReport first = run().flow("orders-av-bb");

        assertEquals(1, first.count(Action.CREATED), "the unrelated invoice " + orderNumber + " is no match: " + first);
        assertTrue(bbEmulator.tenant().invoices().stream().anyMatch(i -> ("AV-" + orderNumber)
                .equals(i.get("invoicenumber"))), "written in AccountView's namespace");

        // a document that bears the order's own reference but is another one: a failure naming both, not a skip
        Set<String> before = orderNumbers();
        avEmulator.company().addSalesOrder("10002", LocalDate.parse("2026-11-22"),
                SalesOrderLine.of("1001", 1, "12.5"));
        String second = orderNumbers().stream().filter(n -> !before.contains(n)).findFirst().orElseThrow();
        bbEmulator.tenant().addInvoice("AV-" + second, "Ganz Andere KG", LocalDate.parse("2026-01-05"),
                InvoiceItem.of("Altes", 1, "5.00", 19));
        clock.advance(Duration.ofHours(1));

        FlowReport conflict = run().flow("orders-av-bb");

        var failed = conflict.findResult(second).orElseThrow();
        assertEquals(Action.FAILED, failed.action(), conflict.toString());
        String reason = failed.reason().orElseThrow();
        assertTrue(reason.contains("conflict") && reason.contains("AV-" + second) && reason.contains("Ganz Andere KG"),
                reason);
        assertEquals(1, bbEmulator.tenant().invoices().stream().filter(i -> ("AV-" + second)
                .equals(i.get("invoicenumber"))).count(), "neither written again nor linked");
    }

    @Test
    void theCustomerFlowAndTheOrderFlowRunningAtOnceOnOneStateCreateEachDebtorOnce(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var company = avEmulator.company();
        company.insert("AK1", row("ART_CODE", "1001", "ART_DESC1", "Hamer", "PX_SELL", 12.5));
        int n = 40;
        for (int i = 0; i < n; i++) {
            String number = String.valueOf(20000 + i);
            company.insert("AR1", row("SUB_NR", number, "ACCT_NAME", "Klant " + i, "SRC_CODE", "K" + i,
                    "MAIL_BUS", "klant" + i + "@example.nl", "CITY", "Utrecht", "CNT_CODE", "NL"));
            company.addSalesOrder(number, LocalDate.parse("2026-11-20"), SalesOrderLine.of("1001", 1, "12.5"));
        }
        clock.advance(Duration.ofHours(1));
        java.nio.file.Path file = dir.resolve("state");
        try (var store = dev.ledgerbridge.sync.state.JdbcStateStore.h2File(file)) {
            store.schemaVersion(); // created once up front, so the two engines race on the flows, not on the DDL
        }
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<SyncReport>> runs = List.of(
                    pool.submit(() -> runAlone(file, start, SyncFlows.customers(av, bb).name("customers").build())),
                    pool.submit(() -> runAlone(file, start, SyncFlows.orders(av, bb).name("orders")
                            .productCatalog(av).build())));
            for (var run : runs) {
                run.get(5, java.util.concurrent.TimeUnit.MINUTES).flows().forEach(f -> assertTrue(f.failures().isEmpty(), f.flow() + ": " + f.failures()));
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Object, Long> perEmail = bbEmulator.tenant().debtors().stream()
                .collect(Collectors.groupingBy(d -> d.get("email"), Collectors.counting()));
        assertEquals(n, perEmail.size());
        assertTrue(perEmail.values().stream().allMatch(c -> c == 1), "duplicate debtors: " + perEmail);
        assertEquals(n, bbEmulator.tenant().invoices().size());
    }

    /** One engine, as in its own process: its own connection to the shared state file. */
    private SyncReport runAlone(java.nio.file.Path file, java.util.concurrent.CyclicBarrier start, SyncFlow flow)
            throws Exception {
        try (var store = dev.ledgerbridge.sync.state.JdbcStateStore.h2File(file)) {
            store.schemaVersion();
            start.await(1, java.util.concurrent.TimeUnit.MINUTES); // a partner that failed before it ends the wait
            return SyncEngine.builder().settings(Settings.builder().timeSource(new ManualTimeSource(START)).build())
                    .stateStore(store).build().run(flow);
        }
    }
}
