package dev.ledgerbridge.transport.error;

/** Credentials missing, wrong or expired (HTTP 401, or the API's own code for it). Not retryable without new credentials. */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public AuthenticationException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
