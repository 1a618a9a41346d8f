package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.ActivityLog;
import java.time.Instant;
import java.util.List;

/**
 * One tenant's view of a shared {@link ActivityLog}: flow names go in scoped and come back as the caller's.
 * {@link #purgeOlderThan} does nothing: the shared log's only purge is by age over all tenants, and tenants may
 * keep different retentions, so the scheduler purges the shared log itself (see {@code TenantScheduler}).
 */
public final class ScopedActivityLog implements ActivityLog {
    private final ActivityLog shared;
    private final ScopedNames names;

    /** A view of {@code shared} for one (valid) tenant id. */
    public ScopedActivityLog(String tenantId, ActivityLog shared) {
        this.names = new ScopedNames(tenantId);
        this.shared = shared;
    }

    @Override
    public void append(ActivityEvent e) {
        shared.append(new ActivityEvent(e.at(), e.runId(), names.scoped(e.flow()), e.direction(), e.sourceId(),
                e.targetId(), e.action(), e.reason()));
    }

    @Override
    public List<ActivityEvent> events(String flow) {
        return unscoped(shared.events(names.scoped(flow)), flow);
    }

    @Override
    public List<ActivityEvent> latestRun(String flow) {
        return unscoped(shared.latestRun(names.scoped(flow)), flow);
    }

    private static List<ActivityEvent> unscoped(List<ActivityEvent> events, String flow) {
        return events.stream().map(e -> new ActivityEvent(e.at(), e.runId(), flow, e.direction(), e.sourceId(),
                e.targetId(), e.action(), e.reason())).toList();
    }

    /** Does nothing (see the class comment). */
    @Override
    public int purgeOlderThan(Instant cutoff) {
        return 0;
    }

    @Override
    public String toString() {
        return "ScopedActivityLog[" + names.scoped("") + " in " + shared + "]";
    }
}
