package dev.ledgerbridge.config;

import java.util.Locale;

/** What a standard flow carries; each maps to one of the {@code SyncFlows} factories. */
public enum FlowEntity {
    /** Customers: match by e-mail, create or update. */
    CUSTOMERS,
    /** Orders: skip existing, ensure the customer, check SKUs, create. */
    ORDERS,
    /** Products: create or update by SKU. */
    PRODUCTS,
    /** Categories: create or update by code. */
    CATEGORIES,
    /** Stock levels: written where the target manages stock. */
    STOCK;

    /**
     * The name in a configuration file, e.g. {@code customers}.
     *
     * @return the key, lower case
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The entity with this key, ignoring case and surrounding spaces.
     *
     * @param key e.g. {@code orders}
     * @return the entity
     * @throws IllegalArgumentException naming the value and the known keys when none matches
     */
    public static FlowEntity fromKey(String key) {
        for (FlowEntity e : values()) {
            if (key != null && e.key().equalsIgnoreCase(key.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("entity '" + key
                + "' is not known; known: customers, orders, products, categories, stock");
    }
}
