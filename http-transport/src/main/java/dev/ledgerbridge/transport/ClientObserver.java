package dev.ledgerbridge.transport;

import java.time.Duration;

/**
 * Sees what a client does, for metrics and tracing: every attempt of a request (each retry is an attempt of its own),
 * every wait for a client-side rate-limit permit, and every access-token refresh (AccountView). Set one with
 * {@link ApiClientBuilder#observer(ClientObserver)}: the client attaches it to each request it sends
 * ({@link ApiRequest#observer()}) and the decorators of {@link Transports} call it, so it works the same with the
 * client's own transport and with a shared one, and each client (each tenant) reports to its own observer. A custom
 * {@link HttpTransport} not built with {@link Transports#builder()} does not call it.
 *
 * <p>Each {@code ...Started} method returns a {@link Step} that is told exactly once how the step ended; a step that
 * ends by an {@link Error} is not told. Implementations must be thread-safe, fast and must not throw: an exception
 * they throw fails the call. Every method has a default that does nothing; {@link #none()} is the observer clients
 * use when none is set. This module has no metrics dependency: {@code sync-micrometer} implements this interface on
 * the Micrometer Observation API.
 */
public interface ClientObserver {
    /**
     * The observer that does nothing; the default of every client.
     *
     * @return a shared instance
     */
    static ClientObserver none() {
        return NoClientObserver.INSTANCE;
    }

    /**
     * An attempt to send the request starts, after its rate-limit permits were taken (so the attempt's time does not
     * include waits for them). The step is told {@link Step#responded} when a response arrived, whatever its status,
     * or {@link Step#failed} when none did (see {@link HttpTransport}).
     *
     * @param request the request
     * @return the step to tell how the attempt ended
     */
    default Step attemptStarted(ApiRequest request) {
        return Step.NONE;
    }

    /**
     * The calling thread starts to wait for a permit of a client-side rate limit. Called only when there is a wait; a
     * permit available at once is not reported. The step is told {@link Step#ended} when the permit is there, or
     * {@link Step#failed} when the wait was interrupted.
     *
     * @param request the request that waits
     * @param limit   the limit whose permit it waits for; its key may identify a credential (hashed, never a secret)
     * @param wait    how long the wait is planned to take, by the transport's {@link TimeSource}
     * @return the step to tell how the wait ended
     */
    default Step rateLimitWaitStarted(ApiRequest request, RateLimit limit, Duration wait) {
        return Step.NONE;
    }

    /**
     * A client starts to refresh its access token (AccountView's OAuth2 refresh-token grant). The step is told
     * {@link Step#ended} with new tokens in hand, or {@link Step#failed} (an
     * {@link dev.ledgerbridge.transport.error.AuthenticationException} means the user has to authorise again). The
     * token request itself is also reported as an attempt.
     *
     * @param system  the client's system, e.g. {@code accountview}
     * @param trigger why: {@code expiring} (the access token is about to expire), {@code rejected} (the server
     *                answered 401) or {@code forced} (the application asked for it)
     * @return the step to tell how the refresh ended
     */
    default Step tokenRefreshStarted(String system, String trigger) {
        return Step.NONE;
    }

    /** How one observed step ended; exactly one method is called, once. Implementations must be thread-safe. */
    interface Step {
        /** The step that ignores its end. */
        Step NONE = new Step() {
        };

        /**
         * An attempt got a response (any status).
         *
         * @param response the response
         */
        default void responded(ApiResponse response) {
        }

        /** A wait or a token refresh ended normally. */
        default void ended() {
        }

        /**
         * The step failed: no response, an interrupted wait, a refused refresh.
         *
         * @param failure what was thrown to the caller
         */
        default void failed(RuntimeException failure) {
        }
    }
}

/** The observer of clients that have none. */
final class NoClientObserver implements ClientObserver {
    static final NoClientObserver INSTANCE = new NoClientObserver();

    private NoClientObserver() {
    }
}
