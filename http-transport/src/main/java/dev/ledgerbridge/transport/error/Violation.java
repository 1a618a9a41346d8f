package dev.ledgerbridge.transport.error;

import dev.ledgerbridge.transport.internal.Texts;
import java.util.Objects;

/**
 * One broken rule of a request: the field (a property path such as {@code lines[2].quantity}), the
 * rejected value as text (cut to its first 200 characters and {@code …(n chars)}, so a huge input never makes a huge
 * message), and the rule in words. Immutable.
 */
public final class Violation {
    private final String field;
    private final String value;
    private final String rule;

    /**
     * @param field property path
     * @param value rejected value rendered as text ({@code null} shown as "null"); longer than 200 characters it is cut
     * @param rule  the rule, e.g. "size must be between 0 and 40"
     */
    public Violation(String field, String value, String rule) {
        this.field = Objects.requireNonNull(field, "field");
        this.value = Texts.abbreviate(value);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Property path of the field. */
    public String field() {
        return field;
    }

    /** Rejected value as text, may be null. */
    public String value() {
        return value;
    }

    /** The rule that was broken. */
    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && v.field.equals(field) && Objects.equals(v.value, value)
                && v.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, value, rule);
    }

    @Override
    public String toString() {
        return field + "='" + value + "': " + rule;
    }
}
