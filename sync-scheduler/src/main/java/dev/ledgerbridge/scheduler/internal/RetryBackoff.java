package dev.ledgerbridge.scheduler.internal;

import java.time.Duration;

/**
 * When a failed tenant run is tried again: {@code first} after the first failure, doubling with every further
 * failure in a row, never more than {@code max}. A tenant whose credentials were revoked is thus tried a few
 * times quickly and then at most every {@code max}, instead of every interval forever.
 *
 * @param first delay after the first failure
 * @param max   longest delay
 */
public record RetryBackoff(Duration first, Duration max) {
    /**
     * The delay after a failure.
     *
     * @param failuresBefore failures in a row before this one (0 for the first)
     */
    public Duration delayAfter(int failuresBefore) {
        int doublings = Math.min(Math.max(failuresBefore, 0), 30);
        Duration delay = first;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
