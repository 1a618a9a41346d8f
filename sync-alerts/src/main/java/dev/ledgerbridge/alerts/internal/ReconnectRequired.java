package dev.ledgerbridge.alerts.internal;

import dev.ledgerbridge.transport.error.AuthenticationException;

/**
 * Recognises, in a failure's reason text, that a connection needs a person to authorise it again.
 *
 * <p>The engine hands notifiers and listeners reason texts, not exceptions, so this reads the text the AccountView
 * client puts in its {@code AuthenticationException}: a token refresh refused with the OAuth error
 * {@code invalid_grant} reads "refused the token request ... (HTTP 400, invalid_grant) ...; the user has to authorise
 * the application again", and missing or non-renewable tokens end with "authorise the application again". A
 * refused client id or secret ({@code invalid_client}) is a configuration error, not a reconnect.
 */
public final class ReconnectRequired {
    private static final String INVALID_GRANT = "invalid_grant";
    private static final String AUTHORISE_AGAIN = "authorise the application again";

    private ReconnectRequired() {
    }

    /**
     * True for AccountView's refusal as the client throws it: an {@link AuthenticationException} whose
     * {@code errorCode()} is {@code invalid_grant}, or whose message says to authorise the application again.
     */
    public static boolean in(RuntimeException e) {
        return e instanceof AuthenticationException auth
                && (auth.errorCode().filter(INVALID_GRANT::equals).isPresent() || in(e.getMessage()));
    }

    /** True when the reason says that the user has to authorise the application again. */
    public static boolean in(String reason) {
        return reason != null && (reason.contains(INVALID_GRANT) || reason.contains(AUTHORISE_AGAIN));
    }
}
