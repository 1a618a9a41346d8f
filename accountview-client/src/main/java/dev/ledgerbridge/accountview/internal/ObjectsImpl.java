package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.WritableObjects;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.ArrayList;
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
        return data.pages(q, mapping.table(), this::read);
    }

    /** The models of one response: header rows, each with its lines when the object has lines. */
    protected List<T> read(Tables tables) {
        List<Row> headers = tables.rows(mapping.table());
        List<T> out = new ArrayList<>(headers.size());
        for (Row h : headers) {
            T value = mapping.read(h);
            out.add(lines == null ? value : withLines(value, h, headers.size(), tables));
        }
        return out;
    }

    private <L> T withLines(T value, Row header, int headerCount, Tables tables) {
        @SuppressWarnings("unchecked")
        Lines<T, L> l = (Lines<T, L>) lines;
        String idField = mapping.table() + "_Id";
        Object id = header.get(idField);
        List<L> mine = new ArrayList<>();
        for (Row line : tables.rows(l.mapping().table())) {
            Object ref = line.get(idField);
            boolean belongs = id == null || ref == null ? headerCount == 1 : Objects.equals(id, ref);
            if (belongs) {
                mine.add(l.mapping().read(line));
            }
        }
        return l.with().apply(value, mine);
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
        List<T> back = read(echoed);
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
