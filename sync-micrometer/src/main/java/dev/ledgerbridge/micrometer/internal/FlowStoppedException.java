package dev.ledgerbridge.micrometer.internal;

/**
 * The error an observation carries for a flow that stopped early, so that handlers (a trace's error status, the meter
 * handler's {@code error} tag) see it. Only observed, never thrown. The message names the flow only: the report's reason
 * may quote a server's answer, which does not belong in a trace.
 */
final class FlowStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FlowStoppedException(String flow, String how) {
        super("flow " + flow + " " + how + "; its report says why", null, false, false);
    }
}
