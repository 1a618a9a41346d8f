package dev.ledgerbridge.sync.spi;

/** Thrown when a connector is asked for something it did not declare. */
public final class UnsupportedCapabilityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception naming what is not supported. */
    public UnsupportedCapabilityException(String what) {
        super("Not supported by this connector: " + what);
    }
}
