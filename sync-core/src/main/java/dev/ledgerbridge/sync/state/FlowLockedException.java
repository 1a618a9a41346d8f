package dev.ledgerbridge.sync.state;

/**
 * Thrown when a flow's state is locked by another engine run; nothing was read or written. The message names the
 * holder and when its lease expires; a lock left by a process that was killed can be released at once with
 * {@code SyncEngine.releaseLock(flow)} (only when that process is known to be gone).
 */
public final class FlowLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception naming the flow. */
    public FlowLockedException(String flow) {
        super("Flow '" + flow + "' is being run by another engine on the same state; try again when it has "
                + "finished or its lock lease has expired");
    }

    /** An exception naming the flow, the run holding its lock and when that lock expires unless renewed. */
    public FlowLockedException(String flow, FlowLock holder) {
        super("Flow '" + flow + "' is locked by run " + holder.owner() + " until " + holder.expiresAt()
                + " (renewed while that run lives); try again later, or if that process is gone (killed) call "
                + "SyncEngine.releaseLock(\"" + flow + "\")");
    }
}
