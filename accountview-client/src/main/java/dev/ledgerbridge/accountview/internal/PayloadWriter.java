package dev.ledgerbridge.accountview.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the column-oriented POST/PUT payload: a definition per table (columns with {@code FieldType}, led by
 * {@code RowId} and for lines {@code HeaderId}) and rows of values in column order. The columns of a table are
 * the union of the fields set on its rows, in order of first appearance; a row lacking a column sends null.
 */
public final class PayloadWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final boolean numericRowIds;

    /**
     * @param numericRowIds send {@code RowId}/{@code HeaderId} as JSON numbers instead of strings
     */
    public PayloadWriter(boolean numericRowIds) {
        this.numericRowIds = numericRowIds;
    }

    /** The payload for a request; {@code bookDate} null leaves {@code BookDate} out. */
    public ObjectNode payload(WriteRequest request, Instant bookDate) {
        ObjectNode root = JSON.objectNode();
        if (bookDate != null) {
            root.put("BookDate", INSTANT.format(bookDate));
        }
        root.put("BusinessObject", request.businessObject());
        ObjectNode table = root.putObject("Table");
        ObjectNode data = root.putObject("TableData");

        List<WriteRow> headerRows = request.headers().stream().map(WriteRequest.Header::row).toList();
        Map<String, FieldType> headerColumns = columns(request.table(), headerRows);
        table.set("Definition", definition(request.table(), headerColumns, false));
        ArrayNode hdrValues = data.putObject("Data").putArray("Rows");
        for (int i = 0; i < headerRows.size(); i++) {
            hdrValues.add(values(headerRows.get(i), headerColumns, i + 1, null));
        }

        List<String> details = request.detailTables();
        if (!details.isEmpty()) {
            ArrayNode defs = table.putArray("DetailDefinitions");
            ArrayNode detailData = data.putArray("DetailData");
            for (String detail : details) {
                List<WriteRow> lines = new ArrayList<>();
                List<Integer> headerIds = new ArrayList<>();
                for (int h = 0; h < request.headers().size(); h++) {
                    for (WriteRow line : request.headers().get(h).lines().getOrDefault(detail, List.of())) {
                        lines.add(line);
                        headerIds.add(h + 1);
                    }
                }
                Map<String, FieldType> cols = columns(detail, lines);
                defs.add(definition(detail, cols, true));
                ArrayNode rows = detailData.addObject().putArray("Rows");
                for (int l = 0; l < lines.size(); l++) {
                    rows.add(values(lines.get(l), cols, l + 1, headerIds.get(l)));
                }
            }
        }
        return root;
    }

    private static Map<String, FieldType> columns(String table, List<WriteRow> rows) {
        Map<String, FieldType> cols = new LinkedHashMap<>();
        for (WriteRow row : rows) {
            for (String f : row.fields()) {
                FieldType t = row.type(f);
                FieldType before = cols.putIfAbsent(f, t);
                if (before != null && !before.equals(t)) {
                    throw new IllegalArgumentException("column " + table + "." + f + " is set with field type " + before
                            + " on one row and " + t + " on another");
                }
            }
        }
        return cols;
    }

    private static ObjectNode definition(String name, Map<String, FieldType> cols, boolean detail) {
        ObjectNode def = JSON.objectNode();
        def.put("Name", name);
        ArrayNode fields = def.putArray("Fields");
        fields.addObject().put("Name", "RowId").put("FieldType", "C");
        if (detail) {
            fields.addObject().put("Name", "HeaderId").put("FieldType", "C");
        }
        cols.forEach((f, t) -> fields.addObject().put("Name", f).put("FieldType", t.code()));
        return def;
    }

    private ObjectNode values(WriteRow row, Map<String, FieldType> cols, int rowId, Integer headerId) {
        ObjectNode r = JSON.objectNode();
        ArrayNode values = r.putArray("Values");
        addId(values, rowId);
        if (headerId != null) {
            addId(values, headerId);
        }
        for (String f : cols.keySet()) {
            addValue(values, row.has(f) ? row.value(f) : null);
        }
        return r;
    }

    private void addId(ArrayNode values, int id) {
        if (numericRowIds) {
            values.add(id);
        } else {
            values.add(Integer.toString(id));
        }
    }

    private static void addValue(ArrayNode values, Object v) {
        if (v == null) {
            values.addNull();
        } else if (v instanceof String s) {
            values.add(s);
        } else if (v instanceof BigDecimal d) {
            values.add(d);
        } else if (v instanceof Integer i) {
            values.add(i);
        } else if (v instanceof Long l) {
            values.add(l);
        } else if (v instanceof Number n) {
            values.add(new BigDecimal(n.toString()));
        } else if (v instanceof Boolean b) {
            values.add(b);
        } else if (v instanceof Instant i) {
            values.add(INSTANT.format(i));
        } else if (v instanceof LocalDateTime t) {
            values.add(LOCAL.format(t));
        } else if (v instanceof LocalDate d) {
            values.add(INSTANT.format(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        } else {
            throw new IllegalArgumentException("cannot write a value of type " + v.getClass().getName());
        }
    }
}
