package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Language of the invoice PDF labels. */
public enum InvoiceLanguage {
    /** German (default) */
    GERMAN("de_DE"),
    /** English */
    ENGLISH("en_US");

    private final String wire;

    InvoiceLanguage(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
