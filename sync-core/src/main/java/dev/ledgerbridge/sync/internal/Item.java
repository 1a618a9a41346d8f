package dev.ledgerbridge.sync.internal;

import java.util.List;

/**
 * One record to write, as prepared from a source record (a product with variants may give several).
 *
 * @param sourceId the id links are kept under
 * @param value    what to write
 * @param notes    remarks for the report
 * @param failure  why this item cannot be written, or {@code null}
 * @param <T>      the model type
 */
public record Item<T>(String sourceId, T value, List<String> notes, String failure) {
    /** Copies the notes. */
    public Item {
        notes = List.copyOf(notes);
    }

    /** A writable item. */
    public static <T> Item<T> of(String sourceId, T value, List<String> notes) {
        return new Item<>(sourceId, value, notes, null);
    }
}
