package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.sync.state.FlowLock;
import java.time.Instant;

/** Another run holds the tenant's lease; the run is tried again when that lease ends. */
public final class TenantBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Instant retryAt;

    TenantBusyException(String tenantId, FlowLock holder, Instant now) {
        super("tenant '" + tenantId + "' is held by another run"
                + (holder == null ? "" : " (" + holder.owner() + ", lease until " + holder.expiresAt() + ")"));
        this.retryAt = holder == null || holder.expiresAt().isBefore(now) ? now : holder.expiresAt();
    }

    /** When the holder's lease ends (or now, when it has). */
    public Instant retryAt() {
        return retryAt;
    }
}
