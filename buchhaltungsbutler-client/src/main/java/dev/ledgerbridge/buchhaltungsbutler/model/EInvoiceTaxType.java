package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Tax category of an e-invoice line. */
public enum EInvoiceTaxType {
    /** Standard rate */
    STANDARD("S"),
    /** Zero rate */
    ZERO("Z"),
    /** Reverse charge (section 13b UStG) */
    REVERSE_CHARGE("AE"),
    /** Intra-EU supply */
    INTRA_EU("K"),
    /** Export outside the EU */
    EXPORT("G"),
    /** Exempt */
    EXEMPT("E");

    private final String wire;

    EInvoiceTaxType(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
