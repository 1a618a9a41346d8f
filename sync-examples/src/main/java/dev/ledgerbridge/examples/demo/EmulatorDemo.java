package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.examples.csvfeed.CsvProductFeed;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.testkit.demo.DemoData;
import dev.ledgerbridge.testkit.demo.DemoDataSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo on the emulators: seed, run all flows, then run them again on the same emulator data with the state
 * store closed and reopened from its file, which must write nothing.
 */
public final class EmulatorDemo {

    /** The state database's file name (H2 adds {@code .mv.db}). */
    public static final String STATE_FILE = "state";
    /** The supplier feed's file name. */
    public static final String FEED_FILE = "supplier-feed.csv";

    private final PrintStream out;
    private final Path directory;
    private final boolean dryRun;

    /**
     * Creates the demo.
     *
     * @param out       where to print progress and reports
     * @param directory where the state database and the generated supplier feed go
     * @param dryRun    plan only
     */
    public EmulatorDemo(PrintStream out, Path directory, boolean dryRun) {
        this.out = out;
        this.directory = directory;
        this.dryRun = dryRun;
    }

    /**
     * Runs the demo.
     *
     * @return the reports of the first and the second run
     */
    public List<SyncReport> run() {
        long start = System.nanoTime();
        DemoDataSet data = DemoData.generate();
        freshDirectory();
        Path feedFile = directory.resolve(FEED_FILE);
        Map<String, String> categoryNames = new HashMap<>();
        data.articleGroups().forEach(g -> categoryNames.put(g.code(), g.name()));
        data.supplierCategories().forEach(g -> categoryNames.put(g.code(), g.name()));
        CsvProductFeed.write(feedFile, categoryNames, data.supplierProducts());
        out.println("LedgerBridge demo: BuchhaltungsButler and AccountView emulators on loopback, no credentials.");
        out.println(EmulatorSession.RATE_LIMIT_NOTE);
        try (EmulatorSession session = EmulatorSession.start()) {
            session.seed(data);
            out.println("Seeded (deterministic, seed " + DemoData.DEFAULT_SEED + "):");
            data.summary().lines().forEach(l -> out.println("  " + l));
            out.println("Deliberately invalid:");
            DemoData.INVALID_RECORDS.forEach(l -> out.println("  - " + l));
            out.println("Supplier feed written to " + display(feedFile));
            InMemoryConnector webshop = Webshop.create(data);
            Connector feed = new CsvProductFeed("Supplier-CSV", feedFile);
            List<SyncFlow> flows = DemoFlows.forEmulators().flows(session.accountViewConnector(),
                    session.buchhaltungsButlerConnector(), feed, webshop);
            out.println("Progress per flow: + created  ~ updated  = unchanged  > skipped  ! failed");
            List<SyncReport> reports = new ArrayList<>();
            for (int run = 1; run <= 2; run++) {
                out.println();
                out.println(run == 1 ? "Run 1: first synchronisation" + (dryRun ? " (dry run: planned, nothing written)"
                        : "") : "Run 2: the same again, state reopened from " + display(stateFile())
                        + (dryRun ? " (dry run: nothing was written, so the same plan again)"
                        : " (expect no writes but the retries of records that failed)"));
                session.resetStats();
                webshop.resetCalls();
                reports.add(runOnce(run, flows, session, webshop));
            }
            printVerdict(reports.get(1), session.apiCalls());
            out.printf("Demo finished in %.1f s.%n", (System.nanoTime() - start) / 1e9);
            return reports;
        }
    }

    private SyncReport runOnce(int run, List<SyncFlow> flows, EmulatorSession session, InMemoryConnector webshop) {
        try (JdbcStateStore state = JdbcStateStore.h2File(directory.resolve(STATE_FILE));
             ActivityLog log = state.activityLog()) {
            ProgressListener progress = new ProgressListener(out, out == System.out && System.console() != null);
            SyncEngine engine = SyncEngine.builder()
                    .settings(DemoFlows.forEmulators().settings(dryRun))
                    .stateStore(state)
                    .activityLog(log)
                    .listener(progress)
                    .build();
            SyncReport report = engine.run(flows);
            List<ApiCalls> calls = new ArrayList<>(session.apiCalls());
            calls.add(new ApiCalls(Webshop.NAME + " (memory)", webshop.calls().values().stream()
                    .mapToLong(Integer::longValue).sum(), toLongs(webshop.calls())));
            int events = flows.stream().mapToInt(f -> log.events(f.name()).size()).sum();
            new ReportPrinter(out).print("Report of run " + run, report, progress, calls, List.of(
                    "state (links, content hashes, cursors, locks): H2 file " + display(stateFile()),
                    "activity log: table in the same file, " + events + " events so far (personal data redacted)"));
            return report;
        }
    }

    private void printVerdict(SyncReport second, List<ApiCalls> calls) {
        if (dryRun) {
            out.println();
            out.printf("Dry run: %d records would be created or updated; nothing was written.%n",
                    second.count(Action.CREATED) + second.count(Action.UPDATED));
            return;
        }
        int written = second.count(Action.CREATED) + second.count(Action.UPDATED);
        long writeCalls = calls.stream().mapToLong(ApiCalls::writes).sum();
        out.println();
        out.printf("Second run: %d records created or updated (%d unchanged by content hash, %d orders skipped: "
                        + "already transferred or written by the SDK)", written, second.count(Action.UNCHANGED),
                second.count(Action.SKIPPED));
        out.println(writeCalls == 0 ? "; no write calls." : "; the " + writeCalls + " write call(s) retried records "
                + "that fail again (see failures).");
    }

    private static Map<String, Long> toLongs(Map<String, Integer> calls) {
        return calls.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().longValue()));
    }

    private Path stateFile() {
        return directory.resolve(STATE_FILE + ".mv.db");
    }

    /** The emulators start empty each time, so state from an earlier process would point at records that are gone. */
    private void freshDirectory() {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(STATE_FILE + ".")).toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo directory " + directory.toAbsolutePath(), e);
        }
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
