package dev.ledgerbridge.sync.state;

/** Thrown when a flow's state is locked by another engine; nothing was read or written. */
public final class FlowLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception naming the flow. */
    public FlowLockedException(String flow) {
        super("Flow '" + flow + "' is being run by another engine on the same state; try again when it has "
                + "finished or its lock lease has expired");
    }
}
