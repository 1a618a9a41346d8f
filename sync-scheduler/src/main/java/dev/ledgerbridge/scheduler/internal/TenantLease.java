package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.scheduler.TenantFencedException;
import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.TimeSource;
import java.time.Duration;
import java.util.Optional;

/**
 * A run's lease on its tenant, with a fencing token: the second line behind db-scheduler's one-run-per-instance.
 *
 * <p>The lease is the lock {@value #LOCK} in the tenant's scoped state (a flow lock of the engine's kind: insert
 * wins, an expired one is taken over). Whoever takes it increments the tenant's fencing counter (cursor
 * {@value #FENCE} of {@value #LOCK}) while holding it, so tokens grow with every holder. Before each state write the
 * run compares the counter with its own token ({@link #verify()}): a run that stalled past its lease and was taken
 * over finds a higher token and stops with {@link TenantFencedException} instead of writing.
 */
public final class TenantLease {
    /** The lock name of a tenant's run, in the tenant's scoped state. */
    public static final String LOCK = "#tenant-run";
    /** The cursor holding the tenant's fencing counter. */
    public static final String FENCE = "fence";

    private final String tenantId;
    private final StateStore store;
    private final Duration lease;
    private final TimeSource time;
    private final long token;
    private FlowLock lock;
    private String lostBecause;

    private TenantLease(String tenantId, StateStore store, Duration lease, TimeSource time, FlowLock lock,
                        long token) {
        this.tenantId = tenantId;
        this.store = store;
        this.lease = lease;
        this.time = time;
        this.lock = lock;
        this.token = token;
    }

    /**
     * Takes the tenant's lease and the next fencing token.
     *
     * @param store the tenant's scoped (unfenced) state store
     * @return the lease, or empty with the live holder when another run holds it
     */
    public static Acquired acquire(String tenantId, StateStore store, String owner, Duration lease, TimeSource time) {
        Optional<FlowLock> lock = store.tryLock(LOCK, owner, lease, time.now());
        if (lock.isEmpty()) {
            return new Acquired(null, store.lockHolder(LOCK).orElse(null));
        }
        long token = currentToken(store) + 1;
        store.saveCursor(LOCK, FENCE, Long.toString(token));
        return new Acquired(new TenantLease(tenantId, store, lease, time, lock.get(), token), null);
    }

    /**
     * What {@link #acquire} got.
     *
     * @param lease  the lease, or null
     * @param holder who holds it when not acquired, or null
     */
    public record Acquired(TenantLease lease, FlowLock holder) {
    }

    private static long currentToken(StateStore store) {
        return store.cursor(LOCK, FENCE).map(Long::parseLong).orElse(0L);
    }

    /** This run's fencing token. */
    public long token() {
        return token;
    }

    /**
     * Checks that no newer run took over: the lease was renewed in time and the fencing counter is still ours.
     *
     * @throws TenantFencedException when a newer run holds the tenant
     */
    public void verify() {
        String lost;
        synchronized (this) {
            lost = lostBecause;
        }
        if (lost == null) {
            long current = currentToken(store);
            if (current != token) {
                lost = "a newer run holds fencing token " + current;
                markLost(lost);
            }
        }
        if (lost != null) {
            throw new TenantFencedException(tenantId, token, lost);
        }
    }

    /** Extends the lease; called by the renewer every third of the lease. Notes the loss when it was taken over. */
    public synchronized void renew() {
        if (lostBecause != null) {
            return;
        }
        Optional<FlowLock> renewed = store.renew(lock, lease, time.now());
        if (renewed.isPresent()) {
            lock = renewed.get();
        } else {
            lostBecause = "the lease expired and was taken over";
        }
    }

    private synchronized void markLost(String why) {
        lostBecause = why;
    }

    /** Releases the lease unless it was lost (then it belongs to the newer run). */
    public synchronized void release() {
        if (lostBecause == null) {
            store.unlock(lock);
        }
    }

    /** How long the lease lasts without renewal. */
    public Duration lease() {
        return lease;
    }
}
