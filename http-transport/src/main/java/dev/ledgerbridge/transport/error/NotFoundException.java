package dev.ledgerbridge.transport.error;

/**
 * The addressed record does not exist (HTTP 404). The subclass {@link UnknownEndpointException} says the endpoint
 * itself does not exist (a wrong base URL), which callers usually want to tell apart.
 */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public NotFoundException(String message, String endpoint, int httpStatus, String errorCode, Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }

}
