package dev.ledgerbridge.accountview.data;

import java.util.Locale;
import java.util.Objects;

/**
 * An AccountView field type code as used by the data dictionary ({@code FIELD_TYPE}), by filter value types
 * ({@code FilterValueType{n}}) and by write payloads ({@code FieldType}). Codes not listed as constants are
 * representable through {@link #of(String)}. Immutable.
 */
public final class FieldType {
    /** Character, fixed maximum length. */
    public static final FieldType CHARACTER = new FieldType("C");
    /** Memo (long text). */
    public static final FieldType MEMO = new FieldType("M");
    /** Numeric. */
    public static final FieldType NUMERIC = new FieldType("N");
    /** Currency. */
    public static final FieldType CURRENCY = new FieldType("Y");
    /** Double. */
    public static final FieldType DOUBLE = new FieldType("B");
    /** Integer. */
    public static final FieldType INTEGER = new FieldType("I");
    /** Logical (boolean). */
    public static final FieldType LOGICAL = new FieldType("L");
    /** Date. */
    public static final FieldType DATE = new FieldType("D");
    /** Date-time. */
    public static final FieldType DATE_TIME = new FieldType("T");

    private final String code;

    private FieldType(String code) {
        this.code = code;
    }

    /**
     * The type for a code, known or not; codes are upper-cased.
     *
     * @param code a type code such as {@code "C"}; not blank
     * @return the type
     * @throws IllegalArgumentException when the code is blank
     */
    public static FieldType of(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            throw new IllegalArgumentException("field type code must not be blank");
        }
        for (FieldType t : new FieldType[] {CHARACTER, MEMO, NUMERIC, CURRENCY, DOUBLE, INTEGER, LOGICAL, DATE,
                DATE_TIME}) {
            if (t.code.equals(c)) {
                return t;
            }
        }
        return new FieldType(c);
    }

    /** The code as sent on the wire, e.g. {@code "C"}. */
    public String code() {
        return code;
    }

    /** Whether values of this type are JSON numbers ({@code N}, {@code Y}, {@code B}, {@code I}). */
    public boolean isNumeric() {
        return code.equals("N") || code.equals("Y") || code.equals("B") || code.equals("I");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldType f && f.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
