package dev.ledgerbridge.scheduler;

/**
 * The application's part of a run: builds a tenant's clients, connectors, flows and settings for one run, from the
 * tenant's properties, its credentials and its scoped state. Called at the start of every run, on whichever worker
 * runs the tenant; what it builds is closed at the end of the run ({@link TenantJob.Builder#closeAfterRun}).
 * Thread-safe: runs of different tenants call it at the same time.
 */
@FunctionalInterface
public interface TenantSyncFactory {
    /**
     * The job of one run.
     *
     * @param context the tenant, its secrets and state
     * @return what to run
     * @throws RuntimeException when the tenant cannot be set up (e.g. a missing property); the run fails and is
     *                          retried with backoff
     */
    TenantJob create(TenantContext context);
}
