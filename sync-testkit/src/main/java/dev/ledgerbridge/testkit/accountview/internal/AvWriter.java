package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POST (insert) and PUT (update) of {@code accountviewdata}: validates the whole payload first (mandatory fields,
 * lengths, types, unknown/read-only fields, references), then applies it, so a rejected request changes nothing.
 */
final class AvWriter {
    private final AvSchema schema;

    AvWriter(AvSchema schema) {
        this.schema = schema;
    }

    ObjectNode write(AvCompanyState c, JsonNode body, boolean update, String now) {
        String code = AvPayload.require(body, "BusinessObject", "body").asText();
        AvSchema.BusinessObject bo = schema.object(code);
        if (bo == null) {
            throw AvError.invalid("Unknown business object '" + code + "'");
        }
        if (!bo.writable() || update && bo.lines() != null) {
            throw AvError.invalid("Business object " + bo.code() + " does not allow " + (update ? "updates" : "inserts")
                    + " through the Web API");
        }
        JsonNode table = AvPayload.require(body, "Table", "body");
        JsonNode tableData = AvPayload.require(body, "TableData", "body");
        String keyForPut = update && bo.table().field(bo.businessKey()).readOnly() ? bo.businessKey() : null;
        List<AvPayload.Row> headers = AvPayload.rows(bo.table(), AvPayload.require(table, "Definition", "Table"),
                AvPayload.require(tableData, "Data", "TableData"), false, keyForPut);
        List<AvPayload.Row> lines = List.of();
        JsonNode detailDefs = AvPayload.prop(table, "DetailDefinitions");
        if (detailDefs != null && detailDefs.isArray() && detailDefs.size() > 0) {
            if (bo.lines() == null) {
                throw AvError.invalid("Business object " + bo.code() + " has no detail table");
            }
            JsonNode detailData = AvPayload.require(tableData, "DetailData", "TableData");
            lines = AvPayload.rows(bo.lines(), detailDefs.get(0), detailData.get(0), true, null);
        }
        synchronized (c) {
            return update ? update(c, bo, headers, now) : insert(c, bo, headers, lines, now);
        }
    }

    private ObjectNode insert(AvCompanyState c, AvSchema.BusinessObject bo, List<AvPayload.Row> headers,
                              List<AvPayload.Row> lines, String now) {
        Set<String> keysInPayload = new HashSet<>();
        Set<String> rowIds = new HashSet<>();
        for (AvPayload.Row row : headers) {
            mandatory(bo.table(), row, bo.code().equals("AR1") ? "SUB_NR" : null);
            String key = text(row, bo.businessKey());
            if (!key.isEmpty() && (c.table(bo.table().name).byKey.containsKey(key) || !keysInPayload.add(key))) {
                throw AvError.invalid("A record with " + bo.businessKey() + " '" + key + "' already exists in "
                        + bo.table().name);
            }
            references(c, bo.table().name, row);
            rowIds.add(row.rowId());
        }
        for (AvPayload.Row line : lines) {
            mandatory(bo.lines(), line, null);
            if (!rowIds.contains(line.headerId())) {
                throw AvError.invalid("Row " + line.index() + " of " + bo.lines().name + " refers to HeaderId '"
                        + line.headerId() + "' but no header row has that RowId");
            }
            references(c, bo.lines().name, line);
        }
        ObjectNode response = Json.object();
        ArrayNode headerOut = response.putArray(bo.table().name);
        ArrayNode linesOut = bo.lines() == null ? null : response.putArray(bo.lines().name);
        for (AvPayload.Row row : headers) {
            ObjectNode stored = newRow(c, bo.table(), row.values(), now);
            if (bo.code().equals("AR1") && stored.get("SUB_NR").asText().isEmpty()) {
                stored.put("SUB_NR", nextSubNr(c));
            }
            if (bo.code().equals("SO1")) {
                stored.put("ORD_NR", Long.toString(c.nextOrdNr++));
            }
            index(c, bo, stored);
            headerOut.add(stored.deepCopy());
            if (linesOut != null) {
                ArrayNode storedLines = Json.MAPPER.createArrayNode();
                for (AvPayload.Row line : lines) {
                    if (line.headerId().equals(row.rowId())) {
                        ObjectNode l = newRow(c, bo.lines(), line.values(), now);
                        l.put("ORD_NR", stored.get("ORD_NR").asText());
                        l.set(bo.table().name + "_Id", stored.get(bo.table().name + "_Id"));
                        c.table(bo.lines().name).byRecId.put(l.get("REC_ID").asText(), l);
                        storedLines.add(l);
                        linesOut.add(l.deepCopy());
                    }
                }
                AvHistory.recordSalesOrder(c, stored, storedLines, now);
            }
        }
        return response;
    }

