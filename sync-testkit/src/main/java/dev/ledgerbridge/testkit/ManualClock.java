package dev.ledgerbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to, so tests can cross rate-limit windows, the 5 s batch rule
 * and token lifetimes without sleeping. Thread-safe.
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * Creates a clock standing at {@code start} in UTC.
     *
     * @param start the initial instant, not null
     */
    public ManualClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward.
     *
     * @param amount a non-negative duration
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        now.updateAndGet(t -> t.plus(amount));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new time, not null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** {@inheritDoc} */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** {@inheritDoc} Shares the instant with this clock. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(now, newZone);
    }

    /** {@inheritDoc} */
    @Override
    public Instant instant() {
        return now.get();
    }
}
