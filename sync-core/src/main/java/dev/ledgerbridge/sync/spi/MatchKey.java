package dev.ledgerbridge.sync.spi;

import java.util.Objects;

/**
 * A natural key to find a record by in another system, e.g. {@code email = a@b.de}.
 *
 * @param name  the key's name ({@code email}, {@code sku}, {@code reference}, {@code code} or a custom one)
 * @param value the normalized value
 */
public record MatchKey(String name, String value) {
    /** Key name for e-mail addresses. */
    public static final String EMAIL = "email";
    /** Key name for SKUs. */
    public static final String SKU = "sku";
    /** Key name for order references. */
    public static final String REFERENCE = "reference";
    /** Key name for category codes. */
    public static final String CODE = "code";

    /** Checks that both parts are present. */
    public MatchKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
