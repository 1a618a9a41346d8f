package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.RequestStats;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a scheduled run costs once AccountView and BuchhaltungsButler are in sync: the order flow uses the customers
 * the customers flow registered instead of listing BuchhaltungsButler's debtors, and one new order against a
 * target with more receipts than one page is looked up by its reference, not found by reading every receipt.
 */
class SteadyStateCallsTest {
    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final int DEBTORS = 40;
    /** More than two pages of 500 receipts, so a full read would cost 3 calls where a look-up costs 1. */
    private static final int ORDERS = 1_050;

    private final ManualClock clock = new ManualClock(START);
    private final AccountViewEmulator avEmulator = AccountViewEmulator.builder().clock(clock)
            .tokenLifetimes(Duration.ofDays(1), Duration.ofDays(30)).start();
    private final BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    private final List<String> debtorNumbers = new ArrayList<>();
    private final SyncEngine engine = SyncEngine.builder()
            .settings(Settings.builder().timeSource(new ManualTimeSource(START)).build())
            .stateStore(new InMemoryStateStore()).activityLog(new InMemoryActivityLog()).build();
    private final AccountViewConnector av = AccountViewConnector.builder(EmulatorClients.accountViewBuilder(avEmulator)
            .timeSource(new ManualTimeSource(START)).build().forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE))
            .clock(clock).build();
    private final BuchhaltungsButlerConnector bb = BuchhaltungsButlerConnector.builder()
            .client(EmulatorClients.buchhaltungsButlerBuilder(bbEmulator).timeSource(new ManualTimeSource(START)).build())
            .defaultVatPercent(new BigDecimal("19")).build();
    private final SyncFlow customers = SyncFlows.customers(av, bb).name("customers").build();
    private final SyncFlow orders = SyncFlows.orders(av, bb).name("orders").productCatalog(av).build();
    private int ordersAdded;

    @AfterEach
    void stop() {
        avEmulator.close();
        bbEmulator.close();
    }

    private void seed() {
        avEmulator.company().insert("AK1", Map.of("ART_CODE", "1001", "ART_DESC1", "Hamer", "PX_SELL", 12.5));
        for (int d = 0; d < DEBTORS; d++) {
            Map<String, Object> row = avEmulator.company().insert("AR1", Map.of("ACCT_NAME", "Klant " + d,
                    "SRC_CODE", "K" + d, "MAIL_BUS", "klant" + d + "@example.nl", "ADDRESS1", "Straat " + d,
                    "POST_CODE", "1000 AA", "CITY", "Amsterdam", "CNT_CODE", "NL"));
            debtorNumbers.add(String.valueOf(row.get("SUB_NR")));
        }
        addOrders(ORDERS);
    }

    private void addOrders(int count) {
        for (int k = 0; k < count; k++, ordersAdded++) {
            avEmulator.company().insertSalesOrder(Map.of("RPL_INV", debtorNumbers.get(ordersAdded % DEBTORS),
                    "ORD_DATE", "2026-11-20T10:15:00", "COMMENT1", "Webshop " + ordersAdded),
                    List.of(Map.of("ART_CODE", "1001", "ORD_QTY", 1, "ART_PX", 12.5)));
        }
    }

    /** Runs one flow ten minutes after the last and returns the requests per system it made. */
    private FlowReport run(SyncFlow flow) {
        clock.advance(Duration.ofMinutes(10));
        avEmulator.stats().reset();
        bbEmulator.stats().reset();
        FlowReport report = engine.run(flow).flow(flow.name());
        assertTrue(report.failures().isEmpty(), report.toString());
        return report;
    }

    private static long count(RequestStats stats, String request) {
        return stats.snapshot().getOrDefault(request, 0L);
    }

    @Test
    void theOrderFlowUsesTheRegisteredCustomersAndLooksUpOneNewOrder() {
        seed();
        assertEquals(DEBTORS, run(customers).count(Action.CREATED));

        FlowReport first = run(orders);
        assertEquals(ORDERS, first.count(Action.CREATED), first.toString());
        assertEquals(0, count(bbEmulator.stats(), "POST /settings/get/debtors"),
                "customers come from the key registry the customers flow wrote, not from a debtor list: "
                        + new TreeMap<>(bbEmulator.stats().snapshot()));
        assertEquals(0, count(bbEmulator.stats(), "POST /settings/add/debtor")
                + count(bbEmulator.stats(), "POST /settings/update/debtor"), "no customer written again");
        assertEquals(DEBTORS, bbEmulator.tenant().debtors().size());
        assertEquals(ORDERS, bbEmulator.tenant().invoices().size());

        addOrders(1);
        FlowReport oneNew = run(orders);

        assertEquals(1, oneNew.count(Action.CREATED), oneNew.toString());
        Map<String, Long> bbCalls = new TreeMap<>(bbEmulator.stats().snapshot());
        assertEquals(Map.of("POST /receipts/get", 2L, "POST /invoices/create", 1L), bbCalls,
                "the cost estimate and one look-up by reference (not " + (ORDERS / 500 + 1) + " pages of receipts) and one create");
        assertEquals(ORDERS + 1, bbEmulator.tenant().invoices().size());
        Map<String, Object> last = bbEmulator.tenant().invoices().get(ORDERS);
        assertEquals("klant" + (ORDERS % DEBTORS) + "@example.nl", last.get("email"), last.toString());
        // AccountView: the orders in two pages of 1000, the new order's debtor, the SKU check
        assertEquals(2L, count(avEmulator.stats(), "GET /accountviewdata SO1"),
                new TreeMap<>(avEmulator.stats().snapshot()).toString());
    }
}
