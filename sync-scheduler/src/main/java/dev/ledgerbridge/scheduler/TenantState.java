package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.scheduler.internal.ScopedActivityLog;
import dev.ledgerbridge.scheduler.internal.ScopedStateStore;
import dev.ledgerbridge.scheduler.internal.TenantIds;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.StateStore;
import java.util.Objects;

/**
 * One tenant's part of a state store and activity log shared by many tenants (one database, no schema change):
 * every flow, cursor, lock (flow and key locks), parked record and activity event is kept under the name
 * {@code <tenantId>/<name>}, so tenants with the same flow names never see each other's state. What the views
 * return carries the caller's names ({@code Link.flow()}, {@code FlowLock.flow()}, ...). A scoped name longer than
 * the tables' 100 characters is kept as {@code <tenantId>/~<hash of the name>}.
 *
 * <p>The scheduler builds these views for every run; use this class to look at a tenant's state from elsewhere
 * (a status page, a support tool). Closing a view does not close the shared store. Immutable and thread-safe.
 *
 * <p>{@link ActivityLog#purgeOlderThan} on the scoped log does nothing: the shared log is purged by age for all
 * tenants at once (the scheduler does it, see {@link TenantScheduler.Builder#activityRetention}).
 */
public final class TenantState {
    private final String tenantId;
    private final StateStore stateStore;
    private final ActivityLog activityLog;

    private TenantState(String tenantId, StateStore stateStore, ActivityLog activityLog) {
        this.tenantId = tenantId;
        this.stateStore = stateStore;
        this.activityLog = activityLog;
    }

    /**
     * The tenant's views of a shared store and log.
     *
     * @param tenantId    the tenant (rules as {@link Tenant.Builder#id})
     * @param stateStore  the shared store, e.g. a {@code JdbcStateStore}
     * @param activityLog the shared log, e.g. {@code jdbcStateStore.activityLog()}
     * @return the views
     * @throws IllegalArgumentException when the tenant id breaks the rules, naming it
     */
    public static TenantState of(String tenantId, StateStore stateStore, ActivityLog activityLog) {
        TenantIds.check("tenantId", tenantId);
        Objects.requireNonNull(stateStore, "stateStore");
        Objects.requireNonNull(activityLog, "activityLog");
        return new TenantState(tenantId, new ScopedStateStore(tenantId, stateStore),
                new ScopedActivityLog(tenantId, activityLog));
    }

    /** The tenant these views belong to. */
    public String tenantId() {
        return tenantId;
    }

    /** The tenant's state store view. */
    public StateStore stateStore() {
        return stateStore;
    }

    /** The tenant's activity log view. */
    public ActivityLog activityLog() {
        return activityLog;
    }

    @Override
    public String toString() {
        return "TenantState[" + tenantId + "]";
    }
}
