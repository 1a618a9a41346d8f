package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.report.SyncReport;

/**
 * Follows tenants' runs on this worker. Every method has an empty default; exceptions a listener throws are
 * logged and ignored. Called from the run's thread, so from several threads at once for different tenants.
 */
public interface TenantRunListener {
    /**
     * A run of the tenant starts on this worker (it holds the tenant's lease).
     *
     * @param tenant the tenant
     * @param worker this worker's name
     * @param token  the run's fencing token (grows with every run of the tenant)
     */
    default void runStarted(Tenant tenant, String worker, long token) {
    }

    /**
     * A run ended and every flow ran to its end; records may have failed (they are parked and retried by the next
     * runs: see {@code SyncReport.count(Action.FAILED)}). After {@link #runStarted}, exactly one of this and
     * {@link #runFailed} follows.
     */
    default void runFinished(Tenant tenant, SyncReport report) {
    }

    /**
     * A run failed: it threw (the factory, the credentials, the state store, a {@link TenantFencedException}), or
     * a flow stopped early (a read failed; the flow's report went to the engine's {@code FailureNotifier}). It is
     * retried with backoff.
     */
    default void runFailed(Tenant tenant, RuntimeException failure) {
    }

    /**
     * A run of a tenant was skipped: it is paused (the run found it so in the directory), or its lease is held
     * by another run (retried when that lease ends).
     *
     * @param reason why, for logs
     */
    default void runSkipped(Tenant tenant, String reason) {
    }
}
