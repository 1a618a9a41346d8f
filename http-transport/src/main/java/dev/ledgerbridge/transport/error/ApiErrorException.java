package dev.ledgerbridge.transport.error;

/** The API rejected the call with an error code not covered by a more specific class; {@link #errorCode()} says which. */
public class ApiErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public ApiErrorException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
