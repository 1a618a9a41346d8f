package dev.ledgerbridge.spring.boot.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The result of an expensive check (an API call), computed at most once per {@code maxAge}: health probes come
 * every few seconds, the systems' rate limits are per minute. While one caller refreshes, the others get the last
 * result instead of waiting or calling too. Thread-safe.
 *
 * @param <T> the result
 */
public final class CachedCheck<T> {
    private final Supplier<T> check;
    private final Duration maxAge;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Stamped<T> last;

    /**
     * @param check  the check; bounded in time by the caller (the clients' timeouts)
     * @param maxAge how long a result is reused
     * @param clock  the clock
     */
    public CachedCheck(Supplier<T> check, Duration maxAge, Clock clock) {
        this.check = Objects.requireNonNull(check, "check");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The result and when it was computed: fresh, or the last one while another caller refreshes it. */
    public Stamped<T> get() {
        Stamped<T> current = last;
        if (current != null && !isStale(current)) {
            return current;
        }
        if (current != null && !refreshing.tryLock()) {
            return current;
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            Stamped<T> again = last;
            if (again != null && again != current) {
                return again;
            }
            Stamped<T> fresh = new Stamped<>(check.get(), clock.instant());
            last = fresh;
            return fresh;
        } finally {
            refreshing.unlock();
        }
    }

    private boolean isStale(Stamped<T> value) {
        return !value.at().plus(maxAge).isAfter(clock.instant());
    }

    /**
     * A result with the time it was computed.
     *
     * @param value the result
     * @param at    when
     * @param <T>   the result
     */
    public record Stamped<T>(T value, Instant at) {
    }
}
