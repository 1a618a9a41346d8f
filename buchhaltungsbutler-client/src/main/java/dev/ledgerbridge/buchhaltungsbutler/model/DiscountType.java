package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of document discount. */
public enum DiscountType {
    /** Percent of the total */
    PERCENT("percent"),
    /** Fixed amount in EUR */
    EUR("EUR");

    private final String wire;

    DiscountType(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
