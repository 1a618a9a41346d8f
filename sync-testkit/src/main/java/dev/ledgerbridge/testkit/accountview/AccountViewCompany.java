package dev.ledgerbridge.testkit.accountview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.accountview.internal.AvCompanyState;
import dev.ledgerbridge.testkit.accountview.internal.AvRouter;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One company (administration) in an {@link AccountViewEmulator}: seed and inspect its data.
 *
 * <p>Seeding goes through the same validation as {@code POST accountviewdata} (mandatory fields, lengths, references)
 * and maintains REC_ID, INP_DATE, CNG_DATE and CNG_NR; invalid input throws {@link IllegalArgumentException} with
 * the ErrorMessage the API would send. Inspection returns copies of rows as {@code GET accountviewdata} shows them.
 * Thread-safe.
 */
public final class AccountViewCompany {
    private final AvRouter router;
    private final AvCompanyState state;

    AccountViewCompany(AvRouter router, AvCompanyState state) {
        this.router = router;
        this.state = state;
    }

    /**
     * Returns the value to send as {@code X-Company}.
     *
     * @return the company id
     */
    public String id() {
        return state.id();
    }

    /**
     * Returns the company code (Ondernemingscode).
     *
     * @return the code
     */
    public String code() {
        return state.code();
    }

    /**
     * Inserts one record of a single-table business object ({@code AR1}, {@code ADDR}, {@code AK1}, {@code AG1}).
     *
     * @param businessObject the code
     * @param fields field code to value, e.g. {@code Map.of("ART_CODE", "ART-1001", "ART_DESC1", "Schroef")}
     * @return the stored row, including assigned keys such as SUB_NR and REC_ID
     */
    public Map<String, Object> insert(String businessObject, Map<String, ?> fields) {
        ObjectNode result = router.write(state, payload(businessObject, fields, null), false);
        return Json.toMap(result.elements().next().get(0));
    }

    /**
     * Updates one record as {@code PUT accountviewdata} would; {@code fields} must contain the key
     * (SUB_NR, ART_CODE, AG_CODE, or REC_ID for ADDR).
     *
     * @param businessObject the code
     * @param fields key and changed fields
     * @return the stored row after the update
     */
    public Map<String, Object> update(String businessObject, Map<String, ?> fields) {
        ObjectNode result = router.write(state, payload(businessObject, fields, null), true);
        return Json.toMap(result.elements().next().get(0));
    }

    /**
     * Inserts a sales order ({@code SO1}) with lines.
     *
     * @param header SO_HDR fields (RPL_INV required)
     * @param lines SO_LINE fields per line (ART_CODE and ORD_QTY required)
     * @return the stored header including the assigned ORD_NR
     */
    public Map<String, Object> insertSalesOrder(Map<String, ?> header, List<? extends Map<String, ?>> lines) {
        ObjectNode result = router.write(state, payload("SO1", header, lines), false);
        return Json.toMap(result.get("SO_HDR").get(0));
    }

    /**
     * Seeds from JSON: {@code {"AG1":[{...}], "AK1":[...], "AR1":[...], "ADDR":[...],
     * "SO1":[{"header":{...}, "lines":[{...}]}]}}, applied in that order.
     *
     * @param json the document
     */
    public void seedJson(String json) {
        seed(Json.parse(json));
    }

    void seed(JsonNode doc) {
        List<String> order = List.of("AG1", "AK1", "AR1", "ADDR", "SO1");
        doc.fieldNames().forEachRemaining(n -> {
            if (!order.contains(n)) {
                throw new IllegalArgumentException("unknown seed section '" + n + "', expected one of " + order);
            }
        });
        for (String bo : order) {
            JsonNode items = doc.get(bo);
            if (items == null) {
                continue;
            }
            for (JsonNode item : items) {
                if (bo.equals("SO1")) {
                    List<Map<String, Object>> lines = new ArrayList<>();
                    item.path("lines").forEach(l -> lines.add(Json.toMap(l)));
                    insertSalesOrder(Json.toMap(item.path("header")), lines);
                } else {
                    insert(bo, Json.toMap(item));
                }
            }
        }
    }

    /**
     * Returns all rows of a table, e.g. {@code CONTACT}, {@code DEL_ADDR}, {@code ARTICLE}, {@code ART_GRP},
     * {@code SO_HDR}, {@code SO_LINE}, {@code HST_AL}.
     *
     * @param table the table name
     * @return copies in creation order
     */
    public List<Map<String, Object>> rows(String table) {
        return Json.toMaps(router.rows(state, table));
    }

    private static ObjectNode payload(String bo, Map<String, ?> header, List<? extends Map<String, ?>> lines) {
        ObjectNode p = Json.object();
        p.put("BusinessObject", bo);
        String table = switch (bo.toUpperCase(java.util.Locale.ROOT)) {
            case "AR1" -> "CONTACT";
            case "ADDR" -> "DEL_ADDR";
            case "AK1" -> "ARTICLE";
            case "AG1" -> "ART_GRP";
            case "SO1" -> "SO_HDR";
            default -> throw new IllegalArgumentException("business object " + bo + " cannot be written; use AR1, "
                    + "ADDR, AK1, AG1 or SO1");
        };
        ObjectNode def = p.putObject("Table").putObject("Definition");
        def.put("Name", table);
        ArrayNode values = p.putObject("TableData").putObject("Data").putArray("Rows").addObject().putArray("Values");
        ArrayNode fields = def.putArray("Fields");
        fields.addObject().put("Name", "RowId").put("FieldType", "C");
        values.add("1");
        columns(header, fields, values);
        if (lines != null && !lines.isEmpty()) {
            ObjectNode lineDef = ((ObjectNode) p.get("Table")).putArray("DetailDefinitions").addObject();
            lineDef.put("Name", "SO_LINE");
            ArrayNode rows = ((ObjectNode) p.get("TableData")).putArray("DetailData").addObject().putArray("Rows");
            int i = 0;
            for (Map<String, ?> line : lines) {
                // each line gets its own definition order; all lines must share keys, so build from the first
                if (i == 0) {
                    ArrayNode lf = lineDef.putArray("Fields");
                    lf.addObject().put("Name", "RowId").put("FieldType", "C");
                    lf.addObject().put("Name", "HeaderId").put("FieldType", "C");
                    line.keySet().forEach(k -> lf.addObject().put("Name", k).put("FieldType", "C"));
                }
                ArrayNode lv = rows.addObject().putArray("Values");
                lv.add(Integer.toString(++i));
                lv.add("1");
                for (JsonNode f : lineDef.get("Fields")) {
                    String name = f.get("Name").asText();
                    if (!name.equals("RowId") && !name.equals("HeaderId")) {
                        lv.add(Json.MAPPER.valueToTree(line.get(name)));
                    }
                }
            }
        }
        return p;
    }

    private static void columns(Map<String, ?> fields, ArrayNode defs, ArrayNode values) {
        ObjectNode asNode = Json.fromMap(fields);
        Iterator<Map.Entry<String, JsonNode>> it = asNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            defs.addObject().put("Name", e.getKey()).put("FieldType", "C");
            values.add(e.getValue());
        }
    }

    /** Shows the company code. */
    @Override
    public String toString() {
        return "AccountViewCompany[" + state.code() + "]";
    }
}
