package dev.ledgerbridge.reliability;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.error.RateLimitedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paged reads through the typed clients survive injected faults: every seeded record comes back exactly once.
 * Reads are safe to repeat, so the transport retries them; the emulators count what was really sent.
 */
class ClientFaultToleranceTest {
    static final int RECORDS = 230; // three pages of 100, the last one short
    static final int SEEDS = 8;
    static final AtomicInteger RUNS = new AtomicInteger();

    static BuchhaltungsButlerEmulator bb;
    static AccountViewEmulator av;

    @BeforeAll
    static void start() {
        bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).start();
        av = AccountViewEmulator.start();
        for (int i = 0; i < RECORDS; i++) {
            bb.tenant().addDebtor(Map.of("name", "Kunde " + i, "email", "kunde" + i + "@example.de"));
            av.company().insert("AK1", Map.of("ART_CODE", "ART-" + i, "ART_DESC1", "Artikel " + i,
                    "PX_SELL", 9.95, "QTY_AVAIL", i));
        }
    }

    @AfterAll
    static void stop() {
        bb.close();
        av.close();
        System.out.println("ClientFaultToleranceTest: " + RUNS.get() + " fault scenarios x seeds ran (" + SEEDS
                + " seeds, " + RECORDS + " records each, both APIs)");
    }

    static Stream<Arguments> faultsAndSeeds() {
        return cases(Fault.values());
    }

    /**
     * BuchhaltungsButler documents its throttling answer (403, code 15) for add, batch and upload endpoints only;
     * throttling of writes is covered by {@link #bbThrottledCreatesAreRepeatedOnce}.
     */
    static Stream<Arguments> bbReadFaultsAndSeeds() {
        return cases(Fault.SERVER_ERROR, Fault.TIMEOUT, Fault.CONNECTION_RESET);
    }

    static Stream<Arguments> seeds() {
        return cases(Fault.THROTTLE);
    }

    private static Stream<Arguments> cases(Fault... faults) {
        List<Arguments> cases = new ArrayList<>();
        for (Fault fault : faults) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                cases.add(Arguments.of(fault, seed));
            }
        }
        return cases.stream();
    }

    private static double rate(Fault fault) {
        return fault == Fault.TIMEOUT ? 0.05 : 0.10; // a timeout costs real time (the answer is held back)
    }

    @ParameterizedTest(name = "BuchhaltungsButler debtors, {0}, seed {1}")
    @MethodSource("bbReadFaultsAndSeeds")
    void bbDebtorListSurvivesFaults(Fault fault, long seed) {
        bb.faults().clear().seed(seed).failRate("*", fault, rate(fault)).timeoutDelay(Clients.HOLD);
        BuchhaltungsButlerClient client = Clients.bb(bb, new ManualTimeSource(), LoggingPolicy.defaults());
        try {
            List<String> numbers = new ArrayList<>();
            for (Debtor d : client.debtors().list()) {
                numbers.add(d.name());
            }
            assertExactlyOnce(numbers, "Kunde ");
        } finally {
            bb.faults().clear();
            RUNS.incrementAndGet();
        }
    }

    @ParameterizedTest(name = "AccountView articles, {0}, seed {1}, access token expired mid-read")
    @MethodSource("faultsAndSeeds")
    void avArticleListSurvivesFaultsAndTokenExpiry(Fault fault, long seed) {
        // data and company calls; the token endpoint is left alone (see the report: refreshes are not retried)
        av.faults().clear().seed(seed).failRate("GET /accountviewdata", fault, rate(fault))
                .failRate("GET /companies", fault, rate(fault)).timeoutDelay(Clients.HOLD);
        CompanyClient client = Clients.avCompany(av, new ManualTimeSource(), LoggingPolicy.defaults());
        try {
            List<String> codes = new ArrayList<>();
            int i = 0;
            for (Article a : client.articles().all()) {
                if (i++ == 150) {
                    av.expireAccessTokens(); // mid-run, between pages
                }
                codes.add(a.code());
            }
            codes.removeIf(c -> !c.startsWith("ART-"));
            assertExactlyOnce(codes, "ART-");
        } finally {
            av.faults().clear();
            RUNS.incrementAndGet();
        }
    }

    @ParameterizedTest(name = "BuchhaltungsButler add debtor throttled, seed {1}")
    @MethodSource("seeds")
    void bbThrottledCreatesAreRepeatedOnce(Fault fault, long seed) {
        BuchhaltungsButlerEmulator emulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).start();
        try (emulator) {
            emulator.faults().seed(seed).failRate("POST /settings/add/debtor", fault, 0.25);
            BuchhaltungsButlerClient client = Clients.bb(emulator, new ManualTimeSource(), LoggingPolicy.defaults());
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                try {
                    client.debtors().create(DebtorFields.builder().name("Kunde " + i).build());
                } catch (RateLimitedException e) {
                    // still throttled after the client's own repeats: a clear, typed refusal; nothing was applied
                    assertTrue(e.getMessage().contains("/settings/add/debtor") && e.getMessage().contains("15"),
                            e.getMessage());
                    refused.add(i);
                }
            }
            assertEquals(40 - refused.size(), names(emulator).size(), "a refused add must not be applied");
            emulator.faults().clear();
            for (int i : refused) {
                client.debtors().create(DebtorFields.builder().name("Kunde " + i).build());
            }
            List<String> names = names(emulator);
            assertEquals(40, names.size(), "each throttled add is applied exactly once after the repeat");
            assertEquals(40, new HashSet<>(names).size(), "duplicates: " + names);
            assertTrue(emulator.requestCount("POST /settings/add/debtor") > 40, "faults were injected");
        } finally {
            RUNS.incrementAndGet();
        }
    }

    private static List<String> names(BuchhaltungsButlerEmulator emulator) {
        return emulator.tenant().debtors().stream().map(d -> String.valueOf(d.get("name"))).toList();
    }

    private static void assertExactlyOnce(List<String> values, String prefix) {
        Set<String> distinct = new HashSet<>(values);
        assertEquals(values.size(), distinct.size(), "duplicates in " + values);
        for (int i = 0; i < RECORDS; i++) {
            assertTrue(distinct.contains(prefix + i), "missing " + prefix + i);
        }
        assertEquals(RECORDS, distinct.size(), "unexpected extra records");
    }
}
