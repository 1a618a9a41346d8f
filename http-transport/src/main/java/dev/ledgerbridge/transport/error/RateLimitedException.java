package dev.ledgerbridge.transport.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Too many requests: the server throttled the call (HTTP 429 or the API's own code), or the
 * client-side limiter could not grant a permit within its timeout. {@link #retryAfter()} gives the
 * wait when known.
 */
public class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    /**
     * @param message    what happened
     * @param endpoint   logical endpoint
     * @param httpStatus HTTP status, 0 when thrown by the client-side limiter
     * @param errorCode  API code, or null
     * @param retryAfter how long to wait, or null if unknown
     */
    public RateLimitedException(String message, String endpoint, int httpStatus, String errorCode,
            Duration retryAfter) {
        super(message, endpoint, httpStatus, errorCode, null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, when known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
