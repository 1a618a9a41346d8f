package dev.ledgerbridge.sync.state;

import java.time.Instant;
import java.util.List;

/** A structured log of what every run did, purged by a retention setting. Thread-safe. */
public interface ActivityLog extends AutoCloseable {
    /** Appends an event. */
    void append(ActivityEvent event);

    /** The events of a flow, oldest first. */
    List<ActivityEvent> events(String flow);

    /**
     * Deletes events older than the cutoff.
     *
     * @return how many were deleted
     */
    int purgeOlderThan(Instant cutoff);

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }
}
