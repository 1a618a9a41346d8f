package dev.ledgerbridge.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.internal.Json;
import dev.ledgerbridge.transport.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the table-keyed response envelope: every property whose value is an array of objects (or a single
 * object) becomes a table; scalar properties are ignored. An empty body reads as no tables. A bare array (no table
 * name), {@code "success": false} and numbers beyond {@link Numbers#RESPONSE_MAX_DIGITS} digits are
 * {@link ResponseParseException}s naming the endpoint (and field): none of them is an answer to trust.
 */
public final class TableParser {
    private TableParser() {
    }

    /** Parses a successful response of the data endpoint. */
    public static Tables parse(ApiResponse response) {
        return parse(response, null);
    }

    /**
     * Parses a successful response of a read that expects {@code table} (null: any); the table is named in the
     * error when the body is of another shape.
     */
    public static Tables parse(ApiResponse response, String table) {
        String expected = table == null ? "an object keyed by table name" : "{\"" + table + "\": [...]}";
        if (response.bodyAsString().isBlank()) {
            return Tables.empty();
        }
        JsonNode root = Json.readTree(response);
        if (!root.isObject()) {
            throw shape(response, "a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " instead of " + expected);
        }
        if (root.path("success").isBoolean() && !root.path("success").booleanValue()) {
            throw shape(response, "{\"success\": false} instead of " + expected);
        }
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isArray() || v.isObject()) {
                tables.put(e.getKey(), rows(v, e.getKey(), response));
            }
        });
        return Tables.of(tables);
    }

    /**
     * Fails unless the response holds {@code table} (possibly with no rows), or is the documented empty result
     * with the key missing: other tables present, all of them empty (e.g. {@code {"USR_LINK": []}}). Anything
     * else without the table (no tables at all, or rows of other tables only) is no "no rows", and reading it as
     * such would make a look-up create a duplicate.
     */
    public static void requireTable(Tables tables, String table, ApiResponse response) {
        boolean present = tables.tableNames().stream().anyMatch(table::equalsIgnoreCase);
        boolean emptyEnvelope = !tables.tableNames().isEmpty() && tables.isEmpty();
        if (!present && !emptyEnvelope) {
            throw shape(response, "missing table " + table + " (tables present: " + tables.tableNames()
                    + "); expected {\"" + table + "\": [...]}");
        }
    }

    private static ResponseParseException shape(ApiResponse response, String what) {
        String endpoint = response.request().endpoint();
        return new ResponseParseException("Response of " + endpoint + " (HTTP " + response.status() + ") is " + what,
                endpoint, response.status(), null, null);
    }

    /** Rows of an array (objects only) or of a single object. */
    public static List<Row> rows(JsonNode node) {
        return rows(node, "", null);
    }

    private static List<Row> rows(JsonNode node, String table, ApiResponse response) {
        List<Row> rows = new ArrayList<>();
        if (node.isObject()) {
            rows.add(row(node, table, response));
        } else {
            for (JsonNode n : node) {
                if (n.isObject()) {
                    rows.add(row(n, table, response));
                }
            }
        }
        return rows;
    }

    /** One row; nested arrays of objects become child rows. */
    public static Row row(JsonNode node) {
        return row(node, "", null);
    }

    private static Row row(JsonNode node, String table, ApiResponse response) {
        Map<String, Object> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), value(e.getValue(), table, e.getKey(), response)));
        return Row.of(values);
    }

    private static Object value(JsonNode v, String table, String field, ApiResponse response) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            if (!Numbers.plausible(d)) {
                String name = table.isEmpty() ? field : table + "." + field;
                String what = "a number beyond " + Numbers.RESPONSE_MAX_DIGITS + " digits in " + name + " ("
                        + Numbers.describe(d) + ")";
                if (response == null) {
                    throw new IllegalArgumentException(what);
                }
                throw shape(response, what);
            }
            return d;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray() || v.isObject()) {
            return rows(v, field, response);
        }
        return v.asText();
    }
}
