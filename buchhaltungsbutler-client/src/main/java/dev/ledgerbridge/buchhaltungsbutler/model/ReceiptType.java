package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Type of a receipt.
 *
 * <p>An open set: the constants are the documented values, {@link #of(String)} represents any
 * other value the server sends or a newer API version accepts. Immutable; compare with equals.
 */
public final class ReceiptType {
    /** Supplier invoice */
    public static final ReceiptType INVOICE_INBOUND = new ReceiptType("invoice inbound");
    /** Own invoice */
    public static final ReceiptType INVOICE_OUTBOUND = new ReceiptType("invoice outbound");
    /** Credit note received */
    public static final ReceiptType CREDIT_INBOUND = new ReceiptType("credit inbound");
    /** Credit note issued */
    public static final ReceiptType CREDIT_OUTBOUND = new ReceiptType("credit outbound");

    private final String value;

    private ReceiptType(String value) {
        this.value = value;
    }

    /**
     * The value for a wire string.
     *
     * @param value the API's spelling, not blank
     */
    public static ReceiptType of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ReceiptType must not be blank");
        }
        return new ReceiptType(value);
    }

    /** Reading is tolerant: blank becomes null, anything else is kept as sent. */
    @JsonCreator
    private static ReceiptType fromJson(String value) {
        return value == null || value.isBlank() ? null : new ReceiptType(value);
    }

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiptType other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
