package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.TimeSource;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A token bucket that hands out reservations, in the manner of Guava's RateLimiter: a caller
 * reserves the next free slot under a fair lock and then waits outside the lock until its slot
 * arrives. Callers are therefore served in arrival order (fair), no thread holds the lock while
 * sleeping, and the steady rate is exact whatever the number of threads.
 *
 * <p>State is the time the next permit becomes free ({@code nextFreeNanos}); up to {@code burst}
 * permits may be taken ahead of it when the bucket has been idle.
 */
final class TokenBucket implements Limiter {
    private final long intervalNanos;
    private final long burstNanos;
    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock(true);
    private long nextFreeNanos;

    TokenBucket(RateLimit limit, TimeSource time) {
        this.intervalNanos = Math.max(1, limit.interval().toNanos());
        this.burstNanos = intervalNanos * (limit.burst() - 1);
        this.time = time;
        this.nextFreeNanos = time.nanoTime() - burstNanos;
    }

    @Override
    public long reserve(Duration maxWait) {
        lock.lock();
        try {
            long now = time.nanoTime();
            // an idle bucket stores at most `burst` permits
            long slot = Math.max(nextFreeNanos, now - burstNanos);
            long usableAt = Math.max(slot, now);
            if (usableAt - now > maxWait.toNanos()) {
                return -1;
            }
            nextFreeNanos = slot + intervalNanos;
            return usableAt;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Duration currentWait() {
        lock.lock();
        try {
            long now = time.nanoTime();
            return Duration.ofNanos(Math.max(0, Math.max(nextFreeNanos, now - burstNanos) - now));
        } finally {
            lock.unlock();
        }
    }
}
