package dev.ledgerbridge.transport.error;

/** Connecting or waiting for the response took longer than the configured timeout. */
public class RequestTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message  what timed out and after how long
     * @param endpoint logical endpoint
     * @param cause    the timeout from the HTTP layer
     */
    public RequestTimeoutException(String message, String endpoint, Throwable cause) {
        super(message, endpoint, cause);
    }
}
