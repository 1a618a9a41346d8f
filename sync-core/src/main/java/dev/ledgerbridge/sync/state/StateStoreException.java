package dev.ledgerbridge.sync.state;

/** A state store or activity log could not read or write its database. */
public final class StateStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with its cause. */
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
