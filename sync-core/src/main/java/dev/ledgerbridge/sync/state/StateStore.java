package dev.ledgerbridge.sync.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the engine remembers between runs: links with content hashes, named cursors (change cursors and
 * checkpoints) and flow locks. Holds ids, hashes and cursors only, never record contents. Implementations are
 * thread-safe and make every save durable before returning.
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

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
