package dev.ledgerbridge.sync.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine remembers between runs: links with content hashes, named cursors (change cursors and
 * checkpoints), parked (failing) records and named locks (flow locks, and key locks that serialize the creation
 * of one target record across flows and processes). Holds ids, hashes and cursors only, never record contents.
 * Implementations are thread-safe and make every save durable before returning: an acknowledged save survives
 * {@code kill -9}.
 */
public interface StateStore extends AutoCloseable {
    /** The link of a source record in a flow, if one was saved. */
    Optional<Link> link(String flow, String sourceId);

    /** Saves (inserts or replaces) a link. */
    void saveLink(Link link);

    /** Removes a link, e.g. after the target record was deleted; no-op if absent. */
    void deleteLink(String flow, String sourceId);

    /** A named cursor of a flow ({@code changes}: the change cursor; {@code checkpoint}: run progress). */
    Optional<String> cursor(String flow, String name);

    /** Saves a named cursor. */
    void saveCursor(String flow, String name, String value);

    /**
     * Takes the flow's lock if it is free or its lease expired.
     *
     * @return the lock, or empty when another owner holds a live lease
     */
    Optional<FlowLock> tryLock(String flow, String owner, Duration lease, Instant now);

    /**
     * Extends a held lock's lease.
     *
     * @return the renewed lock, or empty when the lock was lost (taken over after expiry)
     */
    Optional<FlowLock> renew(FlowLock lock, Duration lease, Instant now);

    /** Releases a lock if it is still held by its owner. */
    void unlock(FlowLock lock);

    /** Who holds the named lock now, live or expired, if anyone. */
    Optional<FlowLock> lockHolder(String name);

    /**
     * Removes the named lock whoever holds it: for a lock left by a process that died ({@code kill -9}) when
     * waiting for its lease to expire is not wanted. Only call it when that process is known to be gone.
     *
     * @return true when a lock was removed
     */
    boolean releaseLock(String name);

    /**
     * Records a failure of a record: a new parked record with one attempt, or one more attempt of a parked one.
     *
     * @return the parked record as saved
     */
    ParkedRecord park(String flow, String sourceId, String reason, Instant now);

    /** Removes a record from the parked set (it succeeded); no-op if absent. */
    void unpark(String flow, String sourceId);

    /** The parked records of a flow, oldest first failure first. */
    List<ParkedRecord> parked(String flow);

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
