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
        return "field '" + v.field() + "' = '" + v.value() + "': " + v.rule(); // Violation cuts long values
    }

    /** Throws {@link IllegalArgumentException} naming the problems, if there are any. */
    public static void requireValid(Object value, String what) {
        List<String> problems = problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid " + what + ": " + String.join("; ", problems));
        }
    }
}
