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
 * One tenant's view of a shared {@link StateStore}: flow and lock names go in scoped, and what comes back carries
 * the caller's names again. Closing it does not close the shared store. Thread-safe as the shared store is.
 */
public final class ScopedStateStore implements StateStore {
    private final StateStore shared;
    private final ScopedNames names;

    /** A view of {@code shared} for one (valid) tenant id. */
    public ScopedStateStore(String tenantId, StateStore shared) {
        this.names = new ScopedNames(tenantId);
        this.shared = shared;
    }

    @Override
    public Optional<Link> link(String flow, String sourceId) {
        return shared.link(names.scoped(flow), sourceId)
                .map(l -> new Link(flow, l.sourceId(), l.targetId(), l.contentHash(), l.updatedAt()));
    }

    @Override
    public void saveLink(Link link) {
        shared.saveLink(new Link(names.scoped(link.flow()), link.sourceId(), link.targetId(), link.contentHash(),
                link.updatedAt()));
    }

    @Override
    public void deleteLink(String flow, String sourceId) {
        shared.deleteLink(names.scoped(flow), sourceId);
    }

    @Override
    public Optional<String> cursor(String flow, String name) {
        return shared.cursor(names.scoped(flow), name);
    }

    @Override
    public void saveCursor(String flow, String name, String value) {
        shared.saveCursor(names.scoped(flow), name, value);
    }

    @Override
    public Optional<FlowLock> tryLock(String flow, String owner, Duration lease, Instant now) {
        return shared.tryLock(names.scoped(flow), owner, lease, now).map(l -> unscoped(flow, l));
    }

    @Override
    public Optional<FlowLock> renew(FlowLock lock, Duration lease, Instant now) {
        return shared.renew(scoped(lock), lease, now).map(l -> unscoped(lock.flow(), l));
    }

    @Override
    public void unlock(FlowLock lock) {
        shared.unlock(scoped(lock));
    }

    @Override
    public Optional<FlowLock> lockHolder(String name) {
        return shared.lockHolder(names.scoped(name)).map(l -> unscoped(name, l));
    }

    @Override
    public boolean releaseLock(String name) {
        return shared.releaseLock(names.scoped(name));
    }

    @Override
    public ParkedRecord park(String flow, String sourceId, String reason, Instant now) {
        return unscoped(flow, shared.park(names.scoped(flow), sourceId, reason, now));
    }

    @Override
    public void unpark(String flow, String sourceId) {
        shared.unpark(names.scoped(flow), sourceId);
    }

    @Override
    public List<ParkedRecord> parked(String flow) {
        return shared.parked(names.scoped(flow)).stream().map(p -> unscoped(flow, p)).toList();
    }

    private FlowLock scoped(FlowLock lock) {
        return new FlowLock(names.scoped(lock.flow()), lock.owner(), lock.expiresAt());
    }

    private static FlowLock unscoped(String name, FlowLock lock) {
        return new FlowLock(name, lock.owner(), lock.expiresAt());
    }

    private static ParkedRecord unscoped(String flow, ParkedRecord p) {
        return new ParkedRecord(flow, p.sourceId(), p.attempts(), p.firstFailure(), p.lastFailure(), p.reason());
    }

    @Override
    public String toString() {
        return "ScopedStateStore[" + names.scoped("") + " in " + shared + "]";
    }
}
