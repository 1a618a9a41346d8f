package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Inbound (supplier) or outbound (own) documents. */
public enum ReceiptDirection {
    /** Supplier documents */
    INBOUND("inbound"),
    /** Own invoices and credit notes */
    OUTBOUND("outbound");

    private final String wire;

    ReceiptDirection(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
