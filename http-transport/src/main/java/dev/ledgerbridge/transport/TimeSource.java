package dev.ledgerbridge.transport;

import java.time.Duration;
import java.time.Instant;

/**
 * Wall clock, monotonic ticker and sleeper in one, injected wherever the SDK waits or measures, so
 * that tests can use {@link ManualTimeSource} and never sleep for real.
 */
public interface TimeSource {
    /** Current wall-clock time (for HTTP dates and token expiry). */
    Instant now();

    /** Monotonic nanoseconds with an arbitrary origin (for intervals). */
    long nanoTime();

    /**
     * Waits for the given duration.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits until {@link #nanoTime()} reaches the deadline; returns at once if it already has.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    default void sleepUntil(long deadlineNanos) throws InterruptedException {
        long wait = deadlineNanos - nanoTime();
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
    }

    /** The real system clock and {@link Thread#sleep}. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}

/** The real clock. */
final class SystemTimeSource implements TimeSource {
    static final SystemTimeSource INSTANCE = new SystemTimeSource();

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    }
}
