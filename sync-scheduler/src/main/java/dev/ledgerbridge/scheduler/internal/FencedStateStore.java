package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.sync.state.ParkedRecord;
import dev.ledgerbridge.sync.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A run's state store: before every write (links, cursors, parked records, locks) it checks the run's
 * {@link TenantLease} ({@link TenantLease#verify()}: one indexed read), so a run that was taken over writes
 * nothing more. Taking a key lock is such a write, and the engine takes one before it creates a record that has no
 * link, so a fenced run also stops before its next create. Reads pass through.
 */
public final class FencedStateStore implements StateStore {
    private final StateStore store;
    private final TenantLease lease;

    /** Fences {@code store} (the tenant's scoped store) with the run's lease. */
    public FencedStateStore(StateStore store, TenantLease lease) {
        this.store = store;
        this.lease = lease;
    }

    @Override
    public Optional<Link> link(String flow, String sourceId) {
        return store.link(flow, sourceId);
    }

    @Override
    public void saveLink(Link link) {
        lease.verify();
        store.saveLink(link);
    }

    @Override
    public void deleteLink(String flow, String sourceId) {
        lease.verify();
        store.deleteLink(flow, sourceId);
    }

    @Override
    public Optional<String> cursor(String flow, String name) {
        return store.cursor(flow, name);
    }

    @Override
    public void saveCursor(String flow, String name, String value) {
        lease.verify();
        store.saveCursor(flow, name, value);
    }

    @Override
    public Optional<FlowLock> tryLock(String flow, String owner, Duration leaseTime, Instant now) {
        lease.verify();
        return store.tryLock(flow, owner, leaseTime, now);
    }

    @Override
    public Optional<FlowLock> renew(FlowLock lock, Duration leaseTime, Instant now) {
        lease.verify();
        return store.renew(lock, leaseTime, now);
    }

    /** Releasing what this run holds is always allowed: unlock only removes this run's own lock. */
    @Override
    public void unlock(FlowLock lock) {
        store.unlock(lock);
    }

    @Override
    public Optional<FlowLock> lockHolder(String name) {
        return store.lockHolder(name);
    }

    @Override
    public boolean releaseLock(String name) {
        lease.verify();
        return store.releaseLock(name);
    }

    @Override
    public ParkedRecord park(String flow, String sourceId, String reason, Instant now) {
        lease.verify();
        return store.park(flow, sourceId, reason, now);
    }

    @Override
    public void unpark(String flow, String sourceId) {
        lease.verify();
        store.unpark(flow, sourceId);
    }

    @Override
    public List<ParkedRecord> parked(String flow) {
        return store.parked(flow);
    }

    @Override
    public String toString() {
        return "FencedStateStore[token " + lease.token() + ", " + store + "]";
    }
}
