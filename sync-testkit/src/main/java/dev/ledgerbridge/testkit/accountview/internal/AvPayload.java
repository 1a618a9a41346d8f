package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the column-oriented write payload of spec §6.1; property names are matched case-insensitively. */
final class AvPayload {
    /** One row: its RowId, HeaderId (lines only), and values by upper-case field name, already converted. */
    record Row(String rowId, String headerId, int index, Map<String, JsonNode> values) {
    }

    private AvPayload() {
    }

    static JsonNode prop(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static JsonNode require(JsonNode node, String name, String where) {
        JsonNode v = prop(node, name);
        if (v == null || v.isNull()) {
            throw AvError.invalid("Invalid request: " + where + "." + name + " is missing");
        }
        return v;
    }

    /**
     * Reads a definition and its rows into converted values.
     *
     * @param table the expected table
     * @param definition the {@code Definition} / detail definition object
     * @param data the {@code Data} / detail data object holding {@code Rows}
     * @param isLine whether rows must carry a HeaderId column
     * @param allowedReadOnly a read-only field that may be written (the key of a PUT), or null
     */
    static List<Row> rows(AvSchema.Table table, JsonNode definition, JsonNode data, boolean isLine,
                          String allowedReadOnly) {
        String name = require(definition, "Name", "Definition").asText();
        if (!name.equalsIgnoreCase(table.name)) {
            throw AvError.invalid("Table " + name + " does not belong here; expected " + table.name);
        }
        JsonNode fields = require(definition, "Fields", table.name + ".Definition");
        List<String> columns = new ArrayList<>();
        for (JsonNode f : fields) {
            columns.add(require(f, "Name", table.name + ".Fields").asText().toUpperCase(Locale.ROOT));
        }
        if (!columns.contains("ROWID")) {
            throw AvError.invalid("Definition of " + table.name + " lacks the RowId column");
        }
        if (isLine && !columns.contains("HEADERID")) {
            throw AvError.invalid("Definition of " + table.name + " lacks the HeaderId column");
        }
        for (String c : columns) {
            if (c.equals("ROWID") || c.equals("HEADERID")) {
                continue;
            }
            AvSchema.Field f = table.field(c);
            if (f == null) {
                throw AvError.invalid("Field " + table.name + "." + c + " does not exist");
            }
            if (f.readOnly() && !c.equals(allowedReadOnly)) {
                throw AvError.invalid("Field " + table.name + "." + c + " is read-only");
            }
        }
        JsonNode rows = require(data, "Rows", table.name + " data");
        List<Row> result = new ArrayList<>();
        int index = 0;
        for (JsonNode row : rows) {
            index++;
            JsonNode values = require(row, "Values", table.name + " row " + index);
            if (!values.isArray() || values.size() != columns.size()) {
                throw AvError.invalid("Row " + index + " of " + table.name + " has " + values.size()
                        + " values but the definition has " + columns.size() + " fields");
            }
            Map<String, JsonNode> converted = new LinkedHashMap<>();
            String rowId = null;
            String headerId = null;
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                if (c.equals("ROWID")) {
                    rowId = values.get(i).asText();
                } else if (c.equals("HEADERID")) {
                    headerId = values.get(i).asText();
                } else {
                    String where = table.name + "." + c + " (row " + index + ")";
                    converted.put(c, AvValues.convert(table.field(c), values.get(i), where));
                }
            }
            result.add(new Row(rowId, headerId, index, converted));
        }
        return result;
    }
}
