package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.reliability.crash.ClusterRuns.Run;
import dev.ledgerbridge.scheduler.TenantWorkerMain;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.postgres.TestDatabase;
import dev.ledgerbridge.testkit.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster trial: one PostgreSQL (the build's embedded server), the tenants' emulators in a JVM of their own
 * ({@link ClusterEmulatorsMain}: an AccountView/BuchhaltungsButler pair per tenant, a few debtors and sales orders
 * each), three worker JVMs ({@link TenantWorkerMain}: a {@code TenantScheduler} each, customers then sales orders
 * AccountView -> BuchhaltungsButler every 2 s). While the first round runs, one worker is killed with SIGKILL while
 * it holds a run that has written part of its tenant's records. Then: every tenant completes a run without failed records on a surviving worker after the kill;
 * no tenant ever ran on two workers at once ({@link ClusterRuns}, from the workers' START/END lines with fencing
 * tokens); every seeded debtor and order is in its tenant's BuchhaltungsButler exactly once ({@link Findings}).
 *
 * <p>Writes one line to {@code target/cluster-trial/summary.txt} (and stdout): {@code cluster trial: 20 tenants,
 * 3 workers, 1 killed (k runs cut off), N runs, 0 overlaps, 0 duplicates, 0 missing (s s)}; every overlap and data
 * finding into {@code findings.txt} beside it, the children's output too. Run on its own:
 * <pre>
 * mvn -B -q -Pquick -pl sync-reliability -am test -Dtest=ClusterTrialTest -Dsurefire.failIfNoSpecifiedTests=false; \
 *     cat sync-reliability/target/cluster-trial/summary.txt
 * </pre> {@code -Dledgerbridge.cluster.tenants=n} changes the number of tenants.
 */
class ClusterTrialTest {
    static final int TENANTS = Integer.getInteger("ledgerbridge.cluster.tenants", 20);
    static final int WORKERS = 3;
    static final int DEBTORS = 6;
    static final int ORDERS = 4;
    static final Duration LEASE = Duration.ofSeconds(4);
    static final Duration WAIT = Duration.ofSeconds(90);
    /** One client per emulator, by base URL (the kill trigger polls them). */
    static final Map<String, BuchhaltungsButlerClient> BB_CLIENTS = new ConcurrentHashMap<>();
    static final Path ROOT = Path.of("target", "cluster-trial").toAbsolutePath();

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aKilledWorkersTenantsAreTakenOverWithoutOverlapOrDuplicate() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(ROOT);
        Files.deleteIfExists(ROOT.resolve("summary.txt")); // a failed trial leaves no older summary behind
        TestDatabase database = TestPostgres.createDatabase();
        try (database; ChildJvm emulators = ChildJvm.start("emulators", ROOT, ClusterEmulatorsMain.class,
                List.of("TENANTS=" + TENANTS, "DEBTORS=" + DEBTORS, "ORDERS=" + ORDERS))) {
            assertTrue(emulators.awaitLines("READY"::equals, 1, WAIT), "emulators: " + emulators.diagnosis());
            Map<String, String> specs = fields(emulators, "TENANT ");
            Map<String, String> readers = fields(emulators, "READER ");
            Map<String, Snapshot> seeded = new TreeMap<>();
            specs.forEach((id, spec) -> seeded.put(id, snapshot(spec, readers.get(id))));

            List<ChildJvm> workers = new ArrayList<>();
            try {
                for (int w = 1; w <= WORKERS; w++) {
                    workers.add(ChildJvm.start("worker-" + w, ROOT, TenantWorkerMain.class,
                            workerArguments("w" + w, database, String.join(",", specs.values())),
                            database.environment()));
                }
                for (ChildJvm worker : workers) {
                    assertTrue(worker.awaitLines(l -> l.startsWith("READY "), 1, WAIT), worker.diagnosis());
                }
                ChildJvm victim = workers.get(1);
                assertTrue(awaitHoldingRuns(victim, specs), "worker w2 never held a run: " + victim.diagnosis());
                victim.kill();
                long killedAt = System.currentTimeMillis();
                List<ChildJvm> survivors = workers.stream().filter(w -> w != victim).toList();
                assertTrue(awaitCleanRunAfter(killedAt, survivors, specs.keySet()),
                        "not every tenant completed a clean run after the kill: " + lines(workers).keySet());

                for (ChildJvm worker : survivors) {
                    worker.close();
                }
                ClusterRuns runs = ClusterRuns.of(lines(workers));
                List<Run> cutOff = runs.cutOff("w2");
                List<String> overlaps = runs.overlaps("w2", killedAt, LEASE.toMillis());

                int duplicates = 0;
                int missing = 0;
                List<String> problems = new ArrayList<>();
                for (Map.Entry<String, String> tenant : specs.entrySet()) {
                    Snapshot now = snapshot(tenant.getValue(), readers.get(tenant.getKey()));
                    Findings findings = Findings.of(seeded.get(tenant.getKey()), now);
                    duplicates += findings.duplicates().size();
                    missing += findings.missing().size();
                    if (!findings.clean()) {
                        problems.add(tenant.getKey() + ": " + findings);
                    }
                    assertEquals(DEBTORS + 1, now.bbDebtors().size(), tenant.getKey() + " BB debtors: " + now.counts());
                    assertEquals(ORDERS, now.bbInvoices().size(), tenant.getKey() + " BB invoices: " + now.counts());
                }
                String summary = "cluster trial: " + TENANTS + " tenants, " + WORKERS + " workers, 1 killed ("
                        + cutOff.size() + " runs cut off), " + runs.count() + " runs, " + overlaps.size()
                        + " overlaps, " + duplicates + " duplicates, " + missing + " missing ("
                        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began) + " s)";
                Files.writeString(ROOT.resolve("summary.txt"), summary + "\n", StandardCharsets.UTF_8);
                Files.write(ROOT.resolve("findings.txt"), concat(overlaps, problems), StandardCharsets.UTF_8);
                assertFalse(cutOff.isEmpty(), "the kill cut off no run of w2");
                assertEquals(List.of(), overlaps, "a tenant ran on two workers at once");
                assertEquals(List.of(), problems, "the emulators' data");
                System.out.println(summary);
            } finally {
                workers.forEach(ChildJvm::close);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> workerArguments(String name, TestDatabase database, String tenants) {
        return List.of("JDBC_URL=" + database.url(), "JDBC_USER=" + database.user(), "WORKER=" + name,
                "THREADS=4", "INTERVAL_MS=2000", "POLL_MS=500", "REFRESH_MS=2000", "RETRY_MS=500",
                "DEAD_AFTER_MS=4000", "LEASE_MS=" + LEASE.toMillis(), "FLOW_LOCK_MS=" + LEASE.toMillis(),
                "ORDERS=true", "TENANTS=" + tenants);
    }

    /**
     * Waits until the worker holds a run that has written part of its tenant's records (some BuchhaltungsButler
     * debtors, not yet every invoice), or, should that moment be missed, any run once half of {@link #WAIT} passed.
     */
    private static boolean awaitHoldingRuns(ChildJvm worker, Map<String, String> specs) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + WAIT.toNanos();
        while (System.nanoTime() < deadline && worker.isAlive()) {
            boolean patient = System.nanoTime() - begin < WAIT.toNanos() / 2;
            ClusterRuns runs = ClusterRuns.of(Map.of(worker.name(), worker.lines()));
            List<String> held = runs.byTenant().values().stream().flatMap(List::stream).filter(r -> r.end() == null)
                    .map(Run::tenant).toList();
            if (!held.isEmpty() && (!patient || held.stream().anyMatch(t -> halfWritten(specs.get(t))))) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static boolean halfWritten(String spec) {
        BuchhaltungsButlerClient bb = buchhaltungsButler(spec.split("\\|"));
        return bb.debtors().list().iterator().hasNext()
                && bb.receipts().list(ReceiptQuery.outbound()).stream().count() < ORDERS;
    }

    /** Waits until every tenant has a run that started after the kill and ended without failed records. */
    private static boolean awaitCleanRunAfter(long killedAt, List<ChildJvm> workers, Set<String> tenants)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ClusterRuns runs = ClusterRuns.of(lines(workers));
            boolean all = tenants.stream().allMatch(t -> runs.byTenant().getOrDefault(t, List.of()).stream()
                    .anyMatch(r -> r.start() > killedAt && r.succeeded() && r.failedRecords() == 0));
            if (all) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static Map<String, List<String>> lines(List<ChildJvm> workers) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        workers.forEach(w -> lines.put(w.name(), w.lines()));
        return lines;
    }

    /** {@code <prefix>id|rest} lines of the emulator process, by tenant id, the prefix removed. */
    private static Map<String, String> fields(ChildJvm emulators, String prefix) {
        Map<String, String> byId = new TreeMap<>();
        emulators.lines().stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .forEach(l -> byId.put(l.substring(0, l.indexOf('|')), l));
        assertEquals(TENANTS, byId.size(), prefix + "lines");
        return byId;
    }

    /** Both systems of a tenant, read over the wire with the test's own AccountView tokens. */
    private static Snapshot snapshot(String spec, String reader) {
        String[] t = spec.split("\\|");
        String[] r = reader.split("\\|");
        BuchhaltungsButlerClient bb = buchhaltungsButler(t);
        CompanyClient av = AccountViewClient.builder().baseUrl(t[3])
                .credentials(OAuthCredentials.of(AccountViewEmulator.DEFAULT_CLIENT_ID,
                        AccountViewEmulator.DEFAULT_CLIENT_SECRET))
                .tokenStore(new InMemoryTokenStore(TokenSet.builder().accessToken(r[1]).refreshToken(r[2])
                        .tokenType("Bearer").build()))
                .build().forCompany(t[4]);
        return Snapshot.read(bb, av);
    }

    private static BuchhaltungsButlerClient buchhaltungsButler(String[] spec) {
        return BB_CLIENTS.computeIfAbsent(spec[1], url -> BuchhaltungsButlerClient.builder().baseUrl(spec[1])
                .apiClient(BuchhaltungsButlerEmulator.DEFAULT_API_CLIENT)
                .apiSecret(BuchhaltungsButlerEmulator.DEFAULT_API_SECRET).apiKey(spec[2])
                .rateLimits(RateLimitSettings.disabled()).build());
    }
}