    private ObjectNode update(AvCompanyState c, AvSchema.BusinessObject bo, List<AvPayload.Row> rows, String now) {
        AvCompanyState.TableData data = c.table(bo.table().name);
        ObjectNode[] targets = new ObjectNode[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            AvPayload.Row row = rows.get(i);
            JsonNode key = row.values().get(bo.businessKey());
            if (key == null || key.asText().isEmpty()) {
                throw AvError.invalid("Field " + bo.table().name + "." + bo.businessKey()
                        + " is required to update row " + row.index());
            }
            targets[i] = data.byKey.get(key.asText());
            if (targets[i] == null) {
                throw AvError.invalid("No record with " + bo.businessKey() + " '" + key.asText() + "' in "
                        + bo.table().name);
            }
            for (Map.Entry<String, JsonNode> e : row.values().entrySet()) {
                if (bo.table().field(e.getKey()).mandatory() && e.getValue().asText().isBlank()) {
                    throw AvError.invalid("Field " + bo.table().name + "." + e.getKey() + " is mandatory (row "
                            + row.index() + ")");
                }
            }
            references(c, bo.table().name, row);
        }
        ObjectNode response = Json.object();
        ArrayNode out = response.putArray(bo.table().name);
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode target = targets[i];
            rows.get(i).values().forEach(target::set);
            target.put("CNG_DATE", now);
            target.put("CNG_NR", target.get("CNG_NR").asLong() + 1);
            out.add(target.deepCopy());
        }
        return response;
    }

    static ObjectNode newRow(AvCompanyState c, AvSchema.Table table, Map<String, JsonNode> values, String now) {
        ObjectNode row = Json.object();
        table.fields.values().forEach(f -> {
            if (!f.name().contains(".")) {
                row.set(f.name(), AvValues.defaultValue(f));
            }
        });
        values.forEach(row::set);
        String recId = c.nextRecId();
        row.put("REC_ID", recId);
        row.put("INP_DATE", now);
        row.put("CNG_DATE", now);
        row.put("CNG_NR", 1);
        row.put("EXT_KEY", 0);
        row.put(table.name + "_Id", Long.parseLong(recId));
        return row;
    }

    private static void index(AvCompanyState c, AvSchema.BusinessObject bo, ObjectNode stored) {
        AvCompanyState.TableData data = c.table(bo.table().name);
        data.byRecId.put(stored.get("REC_ID").asText(), stored);
        data.byKey.put(stored.get(bo.businessKey()).asText(), stored);
    }

    private static String nextSubNr(AvCompanyState c) {
        AvCompanyState.TableData contacts = c.table("CONTACT");
        String candidate;
        do {
            candidate = Long.toString(++c.nextSubNr);
        } while (contacts.byKey.containsKey(candidate));
        return candidate;
    }

    private static void mandatory(AvSchema.Table table, AvPayload.Row row, String assigned) {
        for (AvSchema.Field f : table.fields.values()) {
            if (f.mandatory() && !f.name().equals(assigned)) {
                JsonNode v = row.values().get(f.name());
                if (v == null || v.asText().isBlank()) {
                    throw AvError.invalid("Field " + table.name + "." + f.name() + " is mandatory (row "
                            + row.index() + ")");
                }
            }
        }
    }

    private static String text(AvPayload.Row row, String field) {
        JsonNode v = row.values().get(field);
        return v == null ? "" : v.asText();
    }

    /** Checks that referenced debtors, addresses, article groups and articles exist. */
    private static void references(AvCompanyState c, String table, AvPayload.Row row) {
        switch (table) {
            case "DEL_ADDR" -> exists(c, "CONTACT", text(row, "SUB_NR"), "Debtor", row, table);
            case "ARTICLE" -> exists(c, "ART_GRP", text(row, "AG_CODE"), "Article group", row, table);
            case "SO_HDR" -> {
                exists(c, "CONTACT", text(row, "RPL_INV"), "Debtor", row, table);
                exists(c, "CONTACT", text(row, "RPL_DEL"), "Debtor", row, table);
                exists(c, "DEL_ADDR", text(row, "DEL_CODE"), "Delivery address", row, table);
            }
            case "SO_LINE" -> exists(c, "ARTICLE", text(row, "ART_CODE"), "Article", row, table);
            default -> {
            }
        }
    }

    private static void exists(AvCompanyState c, String target, String key, String what, AvPayload.Row row,
                               String table) {
        if (!key.isEmpty() && !c.table(target).byKey.containsKey(key)) {
            throw AvError.invalid(what + " '" + key + "' does not exist (" + table + " row " + row.index() + ")");
        }
    }
}
