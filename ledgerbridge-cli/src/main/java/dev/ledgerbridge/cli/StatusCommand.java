package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.FlowStatus;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.state.ParkedRecord;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code status}: per flow, the last recorded run, its failures and the parked records; reads the state only. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Last runs, failures and parked records per flow, from the state database (no call to "
                + "either system).")
final class StatusCommand implements Callable<Integer> {

    /** Parked records listed per flow. */
    static final int PARKED_SHOWN = 10;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        PrintWriter out = root.session().out();
        try (Wiring w = root.open(false)) {
            out.println("State: " + w.stateDescription());
            for (FlowStatus s : w.sync().status()) {
                print(out, s);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, FlowStatus s) {
        out.println(s.name() + (s.enabled() ? "" : " [disabled]") + (s.runningUntil() == null ? ""
                : " [running, lease until " + s.runningUntil() + "]"));
        out.println("  last run:  " + s.lastRunTime().map(t -> t + " (" + s.lastRunId() + "): created "
                + s.count(Action.CREATED) + ", updated " + s.count(Action.UPDATED) + ", unchanged "
                + s.count(Action.UNCHANGED) + ", skipped " + s.count(Action.SKIPPED) + ", failed "
                + s.count(Action.FAILED)).orElse("none recorded"));
        s.lastFailures().forEach(f -> out.println("    failed: " + f));
        out.println("  parked:    " + s.parked().size() + (s.parked().isEmpty() ? "" : " (retried on every run)"));
        for (ParkedRecord p : s.parked().subList(0, Math.min(PARKED_SHOWN, s.parked().size()))) {
            out.println("    " + p.sourceId() + ": " + p.attempts() + " attempts since " + p.firstFailure() + ": "
                    + p.reason());
        }
    }
}
