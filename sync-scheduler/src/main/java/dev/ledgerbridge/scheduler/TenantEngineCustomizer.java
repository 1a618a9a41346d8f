package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.SyncEngine;

/**
 * A hook that sees every tenant's engine before it is built: where alerts, metrics or an application's own
 * listener and failure notifier are attached per tenant ({@code builder.listener(...)},
 * {@code builder.failureNotifier(...)}). Customizers are called in the order added, after the scheduler set the
 * tenant's settings, state store and activity log (a customizer should not replace those). Thread-safe: called
 * for runs of different tenants at the same time.
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
