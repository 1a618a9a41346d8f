package dev.ledgerbridge.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the table-keyed response envelope: every property whose value is an array of objects (or a single
 * object) becomes a table; scalar properties are ignored. An empty body reads as no tables.
 */
public final class TableParser {
    private TableParser() {
    }

    /** Parses a successful response of the data endpoint. */
    public static Tables parse(ApiResponse response) {
        if (response.bodyAsString().isBlank()) {
            return Tables.empty();
        }
        JsonNode root = Json.readTree(response);
        if (root.isArray()) {
            // not seen in practice; a bare array has no table name
            return Tables.of(Map.of("", rows(root)));
        }
        if (!root.isObject()) {
            return Tables.empty();
        }
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isArray() || v.isObject()) {
                tables.put(e.getKey(), rows(v));
            }
        });
        return Tables.of(tables);
    }

    /** Rows of an array (objects only) or of a single object. */
    public static List<Row> rows(JsonNode node) {
        List<Row> rows = new ArrayList<>();
        if (node.isObject()) {
            rows.add(row(node));
        } else {
            for (JsonNode n : node) {
                if (n.isObject()) {
                    rows.add(row(n));
                }
            }
        }
        return rows;
    }

    /** One row; nested arrays of objects become child rows. */
    public static Row row(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        return Row.of(values);
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray() || v.isObject()) {
            return rows(v);
        }
        return v.asText();
    }
}
