package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.scheduler.JdbcTenantDirectory;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantDirectory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's one tenant, kept in {@link JdbcTenantDirectory} (so that pause and resume reach every instance
 * of a cluster) but listing only this tenant: other tenants in a shared database are another application's.
 * Thread-safe.
 */
public final class SingleTenantDirectory implements TenantDirectory {
    private final JdbcTenantDirectory directory;
    private final String tenantId;

    private SingleTenantDirectory(JdbcTenantDirectory directory, String tenantId) {
        this.directory = directory;
        this.tenantId = tenantId;
    }

    /**
     * Adds the tenant, or updates its interval when another instance or an earlier start added it (its paused
     * flag stays as it is in the database).
     *
     * @param directory the database's directory
     * @param tenant    the tenant from the properties
     * @return the directory of that one tenant
     */
    public static SingleTenantDirectory register(JdbcTenantDirectory directory, Tenant tenant) {
        Objects.requireNonNull(directory, "directory");
        Optional<Tenant> existing = directory.find(tenant.id());
        if (existing.isPresent()) {
            directory.update(existing.get().toBuilder().syncInterval(tenant.syncInterval()).build());
        } else {
            try {
                directory.add(tenant);
            } catch (IllegalArgumentException addedByAnotherInstance) {
                directory.update(tenant);
            }
        }
        return new SingleTenantDirectory(directory, tenant.id());
    }

    @Override
    public List<Tenant> list() {
        return find(tenantId).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Tenant> find(String id) {
        return tenantId.equals(id) ? directory.find(id) : Optional.empty();
    }

    @Override
    public void setPaused(String id, boolean paused) {
        if (!tenantId.equals(id)) {
            throw new IllegalArgumentException("tenant '" + id + "' is not this application's (" + tenantId + ")");
        }
        directory.setPaused(id, paused);
    }

    @Override
    public String toString() {
        return "SingleTenantDirectory[" + tenantId + "]";
    }
}
