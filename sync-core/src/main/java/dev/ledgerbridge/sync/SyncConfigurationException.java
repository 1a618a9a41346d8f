package dev.ledgerbridge.sync;

import java.util.List;

/**
 * Thrown before anything is read or written when settings or flows cannot work: invalid settings, or a flow
 * that needs something a connector's API lacks. The message names every problem.
 */
public final class SyncConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    /** An exception listing the problems. */
    public SyncConfigurationException(String summary, List<String> problems) {
        super(summary + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
