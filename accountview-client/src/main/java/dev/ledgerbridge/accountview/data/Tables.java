package dev.ledgerbridge.accountview.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A response of the data endpoint: table name (case-insensitive) to rows. A table that is absent reads as an
 * empty list, so "empty array", "missing key" and "404" look the same to the caller. Immutable.
 */
public final class Tables {
    private static final Tables EMPTY = new Tables(Map.of());
    private final Map<String, List<Row>> tables;

    private Tables(Map<String, List<Row>> tables) {
        Map<String, List<Row>> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tables.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.tables = Collections.unmodifiableMap(m);
    }

    /**
     * Tables from rows per table name.
     *
     * @param tables table name to rows
     * @return the tables
     */
    public static Tables of(Map<String, List<Row>> tables) {
        return new Tables(new LinkedHashMap<>(tables));
    }

    /** No tables at all. */
    public static Tables empty() {
        return EMPTY;
    }

    /** Rows of the table, or an empty list when the response did not contain it. */
    public List<Row> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** Names of the tables present. */
    public Set<String> tableNames() {
        return tables.keySet();
    }

    /** Whether no table holds any row. */
    public boolean isEmpty() {
        return tables.values().stream().allMatch(List::isEmpty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tables t && t.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tables{");
        tables.forEach((k, v) -> sb.append(k).append('=').append(v.size()).append(" rows, "));
        if (!tables.isEmpty()) {
            sb.setLength(sb.length() - 2);
        }
        return sb.append('}').toString();
    }
}
