package dev.ledgerbridge.testkit.accountview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.accountview.internal.AvCompanyState;
import dev.ledgerbridge.testkit.accountview.internal.AvRouter;
import dev.ledgerbridge.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
     * Inserts one record of a single-table business object ({@code AR1}, {@code ADDR}, {@code AK1}, {@code AG1}),
     * field by field with the wire's field codes; typed shortcuts: {@link #addDebtor(String, String)},
     * {@link #addArticle(String, String, BigDecimal, int)}.
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
     * Adds a debtor ({@code AR1}, table {@code CONTACT}) numbered by the emulator, as AccountView numbers new debtors.
     * Sets {@code ACCT_NAME} to the name, {@code SRC_CODE} (search code) to its first 10 letters and digits in upper
     * case, and {@code MAIL_BUS} to the e-mail address unless it is null. For other fields use
     * {@link #insert(String, Map)} with {@code "AR1"}.
     *
     * @param name the debtor's name, at most 40 characters
     * @param email the e-mail address, or null
     * @return the assigned debtor number ({@code SUB_NR})
     */
    public String addDebtor(String name, String email) {
        return addDebtor("", name, email);
    }

    /**
     * Adds a debtor with a given number; otherwise as {@link #addDebtor(String, String)}.
     *
     * @param number the debtor number ({@code SUB_NR}), at most 10 characters, not yet taken
     * @param name the debtor's name, at most 40 characters
     * @param email the e-mail address, or null
     * @return the debtor number
     */
    public String addDebtor(String number, String name, String email) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!number.isEmpty()) {
            fields.put("SUB_NR", number);
        }
        fields.put("ACCT_NAME", Objects.requireNonNull(name, "name"));
        fields.put("SRC_CODE", searchCode(name));
        if (email != null) {
            fields.put("MAIL_BUS", email);
        }
        return String.valueOf(insert("AR1", fields).get("SUB_NR")).trim();
    }

    /**
     * Adds an article ({@code AK1}, table {@code ARTICLE}) with {@code ART_CODE}, {@code ART_DESC1}, {@code PX_SELL}
     * (sales price) and {@code QTY_AVAIL} (stock). For other fields, such as the article group {@code AG_CODE}, use
     * {@link #insert(String, Map)} with {@code "AK1"}.
     *
     * @param code the article code, at most 20 characters, not yet taken
     * @param description the description, at most 50 characters
     * @param price the sales price, e.g. {@code new BigDecimal("12.50")}
     * @param stock the quantity available
     */
    public void addArticle(String code, String description, BigDecimal price, int stock) {
        insert("AK1", Map.of("ART_CODE", code, "ART_DESC1", description, "PX_SELL", price, "QTY_AVAIL", stock));
    }

    /**
     * Adds a sales order ({@code SO1}): an {@code SO_HDR} row with {@code RPL_INV} (the ordering debtor) and
     * {@code ORD_DATE} (the date at midnight), and one {@code SO_LINE} row per line. AccountView assigns the order
     * number and an order-history ({@code ALH}) entry appears. For other header fields use
     * {@link #insertSalesOrder(Map, List)}.
     *
     * @param debtorNumber the ordering debtor's {@code SUB_NR}; the debtor must exist
     * @param date the order date
     * @param lines at least one line; each article must exist
     * @return the assigned order number ({@code ORD_NR})
     */
    public String addSalesOrder(String debtorNumber, LocalDate date, SalesOrderLine... lines) {
        if (lines.length == 0) {
            throw new IllegalArgumentException("a sales order needs at least one line");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SalesOrderLine line : lines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ART_CODE", line.articleCode());
            row.put("ORD_QTY", line.quantity());
            if (line.price() != null) {
                row.put("ART_PX", line.price());
            }
            rows.add(row);
        }
        Map<String, Object> header = Map.of("RPL_INV", Objects.requireNonNull(debtorNumber, "debtorNumber"),
                "ORD_DATE", date.atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return String.valueOf(insertSalesOrder(header, rows).get("ORD_NR")).trim();
    }

    /**
     * Inserts a sales order ({@code SO1}) with lines, field by field, as {@code POST accountviewdata} would, with the
     * same validation (mandatory fields, lengths, types, references). Mandatory: {@code RPL_INV} in the header (an
     * existing debtor's {@code SUB_NR}); {@code ART_CODE} (an existing article) and {@code ORD_QTY} in every line.
     * Common optional fields: header {@code ORD_DATE}, {@code INV_DATE}, {@code DEL_DATE}
     * ({@code YYYY-MM-DDTHH:MM:SS}), {@code RPL_DEL}, {@code DEL_CODE}, {@code COMMENT1}, {@code COMMENT2},
     * {@code TO_EMAIL}, {@code EMP_NR}; line {@code ART_PX}, {@code DEL_DATE}. {@code ORD_NR} is assigned and must not
     * be sent; all lines must have the same keys. Also writes the order-history ({@code ALH}) entry.
     *
     * @param header SO_HDR field code to value
     * @param lines SO_LINE field code to value, one map per line, in order
     * @return the stored header row as {@code GET accountviewdata} shows it, including the assigned {@code ORD_NR}
     * @throws IllegalArgumentException with the API's ErrorMessage if a field is missing, too long, unknown or
     *     refers to a record that does not exist
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

    private static String searchCode(String name) {
        StringBuilder code = new StringBuilder();
        name.codePoints().filter(Character::isLetterOrDigit).limit(10).forEach(code::appendCodePoint);
        return code.length() == 0 ? "DEBTOR" : code.toString().toUpperCase(Locale.ROOT);
    }

    /** Shows the company code. */
    @Override
    public String toString() {
        return "AccountViewCompany[" + state.code() + "]";
    }
}
