package dev.ledgerbridge.buchhaltungsbutler.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A report as the API returns it: the payload fields at top level (for example {@code report} or
 * {@code report_sums_postingaccount_ledger}) and, when requested, {@code files}. Report layouts
 * are undocumented and use JSON numbers and PHP-style empty arrays, so the payload is kept as plain
 * Java values: String, Boolean, {@link java.math.BigDecimal} for every number, List, Map, and null for JSON null and
 * for an empty string (the API's "not set"). Immutable.
 */
public final class Report {
    private final Map<String, Object> fields;

    /**
     * @param fields the response's top-level fields except {@code success} and {@code message}
     */
    public Report(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** All payload fields by wire name. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** One payload field, e.g. {@code report}. */
    public Optional<Object> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The {@code files} entry, present when files were requested and rendered. */
    public Optional<Object> files() {
        return field("files");
    }

    @Override
    public String toString() {
        return "Report{" + fields.keySet() + "}";
    }
}
