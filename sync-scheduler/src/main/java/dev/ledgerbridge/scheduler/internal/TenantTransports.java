package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.transport.HttpTransport;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One HTTP transport per tenant on this worker, kept across the tenant's runs so that the client-side rate-limit
 * buckets inside it (per api_key) remember the requests of the previous run: a client built on a new transport
 * every run starts with a full allowance, and two runs less than a rate-limit window apart can then exceed the
 * API's limit together.
 *
 * <p>Bounded: a tenant's transport is dropped when the tenant leaves the directory, when no run of it used it for
 * {@code idleAfter} (longer than any API's rate-limit window, so the buckets would be empty anyway), and, beyond
 * {@code max} tenants, the one idle longest goes first. Transports of running tenants are never dropped.
 * Thread-safe.
 */
public final class TenantTransports {
    private final Function<Tenant, HttpTransport> factory;
    private final long idleAfterNanos;
    private final int max;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> byTenant = new HashMap<>();

    private static final class Entry {
        final HttpTransport transport;
        int runs;
        long lastUsed;

        Entry(HttpTransport transport) {
            this.transport = transport;
        }
    }

    /**
     * A cache.
     *
     * @param factory   makes a tenant's transport
     * @param idleAfter how long after its last run a tenant's transport is kept
     * @param max       most tenants with a kept transport
     * @param nanoTime  the clock of the idle times
     */
    public TenantTransports(Function<Tenant, HttpTransport> factory, Duration idleAfter, int max,
                            LongSupplier nanoTime) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.idleAfterNanos = idleAfter.toNanos();
        this.max = max;
        this.nanoTime = nanoTime;
    }

    /**
     * The tenant's transport for a run that is starting: the kept one, or a new one; the run must call
     * {@link #runEnded(String)} when it ends.
     *
     * @throws IllegalStateException when the factory returned null
     */
    public synchronized HttpTransport runStarted(Tenant tenant) {
        Entry entry = byTenant.get(tenant.id());
        if (entry == null) {
            dropIdle();
            if (byTenant.size() >= max) {
                dropLongestIdle();
            }
            HttpTransport made = factory.apply(tenant);
            if (made == null) {
                throw new IllegalStateException("the tenant transport factory returned null for tenant '"
                        + tenant.id() + "'");
            }
            entry = new Entry(made);
            byTenant.put(tenant.id(), entry);
        }
        entry.runs++;
        entry.lastUsed = nanoTime.getAsLong();
        return entry.transport;
    }

    /** A run that called {@link #runStarted(Tenant)} ended; its tenant's idle time starts now. */
    public synchronized void runEnded(String tenantId) {
        Entry entry = byTenant.get(tenantId);
        if (entry != null) {
            entry.runs = Math.max(0, entry.runs - 1);
            entry.lastUsed = nanoTime.getAsLong();
        }
    }

    /** Drops the transports of tenants not in {@code tenantIds} (no longer in the directory) and idle ones. */
    public synchronized void retainOnly(Collection<String> tenantIds) {
        byTenant.entrySet().removeIf(e -> e.getValue().runs == 0 && !tenantIds.contains(e.getKey()));
        dropIdle();
    }

    /** How many tenants have a kept transport. */
    public synchronized int size() {
        return byTenant.size();
    }

    private void dropIdle() {
        long now = nanoTime.getAsLong();
        byTenant.values().removeIf(e -> e.runs == 0 && now - e.lastUsed > idleAfterNanos);
    }

    private void dropLongestIdle() {
        byTenant.entrySet().stream().filter(e -> e.getValue().runs == 0)
                .min((a, b) -> Long.compare(a.getValue().lastUsed, b.getValue().lastUsed))
                .map(Map.Entry::getKey).ifPresent(byTenant::remove);
    }
}
