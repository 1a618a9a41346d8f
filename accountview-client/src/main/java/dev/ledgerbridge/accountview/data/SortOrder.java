package dev.ledgerbridge.accountview.data;

/** Sort direction of a query ({@code SortOrder}). */
public enum SortOrder {
    /** Ascending, sent as {@code Ascending}. */
    ASCENDING("Ascending"),
    /** Descending, sent as {@code Descending}. */
    DESCENDING("Descending");

    private final String wire;

    SortOrder(String wire) {
        this.wire = wire;
    }

    /** The value as sent on the wire. */
    public String wireValue() {
        return wire;
    }
}
