package dev.ledgerbridge.accountview.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An insert ({@code POST}) or update ({@code PUT}) of {@code /api/v3/accountviewdata}: header rows of one table
 * and, per header, lines of detail tables. The client turns it into the column-oriented payload (definitions with
 * {@code FieldType} per column, {@code RowId} per row, {@code HeaderId} per line), so no caller assembles
 * {@code Definition}/{@code Values} arrays. Immutable; build with {@link #builder(String, String)}.
 */
public final class WriteRequest {
    private final String businessObject;
    private final String table;
    private final List<Header> headers;
    private final Instant bookDate;

    private WriteRequest(Builder b) {
        if (b.headers.isEmpty()) {
            throw new IllegalArgumentException("a write request needs at least one row of " + b.table);
        }
        this.businessObject = b.businessObject;
        this.table = b.table;
        this.headers = List.copyOf(b.headers);
        this.bookDate = b.bookDate;
    }

    /**
     * Starts a write.
     *
     * @param businessObject business-object code, e.g. {@code SO1}
     * @param table          header table name, e.g. {@code SO_HDR}
     * @return the builder
     */
    public static Builder builder(String businessObject, String table) {
        return new Builder(businessObject, table);
    }

    /** Business-object code, upper case. */
    public String businessObject() {
        return businessObject;
    }

    /** Header table name, upper case. */
    public String table() {
        return table;
    }

    /** Header rows with their lines, in order. */
    public List<Header> headers() {
        return headers;
    }

    /** Detail table names in order of first use. */
    public List<String> detailTables() {
        List<String> names = new ArrayList<>();
        for (Header h : headers) {
            for (String t : h.lines().keySet()) {
                if (!names.contains(t)) {
                    names.add(t);
                }
            }
        }
        return names;
    }

    /** Book date sent as {@code BookDate}, when set on the request. */
    public Optional<Instant> bookDate() {
        return Optional.ofNullable(bookDate);
    }

    @Override
    public String toString() {
        return "WriteRequest{" + businessObject + "/" + table + ", " + headers.size() + " rows, details "
                + detailTables() + "}";
    }

    /**
     * A header row and its lines per detail table. Immutable.
     *
     * @param row   the header row
     * @param lines detail table name to its lines, in order
     */
    public record Header(WriteRow row, Map<String, List<WriteRow>> lines) {
        /** Copies the lines; table names upper-cased. */
        public Header {
            Objects.requireNonNull(row, "row");
            Map<String, List<WriteRow>> copy = new LinkedHashMap<>();
            lines.forEach((k, v) -> copy.put(k.toUpperCase(Locale.ROOT), List.copyOf(v)));
            lines = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /** Builder for {@link WriteRequest}. */
    public static final class Builder {
        private final String businessObject;
        private final String table;
        private final List<Header> headers = new ArrayList<>();
        private Instant bookDate;

        private Builder(String businessObject, String table) {
            this.businessObject = Objects.requireNonNull(businessObject, "businessObject").strip()
                    .toUpperCase(Locale.ROOT);
            this.table = Objects.requireNonNull(table, "table").strip().toUpperCase(Locale.ROOT);
        }

        /** Adds a header row without lines. */
        public Builder row(WriteRow row) {
            headers.add(new Header(row, Map.of()));
            return this;
        }

        /** Adds a header row with lines in one detail table. */
        public Builder row(WriteRow row, String detailTable, List<WriteRow> lines) {
            headers.add(new Header(row, Map.of(detailTable, lines)));
            return this;
        }

        /** Adds a header row with lines in several detail tables. */
        public Builder row(WriteRow row, Map<String, List<WriteRow>> linesPerTable) {
            headers.add(new Header(row, linesPerTable));
            return this;
        }

        /** Book date ({@code BookDate}); without it the client's default applies. */
        public Builder bookDate(Instant bookDate) {
            this.bookDate = Objects.requireNonNull(bookDate, "bookDate");
            return this;
        }

        /** Builds the request; at least one row is required. */
        public WriteRequest build() {
            return new WriteRequest(this);
        }
    }
}
