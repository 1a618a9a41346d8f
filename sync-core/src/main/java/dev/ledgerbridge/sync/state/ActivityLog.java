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
     * The events of a flow's most recent run (the run of its newest event), oldest first; empty when the flow has
     * none. For "last run" views without reading the whole retained history. The default filters
     * {@link #events(String)}; {@link JdbcActivityLog} reads only that run's rows.
     *
     * @param flow the flow's name
     * @return the events of its latest run
     */
    default List<ActivityEvent> latestRun(String flow) {
        List<ActivityEvent> all = events(flow);
        if (all.isEmpty()) {
            return List.of();
        }
        String runId = all.get(all.size() - 1).runId();
        return all.stream().filter(e -> e.runId().equals(runId)).toList();
    }

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
