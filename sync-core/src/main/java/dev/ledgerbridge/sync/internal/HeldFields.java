package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a target already holds a desired record: compares only the fields the target declares it holds
 * ({@code Capabilities.fields}), minus the fields an update leaves alone (create-only fields). Values are
 * compared by their content hash, so 10.5 and 10.50 are equal, as for the record hashes.
 */
public final class HeldFields {
    private HeldFields() {
    }

    /**
     * True when every field the target holds, and an update would write, has the same value in both records.
     *
     * @param target     the system the record would be written to
     * @param type       the entity type
     * @param desired    the mapped source record
     * @param current    the target's current record
     * @param keepFields fields an update must leave unchanged, hence never a reason to write
     */
    public static <T> boolean same(Connector target, EntityType<T> type, T desired, T current,
                                   Set<String> keepFields) {
        return hash(target, type, desired, keepFields).equals(hash(target, type, current, keepFields));
    }

    /**
     * The content hash of the fields the target holds and an update would write: equal for two records exactly
     * when {@link #same} is true. Stored in the key registry, so that a flow can tell without reading the target
     * that it already holds a record as wanted.
     */
    public static <T> String hash(Connector target, EntityType<T> type, T value, Set<String> keepFields) {
        return ContentHash.of(values(type, value, target.capabilities().fields(type), keepFields));
    }

    /** One field of a model record (the models are records; their components are the canonical fields). */
    static Object read(EntityType<?> type, Object record, RecordComponent field) {
        try {
            return field.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + type.name() + "." + field.getName() + ": " + e, e);
        }
    }

    private static TreeMap<String, Object> values(EntityType<?> type, Object record, Set<String> held,
                                                  Set<String> keepFields) {
        TreeMap<String, Object> values = new TreeMap<>();
        for (RecordComponent c : type.modelType().getRecordComponents()) {
            if (held.contains(c.getName()) && !keepFields.contains(c.getName())) {
                values.put(c.getName(), read(type, record, c));
            }
        }
        return values;
    }
}
