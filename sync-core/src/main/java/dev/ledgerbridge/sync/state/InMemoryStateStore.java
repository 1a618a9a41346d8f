package dev.ledgerbridge.sync.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link StateStore} in memory, for tests and one-off runs; lost when the process ends. Thread-safe. */
public final class InMemoryStateStore implements StateStore {
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, String> cursors = new ConcurrentHashMap<>();
    private final Map<String, FlowLock> locks = new ConcurrentHashMap<>();
    private final Map<String, ParkedRecord> parked = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryStateStore() {
    }

    private static String key(String flow, String id) {
        return flow + '\u0000' + id;
    }

    @Override
    public Optional<Link> link(String flow, String sourceId) {
        return Optional.ofNullable(links.get(key(flow, sourceId)));
    }

    @Override
    public void saveLink(Link link) {
        links.put(key(link.flow(), link.sourceId()), link);
    }

    @Override
    public void deleteLink(String flow, String sourceId) {
        links.remove(key(flow, sourceId));
    }

    /** Number of links saved for a flow. */
    public int linkCount(String flow) {
        return (int) links.values().stream().filter(l -> l.flow().equals(flow)).count();
    }

    @Override
    public Optional<String> cursor(String flow, String name) {
        return Optional.ofNullable(cursors.get(key(flow, name)));
    }

    @Override
    public void saveCursor(String flow, String name, String value) {
        cursors.put(key(flow, name), value);
    }

    @Override
    public synchronized Optional<FlowLock> tryLock(String flow, String owner, Duration lease, Instant now) {
        FlowLock held = locks.get(flow);
        if (held != null && !held.owner().equals(owner) && held.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        FlowLock lock = new FlowLock(flow, owner, now.plus(lease));
        locks.put(flow, lock);
        return Optional.of(lock);
    }

    @Override
    public synchronized Optional<FlowLock> renew(FlowLock lock, Duration lease, Instant now) {
        FlowLock held = locks.get(lock.flow());
        if (held == null || !held.owner().equals(lock.owner())) {
            return Optional.empty();
        }
        FlowLock renewed = new FlowLock(lock.flow(), lock.owner(), now.plus(lease));
        locks.put(lock.flow(), renewed);
        return Optional.of(renewed);
    }

    @Override
    public synchronized void unlock(FlowLock lock) {
        locks.computeIfPresent(lock.flow(), (f, held) -> held.owner().equals(lock.owner()) ? null : held);
    }

    @Override
    public Optional<FlowLock> lockHolder(String name) {
        return Optional.ofNullable(locks.get(name));
    }

    @Override
    public synchronized boolean releaseLock(String name) {
        return locks.remove(name) != null;
    }

    @Override
    public ParkedRecord park(String flow, String sourceId, String reason, Instant now) {
        return parked.compute(key(flow, sourceId), (k, old) -> old == null
                ? new ParkedRecord(flow, sourceId, 1, now, now, reason)
                : new ParkedRecord(flow, sourceId, old.attempts() + 1, old.firstFailure(), now, reason));
    }

    @Override
    public void unpark(String flow, String sourceId) {
        parked.remove(key(flow, sourceId));
    }

    @Override
    public List<ParkedRecord> parked(String flow) {
        return parked.values().stream().filter(p -> p.flow().equals(flow))
                .sorted(Comparator.comparing(ParkedRecord::firstFailure).thenComparing(ParkedRecord::sourceId))
                .toList();
    }
}
