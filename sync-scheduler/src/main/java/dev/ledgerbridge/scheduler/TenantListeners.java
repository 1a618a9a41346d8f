package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.scheduler.internal.FanOut;
import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.SyncListener;
import java.util.List;

/**
 * Gives each tenant's engine a {@link SyncListener} and a {@link FailureNotifier} of its own, for modules that
 * plug into every tenant (alerts, metrics) and for the application. An engine takes one listener and one notifier;
 * the scheduler combines those of every {@code TenantListeners} added with
 * {@link TenantScheduler.Builder#addTenantListeners} (each hears every event; one that throws is logged and the
 * others still hear it), so several modules never replace each other's. Thread-safe: called for runs of different
 * tenants at the same time, once per run.
 */
public interface TenantListeners {
    /** The tenant's progress listener for one run; the default: none. */
    default SyncListener listener(Tenant tenant) {
        return SyncListener.none();
    }

    /** The tenant's failure notifier for one run; the default: none. */
    default FailureNotifier failureNotifier(Tenant tenant) {
        return FailureNotifier.none();
    }

    /**
     * Several as one, as the scheduler combines them: every listener and notifier hears every event, in order;
     * one that throws is logged and the others still hear it. For engines the application builds itself for a
     * tenant (e.g. Spring Boot's {@code SyncEngine} bean) that should be heard like the scheduler's.
     *
     * @param all the listeners; copied
     * @return the combination
     */
    static TenantListeners combine(List<? extends TenantListeners> all) {
        List<TenantListeners> copy = List.copyOf(all);
        return new TenantListeners() {
            @Override
            public SyncListener listener(Tenant tenant) {
                return FanOut.listeners(copy.stream().map(l -> l.listener(tenant)).toList());
            }

            @Override
            public FailureNotifier failureNotifier(Tenant tenant) {
                return FanOut.notifiers(copy.stream().map(l -> l.failureNotifier(tenant)).toList());
            }
        };
    }
}
