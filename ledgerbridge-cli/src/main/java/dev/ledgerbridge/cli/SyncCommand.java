package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sync --once}: checks both systems, runs the enabled (or the named) flows once, prints the outcome. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Run the flows once (exit 1 when records failed: they are parked and retried next run).")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--once", required = true, description = "run once and exit (to keep running: 'run')")
    boolean once;

    @Option(names = "--dry-run", description = "plan and report only; write nothing")
    boolean dryRun;

    @Option(names = "--flow", paramLabel = "NAME", description = "run only this flow (repeatable)")
    List<String> flows = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = root.session().out();
        try (Wiring w = root.open(true)) {
            ConfiguredSync sync = w.sync();
            List<String> enabled = sync.config().enabledFlows().stream().map(f -> f.name()).toList();
            for (String name : flows) {
                if (!enabled.contains(name)) {
                    throw new CliFailure(ExitCode.CONFIGURATION, "--flow " + name + ": not an enabled flow of "
                            + root.configFile() + "; enabled: " + enabled);
                }
            }
            int code = CheckCommand.connections(sync, root.session(), null);
            if (code != ExitCode.OK) {
                return code;
            }
            out.println("Sync" + (dryRun ? " (dry run: nothing is written)" : "") + ":");
            out.flush();
            SyncReport report = sync.run(flows, dryRun || sync.config().engine().dryRun());
            out.println(totals(report));
            boolean redact = sync.config().engine().redactPersonalData();
            for (FlowReport flow : report.flows()) {
                // the parked record's reason is the one the engine redacted (names, e-mail, phone of the record)
                Map<String, String> parked = new HashMap<>();
                flow.parked().forEach(p -> parked.put(p.sourceId(), p.reason()));
                flow.failures().stream().limit(20).forEach(f -> out.println("  failed: " + f.flow() + " "
                        + f.sourceId() + ": " + (!redact ? f.reason().orElse("")
                        : parked.getOrDefault(f.sourceId(), "(reason not shown: engine.redact-personal-data)"))));
            }
            out.flush();
            if (report.succeeded()) {
                return ExitCode.OK;
            }
            // records failed or a flow stopped: when a system went away during the run, that is what to act on
            // (75 try later, not 1), and its one line names it; one call per system, only after failures
            return CheckCommand.worse(ExitCode.RECORDS_FAILED, CheckCommand.connections(sync, root.session(), null));
        }
    }

    /** One line: the counts of the whole run. */
    static String totals(SyncReport report) {
        int failed = report.count(Action.FAILED);
        long stopped = report.flows().stream().filter(f -> f.flowError().isPresent()).count();
        return String.format("Done%s: created %d, updated %d, unchanged %d, skipped %d, failed %d%s",
                report.dryRun() ? " (dry run)" : "", report.count(Action.CREATED), report.count(Action.UPDATED),
                report.count(Action.UNCHANGED), report.count(Action.SKIPPED), failed,
                stopped > 0 ? ", " + stopped + " flows stopped" : "");
    }
}
