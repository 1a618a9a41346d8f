package dev.ledgerbridge.accountview.oauth;

import java.util.Objects;

/** An OAuth scope of AccountView.Net. Other scope strings are representable through {@link #of(String)}. */
public final class Scope {
    /** Read data ({@code readaccountviewdata}). */
    public static final Scope READ = new Scope("readaccountviewdata");
    /** Insert and update data ({@code updateaccountviewdata}). */
    public static final Scope UPDATE = new Scope("updateaccountviewdata");
    /** Delete data ({@code deleteaccountviewdata}). */
    public static final Scope DELETE = new Scope("deleteaccountviewdata");

    private final String value;

    private Scope(String value) {
        this.value = value;
    }

    /**
     * A scope by its wire value.
     *
     * @param value scope string without spaces
     * @return the scope
     */
    public static Scope of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.strip().contains(" ")) {
            throw new IllegalArgumentException("scope '" + value + "' must be one non-blank word");
        }
        return new Scope(value.strip());
    }

    /** The scope as sent. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
