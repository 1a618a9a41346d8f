package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.SyncEngine;

/**
 * A hook that sees every tenant's engine before it is built, for what {@link TenantListeners} does not cover.
 * Customizers are called in the order added, after the scheduler set the tenant's settings, state store, activity
 * log, and the combined listener and notifier of the {@link TenantListeners}: a customizer that sets a listener or
 * notifier replaces those (prefer {@link TenantListeners}, which combine), and it should not replace the state
 * store or activity log (they are the tenant's scoped and fenced ones). Thread-safe: called for runs of different
 * tenants at the same time.
 */
@FunctionalInterface
public interface TenantEngineCustomizer {
    /**
     * Adds to a tenant's engine.
     *
     * @param tenant  the tenant of the run
     * @param builder the engine builder of the run
     */
    void customize(Tenant tenant, SyncEngine.Builder builder);
}
