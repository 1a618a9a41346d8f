package dev.ledgerbridge.transport.error;

/** A response arrived but could not be read: not JSON where JSON was expected (for example an HTML error page), truncated, or of an unexpected shape. */
public class ResponseParseException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public ResponseParseException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
