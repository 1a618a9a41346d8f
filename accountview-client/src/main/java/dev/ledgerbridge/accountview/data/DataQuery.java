package dev.ledgerbridge.accountview.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read of {@code GET /api/v3/accountviewdata}: business object, fields, numbered filters, a free filter
 * expression, sorting, paging and book date. Immutable; build with {@link #builder(String)}.
 *
 * <p>Paging: {@link Builder#pageNumber(int)} selects offset paging; {@link Builder#keysetPaging(String)} selects
 * {@code lastKey} paging on a key field ({@code SUB_NR} for {@code CONTACT}, {@code REC_ID} for most others).
 * {@link AccountViewData#list(DataQuery, String)} walks either style page by page.
 */
public final class DataQuery {
    private final String businessObject;
    private final List<String> fields;
    private final List<Filter> filters;
    private final Boolean matchAnyFilter;
    private final String filterExpression;
    private final List<String> sortFields;
    private final SortOrder sortOrder;
    private final Integer pageSize;
    private final Integer pageNumber;
    private final String keyField;
    private final String lastKey;
    private final LocalDate bookDate;

    private DataQuery(Builder b) {
        this.businessObject = b.businessObject;
        this.fields = List.copyOf(b.fields);
        this.filters = List.copyOf(b.filters);
        this.matchAnyFilter = b.matchAnyFilter;
        this.filterExpression = b.filterExpression;
        this.sortFields = List.copyOf(b.sortFields);
        this.sortOrder = b.sortOrder;
        this.pageSize = b.pageSize;
        this.pageNumber = b.pageNumber;
        this.keyField = b.keyField;
        this.lastKey = b.lastKey;
        this.bookDate = b.bookDate;
        if (pageNumber != null && keyField != null) {
            throw new IllegalArgumentException("pageNumber and keysetPaging(" + keyField
                    + ") exclude each other: choose one paging style");
        }
        if (lastKey != null && keyField == null) {
            throw new IllegalArgumentException("lastKey '" + lastKey + "' needs keysetPaging(keyField)");
        }
    }

    /**
     * Starts a query of a business object.
     *
     * @param businessObject business-object code such as {@code AR1}; upper-cased
     * @return the builder
     */
    public static Builder builder(String businessObject) {
        return new Builder(businessObject);
    }

    /** A builder pre-filled with this query. */
    public Builder toBuilder() {
        Builder b = new Builder(businessObject);
        b.fields.addAll(fields);
        b.filters.addAll(filters);
        b.matchAnyFilter = matchAnyFilter;
        b.filterExpression = filterExpression;
        b.sortFields.addAll(sortFields);
        b.sortOrder = sortOrder;
        b.pageSize = pageSize;
        b.pageNumber = pageNumber;
        b.keyField = keyField;
        b.lastKey = lastKey;
        b.bookDate = bookDate;
        return b;
    }

    /** Business-object code, upper case. */
    public String businessObject() {
        return businessObject;
    }

    /** Requested fields; empty means all fields. */
    public List<String> fields() {
        return fields;
    }

    /** Numbered filters in order (the first is number 1). */
    public List<Filter> filters() {
        return filters;
    }

    /** Whether numbered filters are OR-ed ({@code MatchAnyFilter}), when set. */
    public Optional<Boolean> matchAnyFilter() {
        return Optional.ofNullable(matchAnyFilter);
    }

    /** Free filter expression ({@code Filter}), when set. */
    public Optional<String> filterExpression() {
        return Optional.ofNullable(filterExpression);
    }

    /** Sort fields, in order. */
    public List<String> sortFields() {
        return sortFields;
    }

    /** Sort order, when set. */
    public Optional<SortOrder> sortOrder() {
        return Optional.ofNullable(sortOrder);
    }

    /** Page size, when set. */
    public Optional<Integer> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** 1-based page number (offset paging), when set. */
    public Optional<Integer> pageNumber() {
        return Optional.ofNullable(pageNumber);
    }

    /** Key field of {@code lastKey} paging, when that style is chosen. */
    public Optional<String> keyField() {
        return Optional.ofNullable(keyField);
    }

    /** The {@code lastKey} value, when set. */
    public Optional<String> lastKey() {
        return Optional.ofNullable(lastKey);
    }

    /** Book date ({@code BookDate}), when set. */
    public Optional<LocalDate> bookDate() {
        return Optional.ofNullable(bookDate);
    }

    /**
     * The query parameters in the order they are sent, unencoded. Dates inside filter values are already
     * FoxPro literals; the caller URL-encodes names and values.
     *
     * @return parameter name to value, in sending order; unmodifiable
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("BusinessObject", businessObject);
        if (!fields.isEmpty()) {
            p.put("Fields", String.join(",", fields));
        }
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            int n = i + 1;
            p.put("FilterControlSource" + n, f.field());
            p.put("FilterOperator" + n, f.operator().name());
            p.put("FilterValueType" + n, f.valueType().code());
            p.put("FilterValue" + n, f.value());
            f.listOfValues().ifPresent(v -> p.put("FilterIsListOfValues" + n, v.toString()));
        }
        if (matchAnyFilter != null) {
            p.put("MatchAnyFilter", matchAnyFilter.toString());
        }
        if (filterExpression != null) {
            p.put("Filter", filterExpression);
        }
        if (!sortFields.isEmpty()) {
            p.put("SortFields", String.join(",", sortFields));
        }
        if (sortOrder != null) {
            p.put("SortOrder", sortOrder.wireValue());
        }
        if (pageSize != null) {
            p.put("PageSize", pageSize.toString());
        }
        if (pageNumber != null) {
            p.put("PageNumber", pageNumber.toString());
        }
        if (lastKey != null) {
            p.put("lastKey", lastKey);
        }
        if (bookDate != null) {
            p.put("BookDate", bookDate.toString());
        }
        return Collections.unmodifiableMap(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataQuery q && q.parameters().equals(parameters()) && Objects.equals(q.keyField, keyField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters(), keyField);
    }

    @Override
    public String toString() {
        return "DataQuery" + parameters();
    }

    /** Builder for {@link DataQuery}. Not thread-safe. */
    public static final class Builder {
        private final String businessObject;
        private final List<String> fields = new ArrayList<>();
        private final List<Filter> filters = new ArrayList<>();
        private Boolean matchAnyFilter;
        private String filterExpression;
        private final List<String> sortFields = new ArrayList<>();
        private SortOrder sortOrder;
        private Integer pageSize;
        private Integer pageNumber;
        private String keyField;
        private String lastKey;
        private LocalDate bookDate;

        private Builder(String businessObject) {
            this.businessObject = code(businessObject, "businessObject");
        }

        private static String code(String value, String what) {
            Objects.requireNonNull(value, what);
            String v = value.strip();
            if (!v.matches("[A-Za-z0-9_.*]+")) {
                throw new IllegalArgumentException(what + " '" + value
                        + "' must be a code (letters, digits, _ and .)");
            }
            return v.toUpperCase(Locale.ROOT);
        }

        /** Adds fields to read ({@code Fields}); table-qualified names such as {@code CONTACT.SUB_NR} are allowed. */
        public Builder fields(String... fields) {
            for (String f : fields) {
                this.fields.add(code(f, "field"));
            }
            return this;
        }

        /** Adds numbered filters; their number follows the order of addition. */
        public Builder filter(Filter... filters) {
            for (Filter f : filters) {
                this.filters.add(Objects.requireNonNull(f, "filter"));
            }
            return this;
        }

        /** OR the numbered filters ({@code MatchAnyFilter=true}) instead of AND-ing them. */
        public Builder matchAnyFilter(boolean matchAny) {
            this.matchAnyFilter = matchAny;
            return this;
        }

        /**
         * A free filter expression in AccountView (FoxPro) syntax, e.g. {@code dct_fld.dbf_name='ART_LINE'};
         * build literals with {@link FoxPro}. Sent verbatim.
         */
        public Builder filterExpression(String expression) {
            Objects.requireNonNull(expression, "expression");
            if (expression.isBlank()) {
                throw new IllegalArgumentException("filter expression must not be blank");
            }
            this.filterExpression = expression;
            return this;
        }

        /** Adds sort fields ({@code SortFields}). */
        public Builder sortBy(String... fields) {
            for (String f : fields) {
                this.sortFields.add(code(f, "sort field"));
            }
            return this;
        }

        /** Sort order ({@code SortOrder}). */
        public Builder sortOrder(SortOrder order) {
            this.sortOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /** Rows per page, 1 to 1000 (the largest size known to work). */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > 1000) {
                throw new IllegalArgumentException("pageSize must be between 1 and 1000, was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /** Offset paging: 1-based page number. */
        public Builder pageNumber(int pageNumber) {
            if (pageNumber < 1) {
                throw new IllegalArgumentException("pageNumber must be at least 1, was " + pageNumber);
            }
            this.pageNumber = pageNumber;
            return this;
        }

        /** Keyset paging on {@code keyField}: each next page sends the last row's key as {@code lastKey}. */
        public Builder keysetPaging(String keyField) {
            this.keyField = code(keyField, "keyField");
            return this;
        }

        /** The {@code lastKey} of keyset paging (the key of the last row already read). */
        public Builder lastKey(String lastKey) {
            this.lastKey = Objects.requireNonNull(lastKey, "lastKey");
            return this;
        }

        /** Book date selecting the fiscal year ({@code BookDate=YYYY-MM-DD}). */
        public Builder bookDate(LocalDate bookDate) {
            this.bookDate = Objects.requireNonNull(bookDate, "bookDate");
            return this;
        }

        /** Builds the query; throws {@link IllegalArgumentException} when both paging styles are chosen. */
        public DataQuery build() {
            return new DataQuery(this);
        }
    }
}
