package dev.ledgerbridge.scheduler;

import java.util.List;
import java.util.Optional;

/**
 * Who the tenants are: the scheduler reads {@link #list()} on start and then every
 * {@link TenantScheduler.Builder#directoryRefreshInterval}, schedules tenants it has not seen and drops removed
 * ones, and reads {@link #find(String)} at the start of every run (so a pause or a new interval applies to the
 * next run on any worker). {@link JdbcTenantDirectory} is the ready one; an application with its own customer
 * database implements this interface over it. Implementations are thread-safe; every worker of a cluster must see
 * the same tenants.
 */
public interface TenantDirectory {
    /** All tenants, paused ones included; empty when none. */
    List<Tenant> list();

    /**
     * One tenant. The default searches {@link #list()}; implementations with an index should override it (it is
     * called once per run).
     *
     * @return the tenant, or empty when it is not (or no longer) in the directory
     */
    default Optional<Tenant> find(String tenantId) {
        return list().stream().filter(t -> t.id().equals(tenantId)).findFirst();
    }

    /**
     * Pauses or resumes a tenant, for every worker. The default cannot: it throws
     * {@link UnsupportedOperationException}; a directory that cannot write is paused where its data lives.
     *
     * @throws IllegalArgumentException when the tenant is not in the directory
     */
    default void setPaused(String tenantId, boolean paused) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot pause or resume tenants; set the "
                + "paused flag where this directory's data lives");
    }
}
