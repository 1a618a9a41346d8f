package dev.ledgerbridge.transport.internal;

import java.time.Duration;

/** A rate limiter that hands out reservations: the caller reserves under a lock, then waits outside it. */
interface Limiter {
    /**
     * Reserves one permit and returns the monotonic time at which it may be used, or -1 if that would be later
     * than {@code now + maxWait} (nothing is reserved then).
     */
    long reserve(Duration maxWait);

    /** Earliest wait a new caller would face now. */
    Duration currentWait();
}
