package dev.ledgerbridge.transport.error;

/** No response arrived: connection refused or reset, DNS failure, TLS failure. Transient as a rule. */
public class TransportException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message  what happened
     * @param endpoint logical endpoint
     * @param cause    the I/O failure
     */
    public TransportException(String message, String endpoint, Throwable cause) {
        super(message, endpoint, 0, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
