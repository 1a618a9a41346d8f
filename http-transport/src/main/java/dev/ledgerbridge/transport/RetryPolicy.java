package dev.ledgerbridge.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When and how often a failed request is sent again. Immutable; build with {@link #builder()}.
 *
 * <p>Only requests marked {@linkplain ApiRequest#repeatable() repeatable} are ever retried: reads
 * always are, writes only when the caller marked them so. A retry happens when no response arrived
 * (connection failure, timeout) or when the {@link ResponseClassifier} says the response is worth
 * another attempt. The wait before attempt {@code n+1} is the server's {@code Retry-After} when
 * present (seconds or HTTP-date), otherwise {@code initialBackoff * multiplier^(n-1)} capped at
 * {@code maxBackoff}, reduced by a random jitter of up to {@code jitter} of itself ("equal jitter").
 * A {@code Retry-After} longer than {@code maxRetryAfter} is not waited for: the response is
 * returned to the caller, who sees a rate-limit error with the wait.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final ResponseClassifier classifier;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + b.maxAttempts);
        }
        if (b.multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1.0, was " + b.multiplier);
        }
        if (b.jitter < 0 || b.jitter > 1) {
            throw new IllegalArgumentException("jitter must be within [0, 1], was " + b.jitter);
        }
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = requirePositive(b.initialBackoff, "initialBackoff");
        this.maxBackoff = requirePositive(b.maxBackoff, "maxBackoff");
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.maxRetryAfter = requirePositive(b.maxRetryAfter, "maxRetryAfter");
        this.classifier = Objects.requireNonNull(b.classifier, "classifier");
    }

    private static Duration requirePositive(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, was " + d);
        }
        return d;
    }

    /** Defaults: 4 attempts, 500 ms doubling to 30 s, jitter 0.5, Retry-After up to 2 min. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults of {@link #builder()}. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** A policy that never retries. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** A builder pre-filled with this policy. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .multiplier(multiplier).jitter(jitter).maxRetryAfter(maxRetryAfter).classifier(classifier);
    }

    /** Total attempts including the first. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Backoff before the second attempt. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** Upper bound of a computed backoff. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Growth factor per attempt. */
    public double multiplier() {
        return multiplier;
    }

    /** Fraction of the backoff that is randomised away, 0..1. */
    public double jitter() {
        return jitter;
    }

    /** Longest server-requested wait that is honoured by waiting. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Decides which responses are retryable. */
    public ResponseClassifier classifier() {
        return classifier;
    }

    /**
     * The computed backoff before attempt {@code attempt + 1} (attempt counts from 1), before jitter.
     */
    public Duration backoffBeforeNext(int attempt) {
        double factor = Math.pow(multiplier, Math.max(0, attempt - 1));
        double nanos = initialBackoff.toNanos() * factor;
        return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    }

    /**
     * Decides whether a response deserves another attempt. The default retries 408, 429, 500, 502,
     * 503 and 504. Clients whose API signals throttling in the body (with a 200 or 400 status)
     * plug in their own classifier.
     */
    @FunctionalInterface
    public interface ResponseClassifier {
        /** Whether the response is a transient failure worth another attempt. */
        boolean isRetryable(ApiResponse response);

        /**
         * How long the server asked to wait, if it said so; defaults to parsing {@code Retry-After}
         * by the caller.
         */
        default Optional<Duration> serverRequestedWait(ApiResponse response) {
            return Optional.empty();
        }

        /** Statuses retried by default. */
        Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

        /** The default classifier. */
        static ResponseClassifier byStatus() {
            return r -> DEFAULT_STATUSES.contains(r.status());
        }
    }

    /** Builder for {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private ResponseClassifier classifier = ResponseClassifier.byStatus();

        private Builder() {
        }

        /** Total attempts including the first; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Backoff before the second attempt. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** Cap of the computed backoff. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /** Growth factor per attempt, at least 1. */
        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /** Fraction of each backoff that is randomised away, 0 (none) to 1 (full jitter). */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Longest server-requested wait honoured by waiting. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Which responses are retryable. */
        public Builder classifier(ResponseClassifier classifier) {
            this.classifier = classifier;
            return this;
        }

        /** Builds the policy; throws {@link IllegalArgumentException} naming an invalid setting. */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
