package dev.ledgerbridge.sync.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An {@link ActivityLog} in memory. Thread-safe. */
public final class InMemoryActivityLog implements ActivityLog {
    private final List<ActivityEvent> events = new ArrayList<>();

    /** An empty log. */
    public InMemoryActivityLog() {
    }

    @Override
    public synchronized void append(ActivityEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<ActivityEvent> events(String flow) {
        return events.stream().filter(e -> e.flow().equals(flow)).toList();
    }

    @Override
    public synchronized int purgeOlderThan(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.at().isBefore(cutoff));
        return before - events.size();
    }
}
