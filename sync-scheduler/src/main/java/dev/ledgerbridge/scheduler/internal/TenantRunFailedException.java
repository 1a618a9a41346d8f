package dev.ledgerbridge.scheduler.internal;

/** A run ended with a report in which a flow stopped early (a read failed): retried with backoff. */
public final class TenantRunFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    TenantRunFailedException(String tenantId, String flow, String flowError) {
        super("tenant '" + tenantId + "': flow " + flow + " stopped early: " + flowError);
    }
}
