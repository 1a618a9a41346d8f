package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Payment status filter. */
public enum PaymentStatus {
    /** Paid */
    PAID("paid"),
    /** Unpaid */
    UNPAID("unpaid");

    private final String wire;

    PaymentStatus(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
