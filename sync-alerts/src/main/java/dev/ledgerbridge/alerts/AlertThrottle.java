package dev.ledgerbridge.alerts;

import dev.ledgerbridge.alerts.internal.Safely;
import dev.ledgerbridge.transport.TimeSource;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lets at most one alert per tenant, kind and flow through per {@link Builder#window window} and counts the rest:
 * the next alert of that tenant, kind and flow that passes carries the count in {@link Alert#suppressed()}.
 *
 * <p>A {@link AlertKind#RECOVERED} alert always passes and resets its tenant's flow: the held-back counts of every
 * kind of that flow go into it, and the next failure alerts at once. A flow that flaps between failing and
 * recovering therefore alerts on every change; a flow that keeps failing alerts once per window.
 *
 * <p>Memory is bounded: it tracks at most {@link Builder#maxTracked maxTracked} (tenant, kind, flow) keys and forgets
 * the least recently used one beyond that (its next alert then passes at once, without its held-back count). Held
 * back counts are only reported with a later alert of the same key, never by a timer. Thread-safe; the decision is
 * taken under a lock, delivery happens outside it. Throttle across tenants by sharing one throttle between the
 * tenants' {@link EngineAlerts}.
 */
public final class AlertThrottle implements AlertSink {
    private final AlertSink sink;
    private final long windowNanos;
    private final Duration window;
    private final int maxTracked;
    private final TimeSource timeSource;
    private final Map<Key, Entry> entries;

    private AlertThrottle(Builder b) {
        this.sink = b.sink;
        this.window = b.window;
        this.windowNanos = b.window.toNanos();
        this.maxTracked = b.maxTracked;
        this.timeSource = b.timeSource;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** A builder; {@link Builder#sink} is required. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Passes the alert on to the sink, or counts it when an alert of the same tenant, kind and flow passed less than
     * a window ago.
     */
    @Override
    public void send(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        Alert passing = decide(alert);
        if (passing != null) {
            Safely.send(sink, passing);
        }
    }

    /** How many (tenant, kind, flow) keys are tracked now; at most {@link Builder#maxTracked}. */
    public synchronized int tracked() {
        return entries.size();
    }

    private synchronized Alert decide(Alert alert) {
        long now = timeSource.nanoTime();
        if (alert.kind() == AlertKind.RECOVERED) {
            return withSuppressed(alert, forgetFlow(alert.tenantId(), alert.flow()));
        }
        Key key = new Key(alert.tenantId(), alert.kind(), alert.flow());
        Entry entry = entries.get(key);
        if (entry != null && now - entry.sentAtNanos < windowNanos) {
            entry.suppressed = entry.suppressed == Integer.MAX_VALUE ? entry.suppressed : entry.suppressed + 1;
            return null;
        }
        entries.put(key, new Entry(now));
        return withSuppressed(alert, entry == null ? 0 : entry.suppressed);
    }

    /** Removes every kind's entry of a tenant's flow and returns their held-back alerts. */
    private int forgetFlow(String tenantId, String flow) {
        long held = 0;
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Entry> e = it.next();
            if (Objects.equals(e.getKey().tenantId, tenantId) && e.getKey().flow.equals(flow)) {
                held += e.getValue().suppressed;
                it.remove();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, held);
    }

    private static Alert withSuppressed(Alert alert, int held) {
        if (held == 0) {
            return alert;
        }
        long total = (long) alert.suppressed() + held;
        return alert.toBuilder().suppressed((int) Math.min(Integer.MAX_VALUE, total)).build();
    }

    @Override
    public String toString() {
        return "AlertThrottle[window " + window + ", maxTracked " + maxTracked + ", to " + sink + "]";
    }

    private record Key(String tenantId, AlertKind kind, String flow) {
    }

    private static final class Entry {
        private final long sentAtNanos;
        private int suppressed;

        private Entry(long sentAtNanos) {
            this.sentAtNanos = sentAtNanos;
        }
    }

    /** Builds an {@link AlertThrottle}. Not thread-safe. */
    public static final class Builder {
        private AlertSink sink;
        private Duration window = Duration.ofHours(1);
        private int maxTracked = 10_000;
        private TimeSource timeSource = TimeSource.system();

        private Builder() {
        }

        /** Where the alerts that pass go (required). */
        public Builder sink(AlertSink value) {
            this.sink = Objects.requireNonNull(value, "sink");
            return this;
        }

        /**
         * At most one alert per tenant, kind and flow within this time; default 1 hour.
         *
         * @throws IllegalArgumentException when not between 1 second and 30 days
         */
        public Builder window(Duration value) {
            Objects.requireNonNull(value, "window");
            if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofDays(30)) > 0) {
                throw new IllegalArgumentException("window must be between PT1S and P30D, was " + value);
            }
            this.window = value;
            return this;
        }

        /**
         * How many (tenant, kind, flow) keys are remembered at most; default 10,000 (a few MB at most).
         *
         * @throws IllegalArgumentException when not between 1 and 1,000,000
         */
        public Builder maxTracked(int value) {
            if (value < 1 || value > 1_000_000) {
                throw new IllegalArgumentException("maxTracked must be between 1 and 1000000, was " + value);
            }
            this.maxTracked = value;
            return this;
        }

        /** The clock that measures the window; default {@link TimeSource#system()}. */
        public Builder timeSource(TimeSource value) {
            this.timeSource = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        /**
         * The throttle.
         *
         * @throws IllegalStateException when {@link #sink} was not set
         */
        public AlertThrottle build() {
            if (sink == null) {
                throw new IllegalStateException("sink(...) is required");
            }
            return new AlertThrottle(this);
        }
    }
}
