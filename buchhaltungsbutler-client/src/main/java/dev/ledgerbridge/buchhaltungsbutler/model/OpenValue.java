package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value from an open set ({@link ReceiptType}, {@link VatCode}): the documented values are
 * constants, any other value the server sends or a newer API version accepts is kept as sent.
 * Immutable; compare with equals.
 */
public abstract sealed class OpenValue permits ReceiptType, VatCode {
    private final String value;

    OpenValue(String value) {
        this.value = value;
    }

    /** The argument of a type's {@code of}, checked: it must not be null or blank. */
    static String requireNotBlank(String value, String typeName) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(typeName + " must not be blank");
        }
        return value;
    }

    /** Reading is tolerant: blank becomes null. */
    static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    /** The value as the API spells it. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Equal when of the same type with the same spelling. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenValue) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The value as the API spells it. */
    @Override
    public final String toString() {
        return value;
    }
}
