package dev.ledgerbridge.sync.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * An {@link ActivityLog} in memory, for tests, demos and short-lived processes: it keeps the newest
 * {@link #capacity()} events (default {@link #DEFAULT_CAPACITY}) and drops the oldest beyond that, counting them in
 * {@link #dropped()}, so a long run cannot fill the heap. A process that must keep every event uses the
 * {@link JdbcActivityLog} (the engine's default whenever its state store is a {@link JdbcStateStore}).
 * Thread-safe.
 */
public final class InMemoryActivityLog implements ActivityLog {
    /** How many events a log made with {@link #InMemoryActivityLog()} keeps. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Deque<ActivityEvent> events = new ArrayDeque<>();
    private long dropped;

    /** An empty log keeping the newest {@link #DEFAULT_CAPACITY} events. */
    public InMemoryActivityLog() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * An empty log keeping the newest {@code capacity} events.
     *
     * @throws IllegalArgumentException when {@code capacity} is below 1
     */
    public InMemoryActivityLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** How many events this log keeps at most. */
    public int capacity() {
        return capacity;
    }

    /** How many events were dropped (oldest first) because the log was full; purged events are not counted. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Appends an event, dropping the oldest one when the log is full. */
    @Override
    public synchronized void append(ActivityEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
            dropped++;
        }
        events.addLast(event);
    }

    /** The kept events of a flow, oldest first (older ones may have been dropped: see {@link #dropped()}). */
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
