package dev.ledgerbridge.sync.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes records of one type to a system ({@link Capability#CREATE}, {@link Capability#UPDATE},
 * {@link Capability#BATCH_CREATE}). Methods throw any {@link RuntimeException} on failure; the engine
 * reports it for that record and continues with the others.
 *
 * @param <T> the model type
 */
public interface EntityWriter<T> {
    /**
     * Creates a record.
     *
     * @return the new record's id in this system
     */
    String create(T value);

    /**
     * Updates a record. Only called when the connector declares {@link Capability#UPDATE}.
     *
     * @throws UnsupportedCapabilityException by default
     */
    default void update(Update<T> update) {
        throw new UnsupportedCapabilityException("update");
    }

    /**
     * Updates a record unless the system already holds the desired values, and says whether a write call was
     * made; the engine reports the record as updated only then (else unchanged). Connectors that can tell,
     * e.g. because they send only changed fields, override it. The default calls {@link #update(Update)} and
     * answers true.
     *
     * @return true when the record was written, false when nothing needed writing
     */
    default boolean updateIfChanged(Update<T> update) {
        update(update);
        return true;
    }

    /**
     * Whether {@link #update(Update)} needs the target's current record ({@link Update#current()}) to write
     * correctly, for example because the system replaces every field on update and the connector merges. When
     * true (the default), the engine gets the current record before an update it has no value for: by a look-up,
     * or, for a system that can only list, one full read per run. A connector that writes correctly without it
     * (it sends only the fields it knows, and the system keeps the others) answers false and saves that read.
     */
    default boolean updateNeedsCurrent() {
        return true;
    }

    /**
     * Creates many records in as few calls as the system allows ({@link Capability#BATCH_CREATE}). The result
     * has one entry per input, in input order; a connector whose API does not say which item failed must find
     * out (e.g. by reading back) before answering. The default creates one by one.
     */
    default List<WriteResult> createAll(List<T> values) {
        List<WriteResult> results = new ArrayList<>(values.size());
        for (T value : values) {
            try {
                results.add(WriteResult.created(create(value)));
            } catch (RuntimeException e) {
                results.add(WriteResult.failed(String.valueOf(e.getMessage())));
            }
        }
        return results;
    }
}
