package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.SyncListener;

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
}
