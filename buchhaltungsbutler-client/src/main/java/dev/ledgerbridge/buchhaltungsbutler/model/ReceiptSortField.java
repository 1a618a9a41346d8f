package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Sort keys of the receipt list. */
public enum ReceiptSortField {
    /** Receipt date */
    DATE("date"),
    /** Amount */
    AMOUNT("amount"),
    /** Invoice number */
    INVOICE_NUMBER("invoicenumber"),
    /** Counterparty */
    INVOICING_PARTY("invoicingparty");

    private final String wire;

    ReceiptSortField(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
