package dev.ledgerbridge.testkit;

/** A failure an emulator can inject instead of answering a request normally. */
public enum Fault {
    /** An HTTP 5xx answer in the emulated API's own error format. */
    SERVER_ERROR,
    /** The answer is held back for {@link FaultInjector#timeoutDelay()} so that a client timeout fires first. */
    TIMEOUT,
    /** The connection is closed without any response bytes. */
    CONNECTION_RESET,
    /** The emulated API's throttling answer (BuchhaltungsButler: HTTP 403 code 15; AccountView: HTTP 429). */
    THROTTLE
}
