package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.WritableObjects;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.Numbers;
import dev.ledgerbridge.transport.internal.Texts;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Typed reads and writes of one business object on top of {@link DataApi}: maps rows to models, joins lines to
 * headers, validates and writes.
 *
 * @param <T> the model type
 */
public class ObjectsImpl<T> implements WritableObjects<T> {
    private final DataApi data;
    private final String readObject;
    private final String writeObject;
    private final FieldMapping<T> mapping;
    private final Lines<T, ?> lines;
    private final boolean sortByKey;

    /**
     * @param data        the data API of the company
     * @param readObject  business object for reads
     * @param writeObject business object for writes
     * @param mapping     the header mapping
     * @param lines       line support, or null
     * @param sortByKey   sort listings by the (confirmed) key field
     */
    public ObjectsImpl(DataApi data, String readObject, String writeObject, FieldMapping<T> mapping, Lines<T, ?> lines,
            boolean sortByKey) {
        this.data = data;
        this.readObject = readObject;
        this.writeObject = writeObject;
        this.mapping = mapping;
        this.lines = lines;
        this.sortByKey = sortByKey;
    }

    @Override
    public String businessObject() {
        return readObject;
    }

    @Override
    public DataQuery.Builder query() {
        return DataQuery.builder(readObject).pageSize(data.config().defaultPageSize());
    }

    @Override
    public PagedIterable<T> list(DataQuery query) {
        if (!query.businessObject().equalsIgnoreCase(readObject)) {
            throw new IllegalArgumentException("query is for business object " + query.businessObject() + ", not "
                    + readObject);
        }
        DataQuery q = query;
        if (sortByKey && mapping.keyField() != null && query.sortFields().isEmpty()) {
            q = query.toBuilder().sortBy(mapping.keyField()).build(); // stable pages unless the caller sorts
        }
        String endpoint = "GET accountviewdata " + readObject;
        return data.pages(q, mapping.table(), tables -> read(tables, endpoint));
    }

