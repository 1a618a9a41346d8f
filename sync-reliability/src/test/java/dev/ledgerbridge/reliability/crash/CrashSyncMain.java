package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.StateStoreException;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync process of {@link CrashSuiteTest}: the real clients on the emulators (AccountView tokens in a
 * {@link FileTokenStore} in the state directory, so they survive a kill), the connectors, and a {@link SyncEngine}
 * on {@code JdbcStateStore.h2File(<state>/ledgerbridge)} with its activity log, running the flows named on the
 * command line in the order given. The settings are the demo's ({@code DemoFlows}): one configured line for
 * BuchhaltungsButler invoices (19 %), the default debtor, concurrency 4, 19 % VAT for BuchhaltungsButler lines;
 * unlike the demo, invoice numbers get no {@code AV-} prefix by a mapper: the suite tests the engine's own
 * references.
 *
 * <p>Arguments: {@code KEY=value} pairs as printed by {@link CrashEmulatorsMain}, plus {@code STATE=dir},
 * {@code FLOWS=orders-av-bb,orders-bb-av,customers-av-bb}, {@code LEASE_MS=n} (flow lock lease; a killed process
 * leaves its locks until they expire), {@code START_AT=epochMillis} (run the flows not before then, so that two
 * processes started together really overlap, as two jobs scheduled for the same minute would). Prints {@code R <flow> <action> <sourceId>} per record, {@code LOCKED} while
 * waiting for a lock, and at the end {@code REPORT created=.. updated=.. unchanged=.. skipped=.. failed=..}.
 * Exit code 0 when every flow succeeded, 1 when a record or flow failed, 3 when the flows stayed locked.
 */
public final class CrashSyncMain {
    /** Flow keys on the command line. */
    static final String CUSTOMERS_AV_BB = "customers-av-bb";
    static final String ORDERS_AV_BB = "orders-av-bb";
    static final String ORDERS_BB_AV = "orders-bb-av";

    private CrashSyncMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path stateDir = Path.of(a.get("STATE"));
        BuchhaltungsButlerClient bbClient = BuchhaltungsButlerClient.builder().baseUrl(a.get("BB_URL"))
                .apiClient(a.get("BB_CLIENT")).apiSecret(a.get("BB_SECRET")).apiKey(a.get("BB_KEY"))
                .rateLimits(RateLimitSettings.disabled()).build();
        AccountViewClient avClient = AccountViewClient.builder().baseUrl(a.get("AV_URL"))
                .credentials(OAuthCredentials.of(a.get("AV_CLIENT_ID"), a.get("AV_CLIENT_SECRET")))
                .tokenStore(FileTokenStore.at(stateDir.resolve("av-tokens.json"))).build();
        AccountViewConnector av = AccountViewConnector.builder(avClient.forCompany(a.get("AV_COMPANY"))).build();
        BuchhaltungsButlerConnector bb = BuchhaltungsButlerConnector.builder().client(bbClient)
                .defaultVatPercent(new BigDecimal("19")).build(); // AccountView order lines carry no VAT rate
        List<SyncFlow> flows = new ArrayList<>();
        for (String f : a.get("FLOWS").split(",")) {
            flows.add(switch (f) {
                case CUSTOMERS_AV_BB -> SyncFlows.customers(av, bb).build();
                case ORDERS_AV_BB -> SyncFlows.orders(av, bb).productCatalog(av).build();
                case ORDERS_BB_AV -> SyncFlows.orders(bb, av).productCatalog(av).build();
                default -> throw new IllegalArgumentException("unknown flow " + f);
            });
        }
        Settings settings = Settings.builder()
                .headerOnlyLine(CrashData.INVOICE_ARTICLE, "Rechnung laut BuchhaltungsButler", new BigDecimal("19"))
                .defaultDebtor(CrashData.DEFAULT_DEBTOR)
                .concurrency(4)
                .lockLease(Duration.ofMillis(Long.parseLong(a.getOrDefault("LEASE_MS", "3000"))))
                .build();
        SyncListener listener = new SyncListener() {
            @Override
            public void flowStarted(String flow, String direction) {
                out.println("F " + flow);
            }

            @Override
            public void recordDone(RecordResult r) {
                out.println("R " + r.flow() + " " + r.action() + " " + r.sourceId());
            }
        };
        int exit;
        try (JdbcStateStore state = openState(stateDir.resolve("ledgerbridge"), out)) {
            SyncEngine engine = SyncEngine.builder().settings(settings).stateStore(state)
                    .activityLog(state.activityLog()).listener(listener).build();
            String startAt = a.get("START_AT");
            if (startAt != null) {
                out.println("WAITING");
                long wait = Long.parseLong(startAt) - System.currentTimeMillis();
                Thread.sleep(Math.max(0, Math.min(wait, 30_000)));
            }
            SyncReport report = null;
            long lockedUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (report == null) {
                try {
                    report = engine.run(flows);
                } catch (FlowLockedException e) {
                    if (System.nanoTime() > lockedUntil) {
                        out.println("LOCKED " + e.getMessage());
                        break;
                    }
                    out.println("LOCKED");
                    Thread.sleep(250);
                }
            }
            if (report == null) {
                exit = 3;
            } else {
                exit = report.succeeded() ? 0 : 1;
                print(out, report);
            }
        }
        out.println("EXIT " + exit);
        System.exit(exit);
    }

    /**
     * Opens the state file (or connects to the process serving it). Right after a kill H2 may refuse the file for a
     * few seconds ("Lock file recently modified"); like a supervisor restarting the job, this retries for up to 30 s
     * and prints {@code STATE-RETRY <reason>} for each refusal, so the test can count them.
     */
    private static JdbcStateStore openState(Path file, PrintStream out) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JdbcStateStore state = JdbcStateStore.h2File(file);
            try {
                state.schemaVersion();
                return state;
            } catch (StateStoreException e) {
                state.close();
                if (System.nanoTime() > until) {
                    throw e;
                }
                out.println("STATE-RETRY " + e.getMessage().replace('\n', ' '));
                Thread.sleep(500);
            }
        }
    }

    private static void print(PrintStream out, SyncReport report) {
        out.println("REPORT created=" + report.count(Action.CREATED) + " updated=" + report.count(Action.UPDATED)
                + " unchanged=" + report.count(Action.UNCHANGED) + " skipped=" + report.count(Action.SKIPPED)
                + " failed=" + report.count(Action.FAILED));
        for (FlowReport f : report.flows()) {
            f.flowError().ifPresent(e -> out.println("FLOWERROR " + f.flow() + ": " + e));
            f.failures().forEach(r -> out.println("FAILED " + r));
        }
    }
}
