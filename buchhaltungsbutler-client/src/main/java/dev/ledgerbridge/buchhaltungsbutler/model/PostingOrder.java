package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Sort order of the posting list (case-sensitive on the wire). */
public enum PostingOrder {
    /** Server default */
    DEFAULT("default"),
    /** Date ascending */
    DATE_ASC("date ASC"),
    /** Date descending */
    DATE_DESC("date DESC"),
    /** Last change ascending */
    LAST_ACTION_ASC("date_last_action ASC"),
    /** Last change descending */
    LAST_ACTION_DESC("date_last_action DESC"),
    /** Id ascending */
    ID_ASC("id_by_customer ASC"),
    /** Id descending */
    ID_DESC("id_by_customer DESC");

    private final String wire;

    PostingOrder(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
