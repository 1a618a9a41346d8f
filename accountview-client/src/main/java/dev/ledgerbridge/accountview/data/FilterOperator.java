package dev.ledgerbridge.accountview.data;

import java.util.Objects;

/**
 * A filter operator ({@code FilterOperator{n}}). Only a few names are known from real clients; any other
 * operator name the server accepts can be used through {@link #of(String)}. Immutable.
 */
public final class FilterOperator {
    /** Exact match. */
    public static final FilterOperator EQUAL = new FilterOperator("Equal");
    /** Inequality. */
    public static final FilterOperator NOT_EQUAL = new FilterOperator("NotEqual");
    /** Substring match. */
    public static final FilterOperator CONTAINS = new FilterOperator("Contains");
    /** Date or date-time on or after the value (incremental sync on {@code CNG_DATE}). */
    public static final FilterOperator DATE_ON_OR_AFTER_DATE = new FilterOperator("DateOnOrAfterDate");

    private final String name;

    private FilterOperator(String name) {
        this.name = name;
    }

    /**
     * An operator by its wire name, sent exactly as given.
     *
     * @param name operator name, e.g. {@code "Equal"}; not blank
     * @return the operator
     */
    public static FilterOperator of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("filter operator must not be blank");
        }
        return new FilterOperator(name.strip());
    }

    /** The name as sent on the wire. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterOperator f && f.name.equalsIgnoreCase(name);
    }

    @Override
    public int hashCode() {
        return name.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
