package dev.ledgerbridge.transport.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke a rule known before sending (required field, length, format, allowed value), so
 * nothing was sent. The message and {@link #violations()} name each field, value and rule.
 */
public class RequestValidationException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    /**
     * @param endpoint   logical endpoint the request was meant for, or null
     * @param violations the broken rules, at least one
     */
    public RequestValidationException(String endpoint, List<Violation> violations) {
        super(message(endpoint, violations), endpoint, 0, null, null);
        this.violations = List.copyOf(violations);
    }

    private static String message(String endpoint, List<Violation> violations) {
        return "Invalid request" + (endpoint == null ? "" : " for " + endpoint) + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** The broken rules. */
    public List<Violation> violations() {
        return violations;
    }
}
