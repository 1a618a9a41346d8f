package dev.ledgerbridge.config;

import dev.ledgerbridge.config.internal.Failures;

/**
 * The result of checking one system with one cheap call ({@link ConfiguredSync#checkConnections()}): reachable,
 * credentials accepted, and if not, what to check. The message names the system and host and never contains a
 * secret.
 *
 * @param system  the system checked
 * @param host    the host called (from the configured base URL)
 * @param status  the outcome
 * @param message one sentence for a person: what happened
 * @param check   the settings (paths) or action to check, empty when {@link Status#OK}
 */
public record ConnectionCheck(SystemName system, String host, Status status, String message, String check) {

    /**
     * Whether the system answered and accepted the credentials.
     *
     * @return true for {@link Status#OK}
     */
    public boolean ok() {
        return status == Status.OK;
    }

    /** What a check (or a failed run) found, grouped by what the operator does about it. */
    public enum Status {
        /** Reachable, credentials accepted. */
        OK,
        /** A setting is wrong: credentials refused, a company or an endpoint not found, a bad request. */
        CONFIGURATION,
        /** AccountView has no tokens yet: run the one-time authorization. */
        NOT_AUTHORIZED,
        /** AccountView refused the refresh token ({@code invalid_grant}): the user has to authorize again. */
        RECONNECT_REQUIRED,
        /** Unreachable, rate-limited, timed out or a server error: try later. */
        TRY_LATER;

        /**
         * Classifies a failure of a call to either system.
         *
         * @param failure what a client threw
         * @return the status ({@link #CONFIGURATION} for anything not known to be temporary)
         */
        public static Status of(Throwable failure) {
            return Failures.classify(failure);
        }
    }
}
