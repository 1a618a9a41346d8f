package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Posting status filter. */
public enum PostingStatus {
    /** All postings */
    ALL("all"),
    /** Fixed postings */
    FIXED("fixed"),
    /** Unfixed postings */
    UNFIXED("unfixed");

    private final String wire;

    PostingStatus(String wire) {
        this.wire = wire;
    }

    /** The value as the API spells it. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
