package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.ConnectionCheck;
import dev.ledgerbridge.config.FlowDescription;
import dev.ledgerbridge.sync.flow.SyncFlow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code check}: configuration, both systems (one cheap call each), the flows' rules, and what each flow will do. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the configuration, reach both systems (one cheap call each), check the credentials "
                + "and print what each flow will do. Writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        PrintWriter out = root.session().out();
        try (Wiring w = root.open(false)) {
            ConfiguredSync sync = w.sync();
            out.println("Configuration " + root.configFile() + ": valid, " + sync.config().enabledFlows().size()
                    + " of " + sync.config().flows().size() + " flows enabled, state in " + w.stateDescription());
            int code = connections(sync, root.session(), out);
            if (code == ExitCode.OK) {
                code = flowProblems(sync);
            }
            out.println("Flows:");
            for (FlowDescription d : sync.describe()) {
                out.println("  " + d.summary());
                d.rules().forEach(r -> out.println("      - " + r));
            }
            out.flush();
            return code;
        }
    }

    /**
     * Checks both systems: a failure is one line on the error output, an OK one a line on {@code ok} (when given).
     *
     * @return the exit code of the worst failure, {@link ExitCode#OK} when none
     */
    static int connections(ConfiguredSync sync, Session session, PrintWriter ok) {
        int code = ExitCode.OK;
        for (ConnectionCheck c : sync.checkConnections()) {
            if (c.ok()) {
                if (ok != null) {
                    ok.println("  ok    " + c.message());
                }
            } else {
                session.err().println("ledgerbridge: " + Failures.line(c));
                code = worse(code, Failures.exitCode(c.status()));
            }
        }
        return code;
    }

    /** The engine's own check of each flow against its connectors and settings (needs the company: one call). */
    private int flowProblems(ConfiguredSync sync) {
        List<String> problems = new ArrayList<>();
        for (SyncFlow flow : sync.flows()) {
            problems.addAll(flow.configurationProblems(flow.settings().orElse(sync.config().engine())));
        }
        problems.forEach(p -> root.session().err().println("ledgerbridge: configuration: " + p));
        return problems.isEmpty() ? ExitCode.OK : ExitCode.CONFIGURATION;
    }

    /** Configuration first (a person must act), then reconnect, then try later. */
    static int worse(int a, int b) {
        List<Integer> order = List.of(ExitCode.CONFIGURATION, ExitCode.RECONNECT_REQUIRED, ExitCode.TRY_LATER,
                ExitCode.RECORDS_FAILED, ExitCode.OK);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }
}
