package dev.ledgerbridge.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Decides, per request, whether an emulator adds latency or answers with a {@link Fault}.
 *
 * <p>Endpoint patterns are the endpoint keys of {@link RequestStats} (e.g. {@code "POST /settings/add/debtor"}, or
 * for AccountView {@code "POST /accountviewdata SO1"}), its path keys ({@code "GET /accountviewdata"} matches every
 * business object) or {@code "*"} for every endpoint. Random choices come from
 * one {@link Random} seeded with {@link #seed(long)}: the same seed and the same request sequence give the same
 * faults. Thread-safe; with concurrent clients the order of requests, and so the assignment, is up to the scheduler.
 */
public final class FaultInjector {
    /** Default hold-back for {@link Fault#TIMEOUT}: longer than any sensible client timeout. */
    public static final Duration DEFAULT_TIMEOUT_DELAY = Duration.ofSeconds(30);

    private final List<Rule> rules = new ArrayList<>();
    private Random random;
    private long seed;
    private Duration minLatency = Duration.ZERO;
    private Duration maxLatency = Duration.ZERO;
    private Duration timeoutDelay = DEFAULT_TIMEOUT_DELAY;

    /**
     * Creates an injector without faults.
     *
     * @param seed seed of the random source
     */
    public FaultInjector(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Re-seeds the random source; the following decisions repeat for the same request sequence.
     *
     * @param newSeed the seed
     * @return this injector
     */
    public synchronized FaultInjector seed(long newSeed) {
        this.seed = newSeed;
        this.random = new Random(newSeed);
        return this;
    }

    /**
     * Adds the same latency to every request.
     *
     * @param latency non-negative delay
     * @return this injector
     */
    public FaultInjector latency(Duration latency) {
        return latency(latency, latency);
    }

    /**
     * Adds a uniformly distributed random latency between {@code min} and {@code max} (inclusive) to every request.
     *
     * @param min non-negative lower bound
     * @param max upper bound, not below {@code min}
     * @return this injector
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    public synchronized FaultInjector latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency bounds must satisfy 0 <= min <= max, got " + min + ", " + max);
        }
        this.minLatency = min;
        this.maxLatency = max;
        return this;
    }

    /**
     * Sets how long a {@link Fault#TIMEOUT} holds the answer back (default {@link #DEFAULT_TIMEOUT_DELAY}).
     * After the delay the request is answered normally.
     *
     * @param delay positive duration
     * @return this injector
     */
    public synchronized FaultInjector timeoutDelay(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("timeoutDelay must be positive, got " + delay);
        }
        this.timeoutDelay = delay;
        return this;
    }

    /**
     * Returns the hold-back used for {@link Fault#TIMEOUT}.
     *
     * @return the delay
     */
    public synchronized Duration timeoutDelay() {
        return timeoutDelay;
    }

    /**
     * Answers a fraction of the requests to an endpoint with a fault.
     *
     * @param endpoint endpoint key or {@code "*"}
     * @param fault the fault
     * @param rate probability in [0, 1]
     * @return this injector
     * @throws IllegalArgumentException if {@code rate} is outside [0, 1]
     */
    public synchronized FaultInjector failRate(String endpoint, Fault fault, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be within [0, 1], got " + rate);
        }
        rules.add(new Rule(Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(fault, "fault"),
                rate, -1));
        return this;
    }

    /**
     * Answers the next {@code times} requests to an endpoint with a fault, then behaves normally again.
     *
     * @param endpoint endpoint key or {@code "*"}
     * @param fault the fault
     * @param times positive number of requests
     * @return this injector
     */
    public synchronized FaultInjector failNext(String endpoint, Fault fault, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive, got " + times);
        }
        rules.add(new Rule(Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(fault, "fault"),
                1.0, times));
        return this;
    }

    /**
     * Removes all fault rules and latency and re-seeds the random source with the current seed.
     *
     * @return this injector
     */
    public synchronized FaultInjector clear() {
        rules.clear();
        minLatency = Duration.ZERO;
        maxLatency = Duration.ZERO;
        timeoutDelay = DEFAULT_TIMEOUT_DELAY;
        random = new Random(seed);
        return this;
    }

    /**
     * Decides the treatment of one request. Called by the emulators.
     *
     * @param endpointKeys the keys of the request, most general first
     * @return the decision, never null
     */
    public synchronized Decision decide(String... endpointKeys) {
        long latencyMillis = minLatency.toMillis();
        long spread = maxLatency.toMillis() - latencyMillis;
        if (spread > 0) {
            latencyMillis += (long) (random.nextDouble() * (spread + 1));
        }
        Fault fault = null;
        for (Rule rule : rules) {
            if (rule.remaining == 0 || !rule.matches(endpointKeys)) {
                continue;
            }
            if (rule.remaining > 0) {
                rule.remaining--;
                fault = rule.fault;
                break;
            }
            if (random.nextDouble() < rule.rate) {
                fault = rule.fault;
                break;
            }
        }
        return new Decision(fault, latencyMillis, fault == Fault.TIMEOUT ? timeoutDelay.toMillis() : 0);
    }

    /** Describes the configuration, for logs. */
    @Override
    public synchronized String toString() {
        return "FaultInjector[seed=" + seed + ", latency=" + minLatency + ".." + maxLatency + ", rules=" + rules + "]";
    }

    /**
     * The treatment of one request.
     *
     * @param fault the fault to apply, or null to answer normally
     * @param latencyMillis delay before handling
     * @param holdMillis additional delay for {@link Fault#TIMEOUT}
     */
    public record Decision(Fault fault, long latencyMillis, long holdMillis) {
    }

    private static final class Rule {
        final String endpoint;
        final Fault fault;
        final double rate;
        int remaining;

        Rule(String endpoint, Fault fault, double rate, int remaining) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.rate = rate;
            this.remaining = remaining;
        }

        boolean matches(String[] keys) {
            if (endpoint.equals("*")) {
                return true;
            }
            for (String key : keys) {
                if (endpoint.equalsIgnoreCase(key)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return endpoint + "->" + fault + (remaining >= 0 ? " x" + remaining : " @" + rate);
        }
    }
}
