package dev.ledgerbridge.transport.error;

/** The addressed resource or endpoint does not exist (HTTP 404). */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public NotFoundException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
