package dev.ledgerbridge.accountview.data;

import dev.ledgerbridge.transport.paging.PagedIterable;

/**
 * The generic data API of one company ({@code /api/v3/accountviewdata}, sent with its {@code X-Company}). Use it
 * for business objects without a typed client; the typed clients are built on it.
 *
 * <p>Errors: a status error or an {@code ErrorType}/{@code ErrorMessage} body (even with a 2xx status) becomes a
 * {@link dev.ledgerbridge.transport.error.ApiException} subclass; 401 after one token refresh becomes an
 * {@link dev.ledgerbridge.transport.error.AuthenticationException}.
 */
public interface AccountViewData {
    /**
     * One GET with exactly the query's parameters. An empty result, a missing table key and (unless configured
     * otherwise) a 404 all read as empty {@link Tables}.
     *
     * @param query the query
     * @return the tables of the response
     */
    Tables get(DataQuery query);

    /**
     * All rows of {@code table}, fetched lazily page by page. With {@link DataQuery.Builder#keysetPaging(String)} the
     * next page sends the last row's key as {@code lastKey}; otherwise {@code PageNumber} counts up from the query's
     * page number (or 1). The page size is the query's or the client default; a page with fewer rows than the page
     * size is the last.
     *
     * @param query the query
     * @param table the table whose rows are returned, e.g. {@code CONTACT}
     * @return the rows, lazily
     */
    PagedIterable<Row> list(DataQuery query, String table);

    /**
     * Inserts rows ({@code POST}). Not retried by the transport.
     *
     * @param request the rows
     * @return the rows echoed by the server (with server-assigned keys), possibly empty
     */
    Tables insert(WriteRequest request);

    /**
     * Updates rows ({@code PUT}); the key field must be among the columns. Not retried by the transport.
     *
     * @param request the rows
     * @return the rows echoed by the server, possibly empty
     */
    Tables update(WriteRequest request);
}
