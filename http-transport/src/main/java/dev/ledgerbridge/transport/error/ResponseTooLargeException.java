package dev.ledgerbridge.transport.error;

/**
 * The server answered, but its body grew beyond the transport's response size limit, so reading stopped there.
 * Unlike a {@link TransportException} this is not "no response": a write that got this answer reached the
 * server. Not retryable: the same call would return the same oversized body.
 */
public class ResponseTooLargeException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final long limitBytes;

    /**
     * @param message    what happened, naming the endpoint and the limit
     * @param endpoint   logical endpoint
     * @param httpStatus status of the oversized response
     * @param limitBytes the limit that was exceeded
     */
    public ResponseTooLargeException(String message, String endpoint, int httpStatus, long limitBytes) {
        super(message, endpoint, httpStatus, null, null);
        this.limitBytes = limitBytes;
    }

    /** The response size limit in bytes that the body exceeded. */
    public long limitBytes() {
        return limitBytes;
    }
}
