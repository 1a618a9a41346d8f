package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.data.AccountViewData;
import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.internal.Json;
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
        String endpoint = "GET accountviewdata " + query.businessObject();
        ApiResponse r = http.send("GET", PATH, query.parameters(), null, companyId, endpoint, true);
        if (r.status() == 404 && http.config().notFoundAsEmpty()) {
            return Tables.empty();
        }
        ErrorMapper.throwIfError(r);
        return TableParser.parse(r);
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
        Tables tables = get(q);
        List<Row> rows = tables.rows(table);
        List<T> items = mapper.apply(tables);
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
        byte[] body = Json.write(writer.payload(request, bookDate));
        String endpoint = method + " accountviewdata " + request.businessObject();
        ApiResponse r = http.sendChecked(method, PATH, Map.of(), body, companyId, endpoint, false);
        return TableParser.parse(r);
    }
}
