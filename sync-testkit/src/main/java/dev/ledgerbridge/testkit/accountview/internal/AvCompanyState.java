package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data of one company (administration): rows per table, each table indexed by REC_ID (insertion order) and
 * by its business key. Callers synchronise on the instance.
 */
public final class AvCompanyState {
    final String id;
    final String code;
    final String description;
    final Map<String, TableData> tables = new HashMap<>();
    long nextRecId = 1;
    long nextSubNr = 10000;
    long nextOrdNr = 1;

    /** Rows of one table. */
    static final class TableData {
        final TreeMap<String, ObjectNode> byRecId = new TreeMap<>();
        final TreeMap<String, ObjectNode> byKey = new TreeMap<>();
    }

    /**
     * Creates an empty company.
     *
     * @param id value of the {@code X-Company} header
     * @param code company code (Ondernemingscode)
     * @param description name
     */
    public AvCompanyState(String id, String code, String description) {
        this.id = id;
        this.code = code;
        this.description = description;
    }

    TableData table(String name) {
        return tables.computeIfAbsent(name, n -> new TableData());
    }

    String nextRecId() {
        return String.format("%010d", nextRecId++);
    }

    /**
     * Returns the header value.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the company code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the description.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
