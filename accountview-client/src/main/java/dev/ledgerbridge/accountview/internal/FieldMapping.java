package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.WriteRow;
import java.util.Map;
import java.util.Set;

/**
 * Maps a typed business object to and from the rows of its table.
 *
 * @param <T> the model type
 */
public interface FieldMapping<T> {
    /** Table name (response key and payload definition name). */
    String table();

    /** Key field, or null when the table has none known. */
    String keyField();

    /** Reads one row; unmapped fields go to the model's extra map. */
    T read(Row row);

    /** The columns to write: set, writable fields except those in {@code skip}, then custom fields. */
    WriteRow write(T value, Set<String> skip);

    /** Java property name to field code, for validation messages. */
    Map<String, String> propertyCodes();

    /** Adds a column when the value is set and the field is not skipped. */
    default void put(WriteRow.Builder w, Set<String> skip, String code, FieldType type, Object value) {
        if (value != null && !skip.contains(code)) {
            w.set(code, type, value);
        }
    }

    /** A field type from its code, or null when blank. */
    default FieldType fieldType(String code) {
        return code == null || code.isBlank() ? null : FieldType.of(code);
    }
}
