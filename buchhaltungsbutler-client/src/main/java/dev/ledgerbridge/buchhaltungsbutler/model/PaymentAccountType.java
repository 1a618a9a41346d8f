package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of payment account. */
public enum PaymentAccountType {
    /** Cash book */
    CASH("cash"),
    /** Bank or payment institution */
    BANK("bank/institution"),
    /** Other */
    OTHER("other");

    private final String wire;

    PaymentAccountType(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
