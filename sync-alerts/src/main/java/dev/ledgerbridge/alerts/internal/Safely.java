package dev.ledgerbridge.alerts.internal;

import dev.ledgerbridge.alerts.Alert;
import dev.ledgerbridge.alerts.AlertSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands an alert to a sink so that a sink that throws never reaches the sync. */
public final class Safely {
    private static final Logger LOG = LoggerFactory.getLogger(Safely.class);

    private Safely() {
    }

    /** Sends; logs what the sink throws (its type only: a message could carry a secret) and returns normally. */
    public static void send(AlertSink sink, Alert alert) {
        try {
            sink.send(alert);
        } catch (RuntimeException e) {
            LOG.warn("Alert sink {} threw {} for a {} alert of flow {}", sink.getClass().getName(),
                    e.getClass().getName(), alert.kind().wireName(), alert.flow());
        }
    }
}
