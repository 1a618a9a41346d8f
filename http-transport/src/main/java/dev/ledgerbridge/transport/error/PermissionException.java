package dev.ledgerbridge.transport.error;

/** Credentials are valid but not allowed to do this (HTTP 403, inactive account, missing scope). */
public class PermissionException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public PermissionException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
