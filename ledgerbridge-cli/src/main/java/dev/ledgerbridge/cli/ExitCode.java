package dev.ledgerbridge.cli;

/**
 * The exit codes of {@code ledgerbridge}, as documented in its help and the README. Scripts and schedulers branch
 * on them: 1 is worth a look at the records, 2 and 3 need a person, 75 (BSD's {@code EX_TEMPFAIL}) means the same
 * command will likely work later.
 */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The run finished, but records failed (they are parked and retried next run) or a flow stopped. */
    public static final int RECORDS_FAILED = 1;
    /** Configuration or credentials: a setting is missing or wrong, or a system refused the credentials. */
    public static final int CONFIGURATION = 2;
    /** AccountView needs the user's consent (first time, or the refresh token was refused: invalid_grant). */
    public static final int RECONNECT_REQUIRED = 3;
    /** Try later: a system is unreachable, rate-limited, timed out or answered with a server error. */
    public static final int TRY_LATER = 75;

    private ExitCode() {
    }

    /** The table printed at the end of the help. */
    static final String HELP = "Exit codes:%n"
            + "  0   ok%n"
            + "  1   records failed (parked, retried on the next run) or a flow stopped%n"
            + "  2   configuration or credentials (the message names the setting to check)%n"
            + "  3   AccountView needs authorization: run 'ledgerbridge authorize accountview'%n"
            + "  75  try later: unreachable, rate-limited, timed out or a server error";
}
