package dev.ledgerbridge.reliability;

import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.FaultInjector;
import dev.ledgerbridge.transport.LoggingPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full sync (customers, then sales orders with lines, AccountView -> BuchhaltungsButler, both through their
 * clients and connectors against the emulators) under one kind of injected fault per scenario and many seeds.
 * During the faulty run: nothing is duplicated, nothing unexpected is written, every failure carries a reason.
 * After reruns without faults: the target holds exactly the expected debtors and invoices.
 */
class FaultScenarioTest {
    static final int SEEDS = 10;
    static final int CUSTOMERS = 16;
    static final int ORDERS = 8;
    static final Map<Scenario, LongAdder> RAN = new ConcurrentHashMap<>();
    static final AtomicInteger FAILURES_REPORTED = new AtomicInteger();
    static final AtomicInteger RERUNS = new AtomicInteger();

    /** What goes wrong during the first run. */
    enum Scenario {
        SERVER_ERRORS_10_PERCENT, TIMEOUTS_5_PERCENT, CONNECTION_RESETS_10_PERCENT, BB_THROTTLING_10_PERCENT,
        AV_TOKEN_EXPIRY_MID_RUN, INTERRUPTED_AT_RANDOM_RECORD
    }

    static Stream<Arguments> scenariosAndSeeds() {
        List<Arguments> cases = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                cases.add(Arguments.of(s, seed));
            }
        }
        return cases.stream();
    }

    @AfterAll
    static void summary() {
        int total = RAN.values().stream().mapToInt(LongAdder::intValue).sum();
        System.out.println("FaultScenarioTest: " + total + " runs = " + RAN.size() + " scenarios x " + SEEDS
                + " seeds " + RAN + "; " + CUSTOMERS + " customers + " + ORDERS + " orders each; "
                + FAILURES_REPORTED.get() + " record failures reported with reasons, " + RERUNS.get()
                + " healing reruns");
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("scenariosAndSeeds")
    void targetEndsExactlyAsExpected(Scenario scenario, long seed) {
        try (SyncWorld w = new SyncWorld(CUSTOMERS, ORDERS, LoggingPolicy.defaults())) {
            Random random = new Random(seed);
            int trigger = 1 + random.nextInt(CUSTOMERS + ORDERS - 2);
            AtomicInteger done = new AtomicInteger();
            SyncListener listener = new SyncListener() {
                @Override
                public void recordDone(RecordResult result) {
                    if (done.incrementAndGet() != trigger) {
                        return;
                    }
                    if (scenario == Scenario.AV_TOKEN_EXPIRY_MID_RUN) {
                        w.av.expireAccessTokens();
                    } else if (scenario == Scenario.INTERRUPTED_AT_RANDOM_RECORD) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            inject(scenario, seed, w);

            SyncReport first;
            try {
                first = w.engine(listener, true).run(w.flows());
            } finally {
                Thread.interrupted(); // the interruption ends with the run, as a restarted process would
                w.av.faults().clear();
                w.bb.faults().clear();
            }

            assertEveryFailureExplained(first);
            assertNoDuplicateAndNothingUnexpected(w);
            if (scenario == Scenario.INTERRUPTED_AT_RANDOM_RECORD) {
                assertTrue(first.flows().stream().anyMatch(f -> f.flowError().isPresent()),
                        "the interruption stops a flow: " + first);
            }

            SyncReport last = first;
            for (int rerun = 0; rerun < 3 && !last.succeeded(); rerun++) {
                RERUNS.incrementAndGet();
                last = w.engine(SyncListener.none(), true).run(w.flows());
                assertEveryFailureExplained(last);
            }
            assertTrue(last.succeeded(), "reruns without faults heal everything: " + details(last));
            assertEquals(w.expectedEmails(), w.targetEmails(), "debtors in BuchhaltungsButler");
            assertEquals(w.expectedInvoiceNumbers(), w.targetInvoiceNumbers(), "invoices in BuchhaltungsButler");
            assertEquals(ORDERS, w.expectedInvoiceNumbers().size());
        } finally {
            RAN.computeIfAbsent(scenario, s -> new LongAdder()).increment();
        }
    }

    @Test
    void aCustomerWithoutEmailWhoseCreateTimedOutButLandedIsFoundByItsCustomerNumberNotCreatedTwice() {
        try (SyncWorld w = new SyncWorld(0, 0, LoggingPolicy.defaults())) {
            w.av.company().insert("AR1", java.util.Map.of("SUB_NR", "30001", "ACCT_NAME", "Ohne Mail GmbH",
                    "SRC_CODE", "OHNEMAIL", "CITY", "Köln", "CNT_CODE", "DE"));
            w.time.advance(java.time.Duration.ofHours(1));
            w.bb.faults().timeoutDelay(java.time.Duration.ofSeconds(2)).failNext("POST /settings/add/debtor",
                    Fault.TIMEOUT, 1);
            SyncReport first = w.engine(SyncListener.none(), true).run(w.flows());
            assertEquals(1, first.flow("customers").failures().size(), first.toString());
            try {
                Thread.sleep(2_500); // the held add lands after the client gave up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }

            SyncReport rerun = w.engine(SyncListener.none(), true).run(w.flows());

            assertTrue(rerun.succeeded(), rerun.toString());
            List<Object> named = w.bb.tenant().debtors().stream().map(d -> d.get("name"))
                    .filter("Ohne Mail GmbH"::equals).map(Object.class::cast).toList();
            assertEquals(1, named.size(), "one debtor, found again by its customer number: " + w.bb.tenant().debtors());
            assertEquals(0, w.bb.requestCount("POST /settings/add/debtor") - 1, "no second add");
        }
    }

    @Test
    void timedOutDebtorAddIsNotCreatedAgainInTheSameRun() {
        try (SyncWorld w = new SyncWorld(4, 4, LoggingPolicy.defaults())) {
            w.bb.faults().timeoutDelay(java.time.Duration.ofSeconds(2)).failNext("POST /settings/add/debtor",
                    Fault.TIMEOUT, 1);
            SyncReport first = w.engine(SyncListener.none(), true).run(w.flows());
            assertEveryFailureExplained(first);
            try {
                Thread.sleep(2_500); // the held add lands
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertNoDuplicateAndNothingUnexpected(w);
        }
    }

    private static void inject(Scenario scenario, long seed, SyncWorld w) {
        FaultInjector av = w.av.faults().clear().seed(seed).timeoutDelay(Clients.HOLD);
        FaultInjector bb = w.bb.faults().clear().seed(seed * 31).timeoutDelay(Clients.HOLD);
        switch (scenario) {
            case SERVER_ERRORS_10_PERCENT -> everywhere(av, bb, Fault.SERVER_ERROR, 0.10);
            case TIMEOUTS_5_PERCENT -> everywhere(av, bb, Fault.TIMEOUT, 0.05);
            case CONNECTION_RESETS_10_PERCENT -> everywhere(av, bb, Fault.CONNECTION_RESET, 0.10);
            case BB_THROTTLING_10_PERCENT -> {
                for (String endpoint : new String[] {"POST /settings/add/debtor", "POST /settings/update/debtor",
                        "POST /invoices/create"}) {
                    bb.failRate(endpoint, Fault.THROTTLE, 0.10);
                }
            }
            default -> {
                // triggered by the listener
            }
        }
    }

    /** Every AccountView data call and every BuchhaltungsButler call (the OAuth token endpoint is left alone). */
    private static void everywhere(FaultInjector av, FaultInjector bb, Fault fault, double rate) {
        for (String endpoint : new String[] {"GET /accountviewdata", "POST /accountviewdata", "PUT /accountviewdata"}) {
            av.failRate(endpoint, fault, rate);
        }
        bb.failRate("*", fault, rate);
    }

    private static void assertEveryFailureExplained(SyncReport report) {
        for (FlowReport flow : report.flows()) {
            for (RecordResult r : flow.failures()) {
                assertTrue(r.reason().filter(s -> !s.isBlank()).isPresent(), "failure without reason: " + r);
                FAILURES_REPORTED.incrementAndGet();
            }
            flow.flowError().ifPresent(e -> assertFalse(e.isBlank(), "flow stopped without reason"));
        }
    }

    /** Even mid-way, the target holds no duplicate and nothing that is not in the expected set. */
    private static void assertNoDuplicateAndNothingUnexpected(SyncWorld w) {
        List<String> emails = w.targetEmails();
        assertEquals(emails.size(), new HashSet<>(emails).size(), "duplicate debtors: " + emails);
        assertTrue(w.expectedEmails().containsAll(emails), "unexpected debtors: " + emails);
        List<String> invoices = w.targetInvoiceNumbers();
        assertEquals(invoices.size(), new HashSet<>(invoices).size(), "duplicate invoices: " + invoices);
        assertTrue(w.expectedInvoiceNumbers().containsAll(invoices), "unexpected invoices: " + invoices);
    }

    private static String details(SyncReport report) {
        StringBuilder sb = new StringBuilder(report.toString());
        report.flows().forEach(f -> f.failures().stream()
                .forEach(r -> sb.append("\n  ").append(r)));
        return sb.toString();
    }
}
