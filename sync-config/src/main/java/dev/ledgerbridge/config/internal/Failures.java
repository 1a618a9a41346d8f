package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.config.ConnectionCheck.Status;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.QuotaExceededException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ServerException;
import dev.ledgerbridge.transport.error.TransportException;

/**
 * Sorts a client's failure by what the operator does about it. AccountView's token problems are told apart by the
 * client's own wording (the same texts sync-alerts recognises): {@code invalid_grant} means the user has to
 * authorise again; "No AccountView.Net tokens" means the one-time authorization never happened.
 */
public final class Failures {
    private static final String INVALID_GRANT = "invalid_grant";
    private static final String AUTHORISE_AGAIN = "authorise the application again";
    private static final String NO_TOKENS = "No AccountView.Net tokens";

    private Failures() {
    }

    /**
     * The status of a failure, looking through its causes for the client's exception.
     *
     * @param failure the failure
     * @return the status
     */
    public static Status classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException auth) {
                return authentication(auth);
            }
            if (t instanceof TransportException || t instanceof RateLimitedException
                    || t instanceof QuotaExceededException || t instanceof ServerException) {
                return Status.TRY_LATER;
            }
            if (t instanceof ApiException) {
                return Status.CONFIGURATION;
            }
        }
        return Status.CONFIGURATION;
    }

    private static Status authentication(AuthenticationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith(NO_TOKENS)) {
            return Status.NOT_AUTHORIZED;
        }
        if (e.errorCode().filter(INVALID_GRANT::equals).isPresent() || message.contains(INVALID_GRANT)
                || message.contains(AUTHORISE_AGAIN)) {
            return Status.RECONNECT_REQUIRED;
        }
        return Status.CONFIGURATION;
    }
}
