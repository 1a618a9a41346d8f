package dev.ledgerbridge.transport;

import dev.ledgerbridge.transport.internal.JdkHttpTransport;
import dev.ledgerbridge.transport.internal.LoggingTransport;
import dev.ledgerbridge.transport.internal.ObservedTransport;
import dev.ledgerbridge.transport.internal.RateLimitingTransport;
import dev.ledgerbridge.transport.internal.RetryingTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Assembles the decorated transport both clients use:
 * {@code retry -> rate limit -> observer -> logging -> base (JDK HttpClient)}. Each retry attempt therefore
 * takes its own rate-limit permit, gets its own log line and is reported to the request's {@link ClientObserver}
 * on its own. Build once and share: the transport is
 * thread-safe, and the rate-limit buckets live inside it, so clients derived for several tenants
 * share one transport while drawing from their own buckets.
 */
public final class Transports {
    private Transports() {
    }

    /** Starts a transport builder with defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The built-in base transport alone: one JDK {@code HttpClient} (HTTP/1.1, no redirects), the whole exchange
     * under the request timeout, bodies limited to {@code maxResponseBytes}; no retry, rate limit, observer or
     * logging. Give it to many {@link Builder#base(HttpTransport)}s so that their decorated transports, each with
     * its own rate-limit buckets, share one client's connections and threads (a JDK client per transport costs a
     * few threads each: hundreds of tenants on one worker add up).
     *
     * @param timeouts         connect timeout and default whole-exchange deadline
     * @param maxResponseBytes largest body read
     * @return the base transport, thread-safe
     * @throws IllegalArgumentException when {@code maxResponseBytes} is not positive
     */
    public static HttpTransport jdk(Timeouts timeouts, long maxResponseBytes) {
        return new JdkHttpTransport(Objects.requireNonNull(timeouts, "timeouts"), positive(maxResponseBytes));
    }

    private static long positive(long maxResponseBytes) {
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
        return maxResponseBytes;
    }

    /** Default response size limit: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    /** Builder for the decorated transport. */
    public static final class Builder {
        private HttpTransport base;
        private Timeouts timeouts = Timeouts.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private LoggingPolicy loggingPolicy = LoggingPolicy.defaults();
        private TimeSource timeSource = TimeSource.system();
        private Duration rateLimitTimeout = Duration.ofMinutes(5);
        private boolean rateLimiting = true;
        private DoubleSupplier random = new Random()::nextDouble;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {
        }

        /** A custom innermost transport instead of the JDK HttpClient (timeouts then apply only if it honours them). */
        public Builder base(HttpTransport base) {
            this.base = base;
            return this;
        }

        /**
         * Connect timeout and default request timeout; the request timeout is a deadline for the whole exchange,
         * reading the body included.
         */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** Retry policy; {@link RetryPolicy#none()} disables retries. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Logging and redaction. */
        public Builder loggingPolicy(LoggingPolicy loggingPolicy) {
            this.loggingPolicy = Objects.requireNonNull(loggingPolicy, "loggingPolicy");
            return this;
        }

        /** Clock and sleeper; inject {@link ManualTimeSource} in tests. */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /** Longest time a call blocks waiting for a rate-limit permit before failing. */
        public Builder rateLimitTimeout(Duration rateLimitTimeout) {
            this.rateLimitTimeout = Objects.requireNonNull(rateLimitTimeout, "rateLimitTimeout");
            return this;
        }

        /** Turns client-side rate limiting on (default) or off. */
        public Builder rateLimiting(boolean enabled) {
            this.rateLimiting = enabled;
            return this;
        }

        /**
         * Largest response body the built-in base transport reads, in bytes; a longer body (even an endless one)
         * fails with {@link dev.ledgerbridge.transport.error.ResponseTooLargeException} as soon as the limit is
         * passed. Default {@value Transports#DEFAULT_MAX_RESPONSE_BYTES} (16 MiB). Ignored with a custom {@link #base}.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = positive(maxResponseBytes);
            return this;
        }

        /** Source of jitter in [0, 1); inject a fixed one for deterministic tests. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Builds the decorated, thread-safe transport. */
        public HttpTransport build() {
            HttpTransport t = base != null ? base : jdk(timeouts, maxResponseBytes);
            t = new ObservedTransport(new LoggingTransport(t, loggingPolicy, timeSource));
            if (rateLimiting) {
                t = new RateLimitingTransport(t, timeSource, rateLimitTimeout);
            }
            if (retryPolicy.maxAttempts() > 1) {
                t = new RetryingTransport(t, retryPolicy, timeSource, random);
            }
            return t;
        }
    }
}
