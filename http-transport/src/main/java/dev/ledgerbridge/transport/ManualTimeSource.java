package dev.ledgerbridge.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TimeSource} for tests: time stands still until advanced, and {@link #sleep} advances it
 * instead of waiting. Every sleep is recorded, so tests can assert backoff sequences. Thread-safe.
 *
 * <p>Concurrent waiters are modelled with {@link #sleepUntil}: waiting until a deadline moves the clock
 * to {@code max(now, deadline)}, so two threads that both wait until {@code t + 1s} end at
 * {@code t + 1s}, not {@code t + 2s}.
 */
public final class ManualTimeSource implements TimeSource {
    private long nanos;
    private final Instant epoch;
    private final List<Duration> sleeps = new ArrayList<>();

    /** Starts at the given wall-clock instant. */
    public ManualTimeSource(Instant start) {
        this.epoch = start;
    }

    /** Starts at 2026-01-01T00:00:00Z. */
    public ManualTimeSource() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public synchronized Instant now() {
        return epoch.plusNanos(nanos);
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            sleeps.add(duration);
            if (!duration.isNegative()) {
                nanos += duration.toNanos();
            }
        }
    }

    @Override
    public void sleepUntil(long deadlineNanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            if (deadlineNanos > nanos) {
                sleeps.add(Duration.ofNanos(deadlineNanos - nanos));
                nanos = deadlineNanos;
            }
        }
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    /** All sleeps requested so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Total time slept. */
    public synchronized Duration totalSlept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
