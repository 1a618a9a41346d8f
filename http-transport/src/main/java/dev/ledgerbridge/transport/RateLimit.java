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
 */
public final class RateLimit {
    private final String key;
    private final int permits;
    private final Duration period;
    private final int burst;

    private RateLimit(String key, int permits, Duration period, int burst) {
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

    /** Same limit, different burst (1 means evenly spaced calls). */
    public RateLimit withBurst(int burst) {
        return new RateLimit(key, permits, period, burst);
    }

    /** Same limit under another key. */
    public RateLimit withKey(String key) {
        return new RateLimit(key, permits, period, burst);
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
                && r.burst == burst;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, permits, period, burst);
    }

    @Override
    public String toString() {
        return "RateLimit{" + key + ": " + permits + "/" + period + ", burst " + burst + "}";
    }
}
