package dev.ledgerbridge.testkit.internal;

import java.time.Clock;
import java.util.ArrayDeque;

/** Allows at most {@code limit} events per window, counted over the last window length (sliding). */
public final class SlidingWindowLimiter {
    private final int limit;
    private final long windowMillis;
    private final ArrayDeque<Long> events = new ArrayDeque<>();

    /**
     * Creates a limiter.
     *
     * @param limit events per window; 0 or less disables the limit
     * @param windowMillis window length
     */
    public SlidingWindowLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /**
     * Records an event if the limit allows it.
     *
     * @param clock time source
     * @return true if allowed (and recorded), false if over the limit
     */
    public synchronized boolean tryAcquire(Clock clock) {
        if (limit <= 0) {
            return true;
        }
        long now = clock.millis();
        while (!events.isEmpty() && events.peekFirst() <= now - windowMillis) {
            events.pollFirst();
        }
        if (events.size() >= limit) {
            return false;
        }
        events.addLast(now);
        return true;
    }
}