    /**
     * The models of one response: header rows, each with its lines when the object has lines.
     *
     * @param tables   the tables of the response
     * @param endpoint the request, for errors
     * @throws ResponseParseException when a line belongs to no header of the response (see {@link #join})
     */
    protected List<T> read(Tables tables, String endpoint) {
        List<Row> headers = tables.rows(mapping.table());
        List<List<Row>> lineRows = lines == null ? null : join(headers, tables, endpoint);
        List<T> out = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            T value = mapping.read(headers.get(i));
            out.add(lines == null ? value : withLines(value, lineRows.get(i)));
        }
        return out;
    }

    private <L> T withLines(T value, List<Row> rows) {
        @SuppressWarnings("unchecked")
        Lines<T, L> l = (Lines<T, L>) lines;
        List<L> mine = new ArrayList<>(rows.size());
        for (Row line : rows) {
            mine.add(l.mapping().read(line));
        }
        return l.with().apply(value, mine);
    }

    /**
     * The line rows of each header, by position. A line belongs to the header with the same {@code <TABLE>_Id}
     * (compared as text, numbers without trailing zeros, so {@code 1}, {@code 1.0} and {@code "1"} match); a
     * response with a single header takes every line that has no id or the single header has none. Every other
     * line (an id no header has, no id among several headers, lines without headers, or an id two headers share)
     * is a {@link ResponseParseException} naming the endpoint, the line and the header id: dropping it would lose
     * an order line without a trace.
     */
    private List<List<Row>> join(List<Row> headers, Tables tables, String endpoint) {
        String headerTable = mapping.table();
        String lineTable = lines.mapping().table();
        String idField = headerTable + "_Id";
        List<List<Row>> out = new ArrayList<>(headers.size());
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            out.add(new ArrayList<>());
            String id = idText(headers.get(i).get(idField));
            if (id != null && byId.putIfAbsent(id, i) != null) {
                List<Row> lineRows = tables.rows(lineTable);
                if (lineRows.stream().anyMatch(r -> id.equals(idText(r.get(idField))))) {
                    throw orphan(endpoint, lineTable + " lines of " + idField + " " + id + " fit two " + headerTable
                            + " rows with that id (rows " + (byId.get(id) + 1) + " and " + (i + 1) + ")");
                }
            }
        }
        List<Row> lineRows = tables.rows(lineTable);
        for (int n = 0; n < lineRows.size(); n++) {
            Row line = lineRows.get(n);
            String ref = idText(line.get(idField));
            Integer at = ref == null ? null : byId.get(ref);
            if (at == null && headers.size() == 1 && (ref == null || idText(headers.get(0).get(idField)) == null)) {
                at = 0; // one header: a line without id, or a header without one, can only be its line
            }
            if (at == null) {
                String which = lineTable + " " + lineName(line, lineTable, n);
                String problem = ref == null
                        ? which + " has no " + idField + ", so it cannot be told which of " + headers.size() + " "
                                + headerTable + " rows it belongs to"
                        : which + " refers to " + idField + " " + Texts.abbreviate(ref) + ", which no " + headerTable
                                + " row of the response has (" + headerTable + " ids: " + ids(headers, idField) + ")";
                throw orphan(endpoint, problem);
            }
            out.get(at).add(line);
        }
        return out;
    }

    private static ResponseParseException orphan(String endpoint, String problem) {
        return new ResponseParseException("Response of " + endpoint + " has a line that belongs to no header: "
                + problem + "; the line is not dropped silently", endpoint, 200, null, null);
    }

    /** How a line row is named in errors: its own {@code <LINE_TABLE>_Id}, else {@code REC_ID}, else its position. */
    private static String lineName(Row line, String lineTable, int index) {
        String own = idText(line.get(lineTable + "_Id"));
        if (own != null) {
            return lineTable + "_Id " + Texts.abbreviate(own);
        }
        String rec = idText(line.get("REC_ID"));
        return rec != null ? "REC_ID " + Texts.abbreviate(rec) : "row " + (index + 1);
    }

    private static String ids(List<Row> headers, String idField) {
        if (headers.isEmpty()) {
            return "none";
        }
        List<String> ids = headers.stream().limit(10).map(h -> String.valueOf(idText(h.get(idField)))).toList();
        return String.join(", ", ids) + (headers.size() > 10 ? ", ... (" + headers.size() + " rows)" : "");
    }

    /** A row id as comparable text: numbers plain without trailing zeros, text trimmed; null when absent or blank. */
    static String idText(Object id) {
        if (id == null) {
            return null;
        }
        if (id instanceof BigDecimal d) {
            // the parser lets through only plausible numbers (at most 40 digits), so plain text stays short
            return d.signum() == 0 ? "0" : Numbers.plausible(d) ? d.stripTrailingZeros().toPlainString()
                    : Numbers.describe(d);
        }
        String text = String.valueOf(id).strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public T insert(T value) {
        return write(value, true);
    }

    @Override
    public T update(T value) {
        return write(value, false);
    }

    /** Validates, writes and reads back the echo. */
    protected T write(T value, boolean insert) {
        Objects.requireNonNull(value, "value");
        String endpoint = (insert ? "POST" : "PUT") + " accountviewdata " + writeObject;
        WriteRow row = mapping.write(value, Set.of());
        List<Violation> more = new ArrayList<>();
        if (!insert && mapping.keyField() != null && row.value(mapping.keyField()) == null) {
            more.add(new Violation(property(mapping.propertyCodes(), mapping.keyField()) + " (" + mapping.keyField()
                    + ")", "null", "must be set to update"));
        }
        WriteRequest.Builder req = WriteRequest.builder(writeObject, mapping.table());
        if (lines == null) {
            Validation.require(value, insert, mapping.propertyCodes(), Map.of(), more, endpoint);
            req.row(row);
        } else {
            writeLines(value, row, req, insert, more, endpoint);
        }
        Tables echoed = insert ? data.insert(req.build()) : data.update(req.build());
        List<T> back = read(echoed, endpoint);
        return back.isEmpty() ? value : back.get(0);
    }

    private <L> void writeLines(T value, WriteRow row, WriteRequest.Builder req, boolean insert, List<Violation> more,
            String endpoint) {
        @SuppressWarnings("unchecked")
        Lines<T, L> l = (Lines<T, L>) lines;
        List<L> ls = l.get().apply(value);
        if (insert && ls.isEmpty()) {
            more.add(new Violation("lines (" + l.mapping().table() + ")", "[]", "must contain at least one line"));
        }
        Validation.require(value, insert, mapping.propertyCodes(), l.mapping().propertyCodes(), more, endpoint);
        List<WriteRow> rows = ls.stream().map(x -> l.mapping().write(x, Set.of())).toList();
        req.row(row, l.mapping().table(), rows);
    }

    private static String property(Map<String, String> codes, String code) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElse(code);
    }
}
