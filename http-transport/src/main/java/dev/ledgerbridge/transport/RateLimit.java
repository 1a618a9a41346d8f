package dev.ledgerbridge.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket a request draws one permit from: {@code permits} per {@code period}, holding at
 * most {@code burst} unused permits. The {@code key} names the bucket; requests with the same key
 * share it (for example one bucket per API key), so keys must be stable and must not contain
 * secrets (hash them). Immutable.
 *
 * <p>Two requests naming the same key must describe the same limit; the first one seen creates the
 * bucket.
 *
 * <p>{@link #slidingWindow(String, int, Duration)} describes the other common server rule, "at most N requests in
 * any window of length W": it lets N requests through at once and then each further one as soon as the request N
 * places before it has left the window. A token bucket cannot express that rule exactly (a burst of N plus N
 * refills per window would put 2N into the first window).
 */
public final class RateLimit {
    private final String key;
    private final int permits;
    private final Duration period;
    private final int burst;
    private final boolean slidingWindow;

    private RateLimit(String key, int permits, Duration period, int burst) {
        this(key, permits, period, burst, false);
    }

    private RateLimit(String key, int permits, Duration period, int burst, boolean slidingWindow) {
        this.key = Objects.requireNonNull(key, "key");
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
        this.permits = permits;
        this.period = period;
        this.burst = burst;
        this.slidingWindow = slidingWindow;
    }

    /**
     * A bucket refilling {@code permits} per {@code period}, with burst equal to {@code permits}.
     *
     * @param key     bucket name, free of secrets
     * @param permits permits per period, at least 1
     * @param period  refill period, positive
     */
    public static RateLimit of(String key, int permits, Duration period) {
        return new RateLimit(key, permits, period, permits);
    }

    /**
     * At most {@code permits} requests in any window of length {@code window}, as a server counting requests in a
     * sliding window enforces it.
     *
     * @param key     bucket name, free of secrets
     * @param permits requests per window, at least 1
     * @param window  window length, positive
     */
    public static RateLimit slidingWindow(String key, int permits, Duration window) {
        return new RateLimit(key, permits, window, permits, true);
    }

    /** Whether this is a sliding-window limit rather than a token bucket. */
    public boolean isSlidingWindow() {
        return slidingWindow;
    }

    /** The same rate as a token bucket with this burst (1 means evenly spaced calls). */
    public RateLimit withBurst(int burst) {
        return new RateLimit(key, permits, period, burst, false);
    }

    /** Same limit under another key. */
    public RateLimit withKey(String key) {
        return new RateLimit(key, permits, period, burst, slidingWindow);
    }

    /** Bucket name. */
    public String key() {
        return key;
    }

    /** Permits added per period. */
    public int permits() {
        return permits;
    }

    /** Refill period. */
    public Duration period() {
        return period;
    }

    /** Maximum number of stored permits. */
    public int burst() {
        return burst;
    }

    /** Time between two permits at the steady rate. */
    public Duration interval() {
        return period.dividedBy(permits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateLimit r && r.key.equals(key) && r.permits == permits && r.period.equals(period)
                && r.burst == burst && r.slidingWindow == slidingWindow;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, permits, period, burst, slidingWindow);
    }

    @Override
    public String toString() {
        return "RateLimit{" + key + ": " + permits + "/" + period
                + (slidingWindow ? ", sliding window" : ", burst " + burst) + "}";
    }
}
