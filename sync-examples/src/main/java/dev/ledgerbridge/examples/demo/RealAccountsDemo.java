package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.examples.csvfeed.CsvProductFeed;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's flows against real accounts: customers both ways, AccountView sales orders -> BuchhaltungsButler
 * invoices, BuchhaltungsButler invoices -> AccountView sales orders (when a default debtor is configured), and
 * optionally a CSV product feed into AccountView. Plans only (dry run) unless asked to write.
 */
public final class RealAccountsDemo {

    private final PrintStream out;
    private final BufferedReader in;
    private final RealAccountsConfig config;
    private final Path directory;
    private final boolean write;
    private final Path feedFile;

    /**
     * Creates the run.
     *
     * @param out       where to print
     * @param in        the console (for the AccountView authorization code)
     * @param config    the credentials
     * @param directory where the state database goes
     * @param write     false: dry run
     * @param feedFile  a CSV product feed to bring into AccountView, or null
     */
    public RealAccountsDemo(PrintStream out, BufferedReader in, RealAccountsConfig config, Path directory,
                            boolean write, Path feedFile) {
        this.out = out;
        this.in = in;
        this.config = config;
        this.directory = directory;
        this.write = write;
        this.feedFile = feedFile;
    }

    /**
     * Connects, runs the flows once and prints the report.
     *
     * @return the report
     * @throws CredentialException when a credential is refused
     */
    public SyncReport run() {
        out.println("LedgerBridge against real accounts" + (write ? "" : " (dry run: nothing is written; "
                + "add --write to write)") + ".");
        RealAccounts accounts = RealAccounts.connect(config, in, out);
        Connector av = AccountViewConnector.builder(accounts.accountView()).build();
        Connector bb = BuchhaltungsButlerConnector.builder().client(accounts.buchhaltungsButler())
                .defaultVatPercent(new BigDecimal("19")).build();
        Connector feed = feedFile == null ? null : new CsvProductFeed("Supplier-CSV", feedFile);
        DemoFlows demoFlows = new DemoFlows(config.get(RealAccountsConfig.AV_INVOICE_ARTICLE)
                .orElse(DemoData.HEADER_ONLY_SKU), config.get(RealAccountsConfig.AV_DEFAULT_DEBTOR).orElse(null));
        if (config.get(RealAccountsConfig.AV_DEFAULT_DEBTOR).isEmpty()) {
            out.println("BuchhaltungsButler invoices -> AccountView sales orders is left out: set "
                    + RealAccountsConfig.AV_DEFAULT_DEBTOR + " (BuchhaltungsButler invoices carry no e-mail to "
                    + "find the debtor by).");
        }
        List<SyncFlow> flows = demoFlows.flows(av, bb, feed, null);
        createDirectory();
        Path stateBase = directory.resolve(EmulatorDemo.STATE_FILE);
        try (JdbcStateStore state = JdbcStateStore.h2File(stateBase);
             ActivityLog log = state.activityLog()) {
            ProgressListener progress = new ProgressListener(out, out == System.out && System.console() != null);
            SyncReport report = SyncEngine.builder()
                    .settings(demoFlows.settings(!write))
                    .stateStore(state)
                    .activityLog(log)
                    .listener(progress)
                    .build()
                    .run(flows);
            new ReportPrinter(out).print("Report", report, progress, List.of(), List.of(
                    "state: H2 file " + directory.resolve(EmulatorDemo.STATE_FILE + ".mv.db").toAbsolutePath(),
                    "activity log: table in the same file (personal data redacted)"));
            return report;
        }
    }

    private void createDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory.toAbsolutePath(), e);
        }
    }
}
