package dev.ledgerbridge.cli;

import dev.ledgerbridge.config.ConnectionCheck;
import dev.ledgerbridge.config.ConnectionCheck.Status;
import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.StateStoreException;
import dev.ledgerbridge.transport.error.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Turns what a command threw into its exit code and one line per problem; the stack trace only with --debug. */
final class Failures {
    private Failures() {
    }

    static int exitCode(Status status) {
        return switch (status) {
            case OK -> ExitCode.OK;
            case CONFIGURATION -> ExitCode.CONFIGURATION;
            case NOT_AUTHORIZED, RECONNECT_REQUIRED -> ExitCode.RECONNECT_REQUIRED;
            case TRY_LATER -> ExitCode.TRY_LATER;
        };
    }

    /** The line for a failed connection check: system, host, what happened, what to check. */
    static String line(ConnectionCheck c) {
        return c.message() + (c.check().isEmpty() ? "" : " -> check " + c.check());
    }

    static CliFailure of(Throwable e) {
        if (e instanceof CliFailure f) {
            return f;
        }
        if (e instanceof SyncConfigurationException s) {
            List<String> lines = new ArrayList<>();
            s.problems().forEach(p -> lines.add("configuration: " + p));
            return new CliFailure(ExitCode.CONFIGURATION, lines);
        }
        if (e instanceof FlowLockedException) {
            return new CliFailure(ExitCode.TRY_LATER, "another run holds the flow's lock: " + e.getMessage());
        }
        if (e instanceof StateStoreException) {
            return new CliFailure(ExitCode.TRY_LATER, "state database: " + e.getMessage()
                    + " -> check state.jdbc-url, state.user and state.password");
        }
        if (e instanceof ApiException a) {
            Status status = Status.of(a);
            return new CliFailure(exitCode(status), a.getMessage() + (status == Status.TRY_LATER
                    ? " -> try again later" : status == Status.CONFIGURATION ? " -> check the settings of that system"
                    : " -> run 'ledgerbridge authorize accountview'"));
        }
        return new CliFailure(ExitCode.RECORDS_FAILED, "unexpected error: " + e
                + " (run with --debug for the stack trace)");
    }
}
