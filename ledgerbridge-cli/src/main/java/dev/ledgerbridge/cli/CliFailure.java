package dev.ledgerbridge.cli;

import java.util.List;

/** A failure the application reports as one line per problem, with its exit code; never a stack trace. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    CliFailure(int exitCode, String line) {
        this(exitCode, List.of(line));
    }

    CliFailure(int exitCode, List<String> lines) {
        super(String.join("; ", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
