package dev.ledgerbridge.accountview.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One row to insert or update: field codes with their {@link FieldType} and value, in the order they were set.
 * Only the fields set are written. {@code RowId} and {@code HeaderId} are added by the writer and must not be
 * set here. Immutable; build with {@link #builder()}.
 *
 * <p>Values: {@code C}/{@code M} as text, {@code N}/{@code Y}/{@code B}/{@code I} as JSON numbers, {@code L} as
 * JSON booleans, {@code T}/{@code D} as ISO-8601 text (an {@link Instant} in UTC with {@code Z}, a
 * {@link LocalDateTime} without zone, a {@link LocalDate} as midnight UTC). A {@code null} value is sent as JSON
 * null (used to leave a column empty).
 */
public final class WriteRow {
    private final Map<String, Column> columns;

    private WriteRow(Map<String, Column> columns) {
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Starts an empty row. */
    public static Builder builder() {
        return new Builder();
    }

    /** Field codes in the order set. */
    public List<String> fields() {
        return new ArrayList<>(columns.keySet());
    }

    /** Type of a field, or null when not set. */
    public FieldType type(String field) {
        Column c = columns.get(field.toUpperCase(Locale.ROOT));
        return c == null ? null : c.type;
    }

    /** Value of a field (null when not set or set to null). */
    public Object value(String field) {
        Column c = columns.get(field.toUpperCase(Locale.ROOT));
        return c == null ? null : c.value;
    }

    /** Whether the field is set (possibly to null). */
    public boolean has(String field) {
        return columns.containsKey(field.toUpperCase(Locale.ROOT));
    }

    /** Whether no field is set. */
    public boolean isEmpty() {
        return columns.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteRow r && r.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    /** Field codes and types only: values may hold personal data. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WriteRow[");
        columns.forEach((k, c) -> sb.append(k).append(':').append(c.type).append(", "));
        if (!columns.isEmpty()) {
            sb.setLength(sb.length() - 2);
        }
        return sb.append(']').toString();
    }

    private record Column(FieldType type, Object value) {
    }

    /** Builder for {@link WriteRow}. Setting a field again replaces its value and keeps its position. */
    public static final class Builder {
        private final Map<String, Column> columns = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets a field with an explicit type. The value must suit the type (text, number, boolean or a
         * {@code java.time} date) or be null.
         *
         * @param field field code; upper-cased
         * @param type  the field type sent in the definition
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException naming field, value type and rule when they do not fit
         */
        public Builder set(String field, FieldType type, Object value) {
            String code = Objects.requireNonNull(field, "field").strip().toUpperCase(Locale.ROOT);
            Objects.requireNonNull(type, "type");
            if (!code.matches("[A-Z0-9_]+")) {
                throw new IllegalArgumentException("field '" + field + "' must be a field code (letters, digits, _)");
            }
            if (code.equals("ROWID") || code.equals("HEADERID")) {
                throw new IllegalArgumentException("field " + code + " is assigned by the writer; do not set it");
            }
            checkValue(code, type, value);
            columns.put(code, new Column(type, value));
            return this;
        }

        private static void checkValue(String code, FieldType type, Object value) {
            if (value == null) {
                return;
            }
            boolean ok;
            if (type.isNumeric()) {
                ok = value instanceof Number;
            } else if (type.equals(FieldType.LOGICAL)) {
                ok = value instanceof Boolean;
            } else if (type.equals(FieldType.DATE) || type.equals(FieldType.DATE_TIME)) {
                ok = value instanceof Instant || value instanceof LocalDate || value instanceof LocalDateTime;
            } else {
                ok = value instanceof String;
            }
            if (!ok) {
                throw new IllegalArgumentException("field " + code + ": a " + value.getClass().getSimpleName()
                        + " value does not fit field type " + type);
            }
        }

        /** Sets a character field (type {@code C}). */
        public Builder set(String field, String value) {
            return set(field, FieldType.CHARACTER, value);
        }

        /** Sets a numeric field (type {@code N}). */
        public Builder set(String field, BigDecimal value) {
            return set(field, FieldType.NUMERIC, value);
        }

        /** Sets a numeric field (type {@code N}). */
        public Builder set(String field, long value) {
            return set(field, FieldType.NUMERIC, BigDecimal.valueOf(value));
        }

        /** Sets a logical field (type {@code L}). */
        public Builder set(String field, boolean value) {
            return set(field, FieldType.LOGICAL, value);
        }

        /** Sets a date-time field (type {@code T}) from a date. */
        public Builder set(String field, LocalDate value) {
            return set(field, FieldType.DATE_TIME, value);
        }

        /** Sets a date-time field (type {@code T}) from a local date-time. */
        public Builder set(String field, LocalDateTime value) {
            return set(field, FieldType.DATE_TIME, value);
        }

        /** Sets a date-time field (type {@code T}) from an instant. */
        public Builder set(String field, Instant value) {
            return set(field, FieldType.DATE_TIME, value);
        }

        /** Builds the row. */
        public WriteRow build() {
            return new WriteRow(columns);
        }
    }
}
