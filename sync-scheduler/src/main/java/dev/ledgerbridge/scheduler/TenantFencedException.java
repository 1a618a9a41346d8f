package dev.ledgerbridge.scheduler;

/**
 * A tenant's run lost its lease: a newer run of the same tenant holds a higher fencing token, so this run must not
 * write any more state. Thrown by the state store of a run before a write (saving a link or cursor, parking,
 * taking a lock); the engine stops the run. Seen in {@link TenantRunListener#runFailed}; the newer run carries on.
 */
public final class TenantFencedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String tenantId;
    private final long token;

    /**
     * An exception for a run that was fenced off.
     *
     * @param tenantId the tenant
     * @param token    the run's fencing token
     * @param current  what the database holds now (a newer token), or a description of why the lease was lost
     */
    public TenantFencedException(String tenantId, long token, String current) {
        super("tenant '" + tenantId + "': this run (fencing token " + token + ") lost its lease (" + current
                + "); it writes no more state, the newer run carries on");
        this.tenantId = tenantId;
        this.token = token;
    }

    /** The tenant. */
    public String tenantId() {
        return tenantId;
    }

    /** The fencing token of the run that was fenced off. */
    public long token() {
        return token;
    }
}
