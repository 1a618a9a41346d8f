package dev.ledgerbridge.transport.error;

/**
 * The server has no such endpoint at all (an HTML 404 page, no token endpoint at the address): the base URL, the
 * API version or the path is wrong. Unlike its parent {@link NotFoundException} ("the record does not exist"), no
 * record lookup is involved: retrying or creating the record would not help, the configuration must change.
 */
public class UnknownEndpointException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** See {@link ApiException#ApiException(String, String, int, String, Throwable)}. */
    public UnknownEndpointException(String message, String endpoint, int httpStatus, String errorCode,
                                    Throwable cause) {
        super(message, endpoint, httpStatus, errorCode, cause);
    }
}
