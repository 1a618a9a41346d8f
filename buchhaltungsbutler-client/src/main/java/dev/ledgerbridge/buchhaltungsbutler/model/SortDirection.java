package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Sort direction. */
public enum SortDirection {
    /** Ascending */
    ASC("ASC"),
    /** Descending */
    DESC("DESC");

    private final String wire;

    SortDirection(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
