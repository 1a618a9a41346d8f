package dev.ledgerbridge.accountview.data;

import dev.ledgerbridge.transport.internal.Numbers;
import dev.ledgerbridge.transport.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One row of an AccountView table as read: field codes (case-insensitive) to values. Values are
 * {@link String} (right-padding trimmed), {@link BigDecimal}, {@link Boolean}, {@code null}, or for nested child
 * tables a {@code List<Row>}. The typed accessors are tolerant: numbers given as text are parsed, empty strings
 * read as absent, dates are accepted with or without time and with or without an offset. Immutable.
 */
public final class Row {
    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        Map<String, Object> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        m.putAll(values);
        this.values = Collections.unmodifiableMap(m);
    }

    /**
     * A row from field values. Strings are right-trimmed.
     *
     * @param values field code to value; see the class description for value types
     * @return the row
     */
    public static Row of(Map<String, ?> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(Objects.requireNonNull(k, "field"), v instanceof String s ? s.stripTrailing() : v));
        return new Row(m);
    }

    /** All values, keyed case-insensitively; unmodifiable. */
    public Map<String, Object> values() {
        return values;
    }

    /** Whether the row has the field (possibly with a null value). */
    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** Raw value, or null. */
    public Object get(String field) {
        return values.get(field);
    }

    /** Text value, trimmed on the right; numbers and booleans as text; null when absent. */
    public String string(String field) {
        Object v = values.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return Numbers.describe(d); // plain text; never expands a hostile 1E+999999999
        }
        return v instanceof String s ? s.stripTrailing() : v.toString();
    }

    /**
     * Decimal value; text is parsed; null when absent or empty. Throws {@link IllegalArgumentException} naming the
     * field for text that is no number or one beyond 40 digits before or after the point (such as
     * {@code "1E+999999999"}, which would exhaust memory when written out).
     */
    public BigDecimal decimal(String field) {
        Object v = values.get(field);
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String s = v == null ? null : v.toString().strip();
        if (s == null || s.isEmpty()) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + field + " is not a number: '" + Texts.abbreviate(s) + "'", e);
        }
        if (!Numbers.plausible(d)) {
            throw new IllegalArgumentException("field " + field + " is a number beyond " + Numbers.RESPONSE_MAX_DIGITS
                    + " digits: '" + Texts.abbreviate(s) + "'");
        }
        return d;
    }

    /** Integer value; null when absent or empty; throws when not a whole number in range. */
    public Integer integer(String field) {
        BigDecimal d = decimal(field);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("field " + field + " is not an integer: " + Numbers.describe(d), e);
        }
    }

    /** Logical value: JSON booleans, {@code "true"/"false"}, {@code ".T."/".F."}, {@code "T"/"F"}, 1/0; null when absent. */
    public Boolean bool(String field) {
        Object v = values.get(field);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        String s = v.toString().strip().toUpperCase(Locale.ROOT).replace(".", "");
        switch (s) {
            case "": return null;
            case "TRUE": case "T": case "Y": case "1": return Boolean.TRUE;
            case "FALSE": case "F": case "N": case "0": return Boolean.FALSE;
            default: throw new IllegalArgumentException("field " + field + " is not a logical value: '"
                    + Texts.abbreviate(v.toString()) + "'");
        }
    }

    /** Date-time value; accepts {@code 2024-01-31}, {@code 2024-01-31T10:15:00}, RFC 3339 with offset (its local part); null when absent or empty. */
    public LocalDateTime dateTime(String field) {
        String s = string(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            String iso = s.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(iso).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + field + " is not a date or date-time: '" + Texts.abbreviate(s)
                    + "'", e);
        }
    }

    /** Date value (the date part of a date-time); null when absent or empty. */
    public LocalDate date(String field) {
        LocalDateTime t = dateTime(field);
        return t == null ? null : t.toLocalDate();
    }

    /** Child rows nested inside this row (e.g. {@code COMP_HDR.COMP_LN}); empty when absent. */
    @SuppressWarnings("unchecked")
    public java.util.List<Row> children(String field) {
        Object v = values.get(field);
        return v instanceof java.util.List<?> l ? (java.util.List<Row>) l : java.util.List.of();
    }

    /** Text value as an Optional. */
    public Optional<String> optionalString(String field) {
        String s = string(field);
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Field codes only: values may hold personal data and are not printed. */
    @Override
    public String toString() {
        return "Row" + values.keySet();
    }
}
