package dev.ledgerbridge.alerts;

/** What an {@link Alert} is about. */
public enum AlertKind {
    /** A flow stopped before its end (a read failed, the run was interrupted). */
    FLOW_FAILED("flow_failed", "Flow failed"),
    /**
     * A record has failed {@code Settings.escalateAfterFailures} runs in a row (default 1: its first failure); it
     * stays parked and is retried on every run.
     */
    RECORD_FAILING("record_failing", "Record failing"),
    /**
     * A connection needs a person: its authorisation was refused (AccountView answered a token refresh with
     * {@code invalid_grant}, or holds no usable tokens), so every run fails until someone authorises the application
     * again.
     */
    RECONNECT_REQUIRED("reconnect_required", "Reconnect required"),
    /** A flow that raised one of the other alerts ran to its end without a failure again. */
    RECOVERED("recovered", "Recovered");

    private final String wireName;
    private final String title;

    AlertKind(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    /** The name in webhook payloads, lower case with underscores, e.g. {@code record_failing}. */
    public String wireName() {
        return wireName;
    }

    /** A short English title for people, e.g. {@code Record failing}. */
    public String title() {
        return title;
    }
}
