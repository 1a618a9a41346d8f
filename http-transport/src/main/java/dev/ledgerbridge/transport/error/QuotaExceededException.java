package dev.ledgerbridge.transport.error;

/** A usage quota of the account is used up; waiting a little will not help. */
public class QuotaExceededException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public QuotaExceededException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
