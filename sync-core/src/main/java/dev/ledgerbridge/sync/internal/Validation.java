package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.BeanValidation;
import java.util.List;

/** Bean Validation of model values, as readable sentences. */
public final class Validation {
    private Validation() {
    }

    /** Each broken rule as {@code field 'email' = 'x': must be ...}; empty when valid. */
    public static List<String> problems(Object value) {
        return BeanValidation.violations(value).stream().map(Validation::describe).toList();
    }

    private static String describe(Violation v) {
        return "field '" + v.field() + "' = '" + shown(v.value()) + "': " + v.rule();
    }

    /** A value as shown in a reason: at most 200 characters, saying how long it was (input may be megabytes). */
    static String shown(String value) {
        if (value == null || value.length() <= 200) {
            return value;
        }
        return value.substring(0, 200) + "… (" + value.length() + " characters)";
    }

    /** Throws {@link IllegalArgumentException} naming the problems, if there are any. */
    public static void requireValid(Object value, String what) {
        List<String> problems = problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid " + what + ": " + String.join("; ", problems));
        }
    }
}
