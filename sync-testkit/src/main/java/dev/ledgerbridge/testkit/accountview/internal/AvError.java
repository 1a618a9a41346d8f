package dev.ledgerbridge.testkit.accountview.internal;

/** An AccountView error answer: {@code {"ErrorType", "ErrorNumbers": null, "ErrorMessage"}} with an HTTP status. */
public final class AvError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;

    /**
     * Creates an error.
     *
     * @param status HTTP status
     * @param type the {@code ErrorType}
     * @param message the {@code ErrorMessage}
     */
    public AvError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    /**
     * Creates a validation error (HTTP 400, {@code AccountViewError}).
     *
     * @param message the message
     * @return the error
     */
    public static AvError invalid(String message) {
        return new AvError(400, "AccountViewError", message);
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
     * Returns the error type.
     *
     * @return type
     */
    public String type() {
        return type;
    }
}
