package dev.ledgerbridge.buchhaltungsbutler;

import java.time.Duration;
import java.util.Objects;

/**
 * Client-side rate limits applied per {@code api_key} (the bucket key is a hash of the key, never
 * the key itself). Defaults follow the published limits: 100 requests per minute for every
 * endpoint, additionally 10 per minute for {@code /receipts/upload}, and at least 5 seconds between
 * two calls of the batch endpoints (all batch endpoints of one api_key share that bucket, the
 * conservative reading of the spec). Immutable; build with {@link #builder()}.
 *
 * <p>Why a sliding window and not a token bucket: the server counts requests in a sliding window of 60 seconds. A
 * token bucket holding a burst of N and refilling N per minute lets 2N requests through in the first minute, and the
 * server throttles (HTTP 403, code 15) the second half. The client therefore allows N requests in any window of
 * {@code 60 s + margin}: the first N pass at once, each further one as soon as the one N places back has left the
 * window, and network jitter of up to {@link #jitterMargin()} cannot push N + 1 into one server window.
 */
public final class RateLimitSettings {
    private final boolean enabled;
    private final int requestsPerMinute;
    private final int uploadsPerMinute;
    private final Duration batchInterval;
    private final Duration jitterMargin;

    private RateLimitSettings(Builder b) {
        if (b.requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + b.requestsPerMinute);
        }
        if (b.uploadsPerMinute < 1) {
            throw new IllegalArgumentException("uploadsPerMinute must be at least 1, was " + b.uploadsPerMinute);
        }
        Objects.requireNonNull(b.batchInterval, "batchInterval");
        if (b.batchInterval.isNegative() || b.batchInterval.isZero()) {
            throw new IllegalArgumentException("batchInterval must be positive, was " + b.batchInterval);
        }
        this.enabled = b.enabled;
        this.requestsPerMinute = b.requestsPerMinute;
        this.uploadsPerMinute = b.uploadsPerMinute;
        this.batchInterval = b.batchInterval;
        this.jitterMargin = Objects.requireNonNull(b.jitterMargin, "jitterMargin");
        if (b.jitterMargin.isNegative()) {
            throw new IllegalArgumentException("jitterMargin must not be negative, was " + b.jitterMargin);
        }
    }

    /** A builder with the published limits as defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The published limits: 100/min, uploads 10/min, batch calls 5 s apart. */
    public static RateLimitSettings defaults() {
        return builder().build();
    }

    /** No client-side limits (the server still enforces its own). */
    public static RateLimitSettings disabled() {
        return builder().enabled(false).build();
    }

    /** Whether requests draw from rate-limit buckets at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Requests per minute per api_key, all endpoints together. */
    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** Uploads per minute per api_key ({@code /receipts/upload}). */
    public int uploadsPerMinute() {
        return uploadsPerMinute;
    }

    /** Minimum gap between two batch calls per api_key. */
    public Duration batchInterval() {
        return batchInterval;
    }

    /** Extra time added to each 60-second window so that network jitter cannot push N+1 requests into one. */
    public Duration jitterMargin() {
        return jitterMargin;
    }

    /** The client's window: one minute plus {@link #jitterMargin()}. */
    public Duration window() {
        return Duration.ofMinutes(1).plus(jitterMargin);
    }

    @Override
    public String toString() {
        return "RateLimitSettings{enabled=" + enabled + ", " + requestsPerMinute + "/min, uploads "
                + uploadsPerMinute + "/min, batch every " + batchInterval + "}";
    }

    /** Builder for {@link RateLimitSettings}. */
    public static final class Builder {
        private boolean enabled = true;
        private int requestsPerMinute = 100;
        private int uploadsPerMinute = 10;
        private Duration batchInterval = Duration.ofSeconds(5);
        private Duration jitterMargin = Duration.ofSeconds(1);

        private Builder() {
        }

        /** Turns client-side limiting on (default) or off. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Requests per minute per api_key; default 100. */
        public Builder requestsPerMinute(int requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
            return this;
        }

        /** Uploads per minute per api_key; default 10. */
        public Builder uploadsPerMinute(int uploadsPerMinute) {
            this.uploadsPerMinute = uploadsPerMinute;
            return this;
        }

        /** Minimum gap between batch calls; default 5 s. */
        public Builder batchInterval(Duration batchInterval) {
            this.batchInterval = batchInterval;
            return this;
        }

        /** Extra time per 60-second window against network jitter; default 1 s. */
        public Builder jitterMargin(Duration jitterMargin) {
            this.jitterMargin = jitterMargin;
            return this;
        }

        /** Builds the settings; throws {@link IllegalArgumentException} naming an invalid value. */
        public RateLimitSettings build() {
            return new RateLimitSettings(this);
        }
    }
}
