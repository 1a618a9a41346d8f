package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Type of a receipt.
 *
 * <p>An open set: the constants are the documented values, {@link #of(String)} represents any
 * other value the server sends or a newer API version accepts. Immutable; compare with equals.
 */
public final class ReceiptType extends OpenValue {
    /** Supplier invoice */
    public static final ReceiptType INVOICE_INBOUND = new ReceiptType("invoice inbound");
    /** Own invoice */
    public static final ReceiptType INVOICE_OUTBOUND = new ReceiptType("invoice outbound");
    /** Credit note received */
    public static final ReceiptType CREDIT_INBOUND = new ReceiptType("credit inbound");
    /** Credit note issued */
    public static final ReceiptType CREDIT_OUTBOUND = new ReceiptType("credit outbound");

    private ReceiptType(String value) {
        super(value);
    }

    /**
     * The value for a wire string.
     *
     * @param value the API's spelling, not blank
     */
    public static ReceiptType of(String value) {
        requireNotBlank(value, "ReceiptType");
        return new ReceiptType(value);
    }

    /** Reading is tolerant: blank becomes null, anything else is kept as sent. */
    @JsonCreator
    private static ReceiptType fromJson(String value) {
        return absent(value) ? null : new ReceiptType(value);
    }
}
