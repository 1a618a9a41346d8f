package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether invoice line prices are net or gross. */
public enum PriceType {
    /** Net prices */
    NET("net"),
    /** Gross prices */
    GROSS("gross");

    private final String wire;

    PriceType(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
