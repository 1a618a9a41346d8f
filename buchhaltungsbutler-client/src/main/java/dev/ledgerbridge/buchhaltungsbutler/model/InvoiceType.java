package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of outgoing document. */
public enum InvoiceType {
    /** Invoice (Rechnung) */
    INVOICE("invoice"),
    /** Credit note (Gutschrift) */
    CREDIT("credit"),
    /** Offer (Angebot) */
    OFFER("offer");

    private final String wire;

    InvoiceType(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
