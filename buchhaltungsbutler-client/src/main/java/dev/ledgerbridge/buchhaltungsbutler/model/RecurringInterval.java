package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Interval of a recurring invoice plan. */
public enum RecurringInterval {
    /** Weekly */
    WEEKLY("weekly"),
    /** Monthly */
    MONTHLY("monthly"),
    /** Quarterly */
    QUARTERLY("quarterly"),
    /** Yearly */
    YEARLY("yearly");

    private final String wire;

    RecurringInterval(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
