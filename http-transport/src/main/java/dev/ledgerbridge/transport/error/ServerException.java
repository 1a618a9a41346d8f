package dev.ledgerbridge.transport.error;

/** The server failed (HTTP 5xx). Transient as a rule; see {@link #isRetryable()}. */
public class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public ServerException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
