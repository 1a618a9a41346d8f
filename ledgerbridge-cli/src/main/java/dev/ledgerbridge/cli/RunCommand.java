package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.scheduler.CredentialsProvider;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantJob;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantRunListener;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.SyncReport;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code run}: keeps running on the schedule until SIGTERM or Ctrl-C. The application is sync-scheduler with one
 * tenant ({@value Wiring#TENANT}) on the state database: db-scheduler's {@code scheduled_tasks} table holds the
 * next run, so a restart continues the schedule, a second {@code run} on the same database never runs the
 * tenant twice at once, and a run that fails is retried with backoff. The first run starts at once.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Keep running: a sync every schedule.interval after the previous one ends, until SIGTERM or "
                + "Ctrl-C (a run in progress finishes first). Several 'run' processes on one state database share "
                + "the work safely.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = root.session().out();
        try (Wiring w = root.open(true)) {
            LedgerBridgeConfig config = w.sync().config();
            int code = CheckCommand.connections(w.sync(), root.session(), null);
            if (code == ExitCode.TRY_LATER) {
                code = ExitCode.OK; // unreachable now: the scheduler retries with backoff
            }
            if (code != ExitCode.OK) {
                return code;
            }
            Progress progress = w.progress();
            Tenant tenant = Tenant.builder().id(Wiring.TENANT).syncInterval(config.syncInterval()).build();
            TenantScheduler scheduler = TenantScheduler.builder()
                    .dataSource(w.dataSource())
                    .tenants(() -> List.of(tenant))
                    .credentials(CredentialsProvider.none()) // the secrets are in the configuration's clients
                    // the flows of the one wiring: its clients (rate-limit buckets) and connectors (the AccountView
                    // company looked up once) serve every run; each run's engine gets the scheduler's state
                    .syncFactory(context -> TenantJob.builder().flows(w.sync().flows()).settings(config.engine())
                            .build())
                    .addTenantListeners(new TenantListeners() {
                        @Override
                        public SyncListener listener(Tenant t) {
                            return progress;
                        }
                    })
                    .addRunListener(new Reporter(root))
                    .build();
            out.println("Running every " + config.syncInterval() + " (first run now); state in "
                    + w.stateDescription() + ". Stop with Ctrl-C or SIGTERM.");
            out.flush();
            scheduler.start();
            scheduler.syncNow(Wiring.TENANT); // due at once: a tenant scheduled by an earlier run waits otherwise
            root.session().awaitStop();
            out.println("Stopping (a run in progress finishes first) ...");
            out.flush();
            scheduler.stop();
            out.println("Stopped.");
            out.flush();
            return ExitCode.OK;
        }
    }

    /** One line per finished run; a failed run as one error line. */
    private static final class Reporter implements TenantRunListener {
        private final RootCommand root;

        Reporter(RootCommand root) {
            this.root = root;
        }

        @Override
        public void runFinished(Tenant tenant, SyncReport report) {
            PrintWriter out = root.session().out();
            out.println(Instant.now() + " " + SyncCommand.totals(report));
            out.flush();
        }

        @Override
        public void runFailed(Tenant tenant, RuntimeException failure) {
            CliFailure f = Failures.of(failure);
            PrintWriter err = root.session().err();
            f.lines().forEach(l -> err.println("ledgerbridge: " + Instant.now() + " run failed (retried with "
                    + "backoff): " + l));
            err.flush();
        }
    }
}
