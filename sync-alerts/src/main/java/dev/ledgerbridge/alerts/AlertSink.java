package dev.ledgerbridge.alerts;

import dev.ledgerbridge.alerts.internal.Safely;
import java.util.List;
import java.util.Objects;

/**
 * Where alerts go: a webhook ({@link WebhookNotifier}), e-mail ({@code SmtpNotifier} in {@code sync-alerts-mail}), a
 * throttle in front of one ({@link AlertThrottle}), or your own code.
 *
 * <p>An implementation should bound the time it takes (it runs on the sync's thread) and should not throw: a failed
 * delivery is logged, without secrets. {@link EngineAlerts} catches and logs what a sink throws anyway, so a broken
 * sink never stops a sync. Implementations must be thread-safe: with {@code Settings.concurrency()} above 1 alerts
 * arrive from several threads.
 */
@FunctionalInterface
public interface AlertSink {
    /** Delivers one alert. */
    void send(Alert alert);

    /**
     * A sink that hands every alert to each of {@code sinks} in order; one that throws is logged and does not keep
     * the alert from the others.
     */
    static AlertSink all(List<AlertSink> sinks) {
        List<AlertSink> targets = List.copyOf(sinks);
        return alert -> targets.forEach(sink -> Safely.send(sink, alert));
    }

    /** {@link #all(List)} of the given sinks. */
    static AlertSink all(AlertSink... sinks) {
        Objects.requireNonNull(sinks, "sinks");
        return all(List.of(sinks));
    }
}
