package dev.ledgerbridge.transport.error;

import java.util.Optional;

/**
 * Root of every exception the SDK's clients throw. Subclasses say what happened (authentication,
 * permission, not found, rate limit, quota, server error, transport failure, invalid request, an
 * API error code, an unreadable response); the fields say where. Messages never contain secrets.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String endpoint;
    private final int httpStatus;
    private final String errorCode;

    /**
     * @param message    what happened, free of secrets
     * @param endpoint   logical endpoint, e.g. {@code POST /settings/add/debtor}; may be null
     * @param httpStatus HTTP status, or 0 when no response arrived
     * @param errorCode  API-specific error code, or null
     * @param cause      underlying cause, or null
     */
    public ApiException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** Logical endpoint of the failed call, if known. */
    public Optional<String> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** API-specific error code, if the API sent one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Whether the same call might succeed later without changes. For writes this does not mean it is
     * safe to repeat: the first attempt may have been applied.
     */
    public boolean isRetryable() {
        return false;
    }
}
