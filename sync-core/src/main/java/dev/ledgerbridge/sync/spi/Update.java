package dev.ledgerbridge.sync.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An update of an existing record.
 *
 * @param targetId   the record's id in the target
 * @param value      the desired values
 * @param keepFields fields the writer must leave unchanged in the target (create-only fields and fields the
 *                   update policy protects); names as in {@link EntityType#fieldNames()}
 * @param current    the target's current record when the engine has it (from a prefetch or a look-up), so
 *                   writers of systems that need full records need not read again
 * @param <T>        the model type
 */
public record Update<T>(String targetId, T value, Set<String> keepFields, Optional<T> current) {
    /** Copies the field set. */
    public Update {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(value, "value");
        keepFields = Set.copyOf(keepFields);
        Objects.requireNonNull(current, "current");
    }
}
