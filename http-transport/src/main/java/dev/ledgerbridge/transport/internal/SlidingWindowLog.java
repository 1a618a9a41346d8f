package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.TimeSource;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * "At most N requests in any window of length W", enforced the way a server with a sliding window counts: the
 * times of the last N reservations are kept in a ring; a new one is granted at the later of now and the time the
 * reservation N places back leaves the window. Reservations are granted in arrival order under a fair lock and are
 * non-decreasing, so the ring's oldest entry is always the one N places back.
 */
final class SlidingWindowLog implements Limiter {
    private final long windowNanos;
    private final long[] granted;
    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock(true);
    private int next;
    private int count;

    SlidingWindowLog(RateLimit limit, TimeSource time) {
        this.windowNanos = limit.period().toNanos();
        this.granted = new long[limit.permits()];
        this.time = time;
    }

    @Override
    public long reserve(Duration maxWait) {
        lock.lock();
        try {
            long now = time.nanoTime();
            long slot = earliest(now);
            if (slot - now > maxWait.toNanos()) {
                return -1;
            }
            granted[next] = slot;
            next = (next + 1) % granted.length;
            count = Math.min(count + 1, granted.length);
            return slot;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Duration currentWait() {
        lock.lock();
        try {
            long now = time.nanoTime();
            return Duration.ofNanos(Math.max(0, earliest(now) - now));
        } finally {
            lock.unlock();
        }
    }

    /** The window is full when N reservations exist; then wait until the oldest has left it. */
    private long earliest(long now) {
        if (count < granted.length) {
            return now;
        }
        return Math.max(now, granted[next] + windowNanos);
    }
}
