package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.Optional;

/**
 * Typed reads of one business object of one company. Results page lazily; unknown fields are kept in each
 * value's {@code extra()}.
 *
 * @param <T> the model type
 */
public interface ReadableObjects<T> {
    /** Business-object code used for reads, e.g. {@code AR1}. */
    String businessObject();

    /**
     * A query builder for this business object, pre-set with the client's page size. Add fields, filters and
     * sorting, then pass it to {@link #list}. A query without sort fields is sorted by the key field where that is
     * confirmed (stable paging).
     *
     * @return the builder
     */
    DataQuery.Builder query();

    /**
     * All values matching a query, fetched page by page as iteration proceeds.
     *
     * @param query a query of this business object (see {@link #query()})
     * @return the values, lazily
     * @throws IllegalArgumentException when the query is for another business object
     */
    PagedIterable<T> list(DataQuery query);

    /** Every value, lazily. */
    default PagedIterable<T> all() {
        return list(query().build());
    }

    /**
     * Values matching all filters, lazily.
     *
     * @param filters numbered filters, AND-ed
     * @return the values
     */
    default PagedIterable<T> where(Filter... filters) {
        return list(query().filter(filters).build());
    }

    /**
     * The first value matching all filters; reads one row.
     *
     * @param filters numbered filters, AND-ed
     * @return the value, or empty when none matches
     */
    default Optional<T> first(Filter... filters) {
        return list(query().filter(filters).pageSize(1).build()).stream().findFirst();
    }
}
