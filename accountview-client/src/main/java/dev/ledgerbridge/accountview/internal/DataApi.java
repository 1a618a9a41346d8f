package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.AccountViewData;
import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.internal.Json;
import dev.ledgerbridge.transport.internal.Texts;
import dev.ledgerbridge.transport.paging.Page;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link AccountViewData} of one company. */
public final class DataApi implements AccountViewData {
    static final String PATH = "/api/v3/accountviewdata";
    private final AccountViewHttp http;
    private final String companyId;
    private final PayloadWriter writer;

    public DataApi(AccountViewHttp http, String companyId) {
        this.http = http;
        this.companyId = companyId;
        this.writer = new PayloadWriter(http.config().numericRowIds());
    }

    /** The client settings. */
    public ClientConfig config() {
        return http.config();
    }

    @Override
    public Tables get(DataQuery query) {
        ApiResponse r = send(query);
        return r == null ? Tables.empty() : TableParser.parse(r);
    }

    /** The response, or null for the documented 404 that means "no rows". */
    private ApiResponse send(DataQuery query) {
        String endpoint = "GET accountviewdata " + query.businessObject();
        ApiResponse r = http.send("GET", PATH, query.parameters(), null, companyId, endpoint, true);
        if (r.status() == 404 && http.config().notFoundAsEmpty()) {
            return null;
        }
        ErrorMapper.throwIfError(r);
        return r;
    }

    /** The tables of one page; unless the answer was the 404 for "no rows", they must include {@code table}. */
    private Tables page(DataQuery query, String table) {
        ApiResponse r = send(query);
        if (r == null) {
            return Tables.empty();
        }
        Tables tables = TableParser.parse(r, table);
        TableParser.requireTable(tables, table, r);
        return tables;
    }

    @Override
    public PagedIterable<Row> list(DataQuery query, String table) {
        return pages(query, table, t -> t.rows(table));
    }

    /**
     * Items of every page; {@code table} decides page fullness and the keyset key, {@code mapper} turns a page's
     * tables into items (e.g. headers with their lines).
     */
    public <T> PagedIterable<T> pages(DataQuery query, String table, Function<Tables, List<T>> mapper) {
        DataQuery.Builder b = query.toBuilder();
        int size = query.pageSize().orElse(http.config().defaultPageSize());
        b.pageSize(size);
        if (query.keyField().isEmpty() && query.pageNumber().isEmpty()) {
            b.pageNumber(1);
        }
        DataQuery first = b.build();
        return PagedIterable.of(() -> fetch(first, table, size, mapper));
    }

    private <T> Page<T> fetch(DataQuery q, String table, int size, Function<Tables, List<T>> mapper) {
        Tables tables = page(q, table);
        List<Row> rows = tables.rows(table);
        List<T> items;
        try {
            items = mapper.apply(tables);
        } catch (IllegalArgumentException e) { // a value the typed model cannot take, e.g. "1E+999999999" as text
            String endpoint = "GET accountviewdata " + q.businessObject();
            throw new ResponseParseException("Response of " + endpoint + " has a row the client cannot read: "
                    + Texts.abbreviate(e.getMessage()), endpoint, 200, null, e);
        }
        if (rows.size() < size) {
            return Page.last(items);
        }
        DataQuery next;
        if (q.keyField().isPresent()) {
            String key = q.keyField().get();
            String last = rows.get(rows.size() - 1).string(key);
            if (last == null || last.isEmpty()) {
                throw new ResponseParseException("lastKey paging of " + q.businessObject() + " needs field " + key
                        + " in every row, but the last row of the page has none; request it in Fields",
                        "GET accountviewdata " + q.businessObject(), 200, null, null);
            }
            if (q.lastKey().filter(last::equals).isPresent()) {
                throw new ResponseParseException("lastKey paging of " + q.businessObject() + " made no progress (" + key
                        + " " + last + " again); sort by " + key, "GET accountviewdata " + q.businessObject(), 200,
                        null, null);
            }
            next = q.toBuilder().lastKey(last).build();
        } else {
            next = q.toBuilder().pageNumber(q.pageNumber().orElse(1) + 1).build();
        }
        return Page.of(items, () -> fetch(next, table, size, mapper));
    }

    @Override
    public Tables insert(WriteRequest request) {
        return write("POST", request);
    }

    @Override
    public Tables update(WriteRequest request) {
        return write("PUT", request);
    }

    private Tables write(String method, WriteRequest request) {
        Instant bookDate = request.bookDate()
                .orElse(http.config().bookDateOnWrites() ? http.config().time().now() : null);
        String endpoint = method + " accountviewdata " + request.businessObject();
        WriteChecks.requireBoundedNumbers(request, endpoint);
        byte[] body = Json.write(writer.payload(request, bookDate));
        ApiResponse r = http.sendChecked(method, PATH, Map.of(), body, companyId, endpoint, false);
        return TableParser.parse(r);
    }
}
