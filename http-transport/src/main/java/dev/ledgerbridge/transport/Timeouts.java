package dev.ledgerbridge.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Connect timeout and default per-request timeout: a deadline for the whole exchange, from sending until the
 * last byte of the body has arrived (a server that sends the body slowly cannot hold the caller beyond it).
 * Immutable.
 */
public final class Timeouts {
    private final Duration connect;
    private final Duration request;

    private Timeouts(Duration connect, Duration request) {
        this.connect = requirePositive(connect, "connect");
        this.request = requirePositive(request, "request");
    }

    private static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive, was " + d);
        }
        return d;
    }

    /** Given connect and request timeouts. */
    public static Timeouts of(Duration connect, Duration request) {
        return new Timeouts(connect, request);
    }

    /** 10 s to connect, 60 s per request. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** Connect timeout. */
    public Duration connect() {
        return connect;
    }

    /** Default per-request timeout. */
    public Duration request() {
        return request;
    }

    @Override
    public String toString() {
        return "Timeouts{connect=" + connect + ", request=" + request + "}";
    }
}
