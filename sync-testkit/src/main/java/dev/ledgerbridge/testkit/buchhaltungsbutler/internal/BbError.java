package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

/** An error answer in BuchhaltungsButler's envelope: HTTP status, endpoint-specific code, English message. */
public final class BbError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final int code;

    /**
     * Creates an error.
     *
     * @param status HTTP status
     * @param code the endpoint-specific {@code error_code}
     * @param message the {@code message}
     */
    public BbError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /**
     * Creates an HTTP 400 validation error with the usual "invalid X specified" text.
     *
     * @param code error code
     * @param field the field named in the message
     * @return the error
     */
    public static BbError invalid(int code, String field) {
        return new BbError(400, code, "invalid " + field + " specified");
    }

    /**
     * Returns the HTTP status.
     *
     * @return status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the error code.
     *
     * @return code
     */
    public int code() {
        return code;
    }
}
