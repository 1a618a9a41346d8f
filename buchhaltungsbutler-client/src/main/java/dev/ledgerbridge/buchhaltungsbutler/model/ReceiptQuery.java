package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filters, order and page size for listing receipts ({@code /receipts/get}). {@code direction} is required.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptQuery {
    @JsonProperty("list_direction")
    @NotNull
    private final ReceiptDirection direction;
    @JsonProperty("payment_status")
    private final PaymentStatus paymentStatus;
    @JsonProperty("counterparty")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String counterparty;
    @JsonProperty("date_from")
    private final LocalDate dateFrom;
    @JsonProperty("date_to")
    private final LocalDate dateTo;
    @JsonProperty("due_date")
    private final LocalDate dueDate;
    @JsonProperty("invoicenumber")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String invoiceNumber;
    @JsonProperty("date_since_last_modified")
    @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss")
    private final LocalDateTime modifiedSince;
    @JsonProperty("include_offers")
    private final Boolean includeOffers;
    @JsonProperty("deleted")
    private final Boolean deleted;
    @JsonProperty("order")
    private final Map<String, String> order;
    @Min(1)
    @Max(500)
    private final Integer pageSize;

    private ReceiptQuery(Builder b) {
        this.direction = b.direction;
        this.paymentStatus = b.paymentStatus;
        this.counterparty = b.counterparty;
        this.dateFrom = b.dateFrom;
        this.dateTo = b.dateTo;
        this.dueDate = b.dueDate;
        this.invoiceNumber = b.invoiceNumber;
        this.modifiedSince = b.modifiedSince;
        this.includeOffers = b.includeOffers;
        this.deleted = b.deleted;
        this.order = b.order == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.order));
        this.pageSize = b.pageSize;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.direction = direction;
        b.paymentStatus = paymentStatus;
        b.counterparty = counterparty;
        b.dateFrom = dateFrom;
        b.dateTo = dateTo;
        b.dueDate = dueDate;
        b.invoiceNumber = invoiceNumber;
        b.modifiedSince = modifiedSince;
        b.includeOffers = includeOffers;
        b.deleted = deleted;
        b.order = order;
        b.pageSize = pageSize;
        return b;
    }

    /** Inbound (supplier) or outbound (own) documents (required); null when unset */
    public ReceiptDirection direction() {
        return direction;
    }

    /** Only paid or only unpaid receipts; null when unset */
    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    /** Invoicing party (inbound) or recipient (outbound); null when unset */
    public String counterparty() {
        return counterparty;
    }

    /** Issued on or after; null when unset */
    public LocalDate dateFrom() {
        return dateFrom;
    }

    /** Issued on or before; null when unset */
    public LocalDate dateTo() {
        return dateTo;
    }

    /** Exact due date; null when unset */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** Exact invoice number; null when unset */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** Only receipts changed after this time (server time zone); null when unset */
    public LocalDateTime modifiedSince() {
        return modifiedSince;
    }

    /** Include offers (default false); null when unset */
    public Boolean includeOffers() {
        return includeOffers;
    }

    /** true returns only soft-deleted receipts (default false); null when unset */
    public Boolean deleted() {
        return deleted;
    }

    /** Sort order by wire field name; use {@link Builder#orderBy}; null when unset */
    public Map<String, String> order() {
        return order;
    }

    /** Rows per request (default and maximum 500); null when unset */
    public Integer pageSize() {
        return pageSize;
    }

    /**
     * All outbound receipts: own invoices and credit notes (created invoices appear here), with the default page
     * size. Narrow it with {@code ReceiptQuery.outbound().toBuilder()...build()}.
     *
     * @return the built query
     */
    public static ReceiptQuery outbound() {
        return builder().direction(ReceiptDirection.OUTBOUND).build();
    }

    /**
     * All inbound receipts: supplier invoices and credit notes received, with the default page size. Narrow it with
     * {@code ReceiptQuery.inbound().toBuilder()...build()}.
     *
     * @return the built query
     */
    public static ReceiptQuery inbound() {
        return builder().direction(ReceiptDirection.INBOUND).build();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReceiptQuery o)) {
            return false;
        }
        return Objects.equals(direction, o.direction)
                && Objects.equals(paymentStatus, o.paymentStatus)
                && Objects.equals(counterparty, o.counterparty)
                && Objects.equals(dateFrom, o.dateFrom)
                && Objects.equals(dateTo, o.dateTo)
                && Objects.equals(dueDate, o.dueDate)
                && Objects.equals(invoiceNumber, o.invoiceNumber)
                && Objects.equals(modifiedSince, o.modifiedSince)
                && Objects.equals(includeOffers, o.includeOffers)
                && Objects.equals(deleted, o.deleted)
                && Objects.equals(order, o.order)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, paymentStatus, counterparty, dateFrom, dateTo, dueDate, invoiceNumber, modifiedSince, includeOffers, deleted, order, pageSize);
    }

    @Override
    public String toString() {
        return "ReceiptQuery{"
                + "direction=" + direction
                + ", paymentStatus=" + paymentStatus
                + ", counterparty=" + counterparty
                + ", dateFrom=" + dateFrom
                + ", dateTo=" + dateTo
                + ", dueDate=" + dueDate
                + ", invoiceNumber=" + invoiceNumber
                + ", modifiedSince=" + modifiedSince
                + ", includeOffers=" + includeOffers
                + ", deleted=" + deleted
                + ", order=" + order
                + ", pageSize=" + pageSize + "}";
    }

    /** Builder for {@link ReceiptQuery}. Not thread-safe. */
    public static final class Builder {
        private ReceiptDirection direction;
        private PaymentStatus paymentStatus;
        private String counterparty;
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private LocalDate dueDate;
        private String invoiceNumber;
        private LocalDateTime modifiedSince;
        private Boolean includeOffers;
        private Boolean deleted;
        private Map<String, String> order;
        private Integer pageSize;

        private Builder() {
        }

        /** Inbound (supplier) or outbound (own) documents (required). */
        public Builder direction(ReceiptDirection direction) {
            this.direction = direction;
            return this;
        }

        /** Only paid or only unpaid receipts. */
        public Builder paymentStatus(PaymentStatus paymentStatus) {
            this.paymentStatus = paymentStatus;
            return this;
        }

        /** Invoicing party (inbound) or recipient (outbound). */
        public Builder counterparty(String counterparty) {
            this.counterparty = counterparty;
            return this;
        }

        /** Issued on or after. */
        public Builder dateFrom(LocalDate dateFrom) {
            this.dateFrom = dateFrom;
            return this;
        }

        /** Issued on or before. */
        public Builder dateTo(LocalDate dateTo) {
            this.dateTo = dateTo;
            return this;
        }

        /** Exact due date. */
        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        /** Exact invoice number. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Only receipts changed after this time (server time zone). */
        public Builder modifiedSince(LocalDateTime modifiedSince) {
            this.modifiedSince = modifiedSince;
            return this;
        }

        /** Include offers (default false). */
        public Builder includeOffers(Boolean includeOffers) {
            this.includeOffers = includeOffers;
            return this;
        }

        /** true returns only soft-deleted receipts (default false). */
        public Builder deleted(Boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        /** Sort order by wire field name; use {@link Builder#orderBy}. */
        public Builder order(Map<String, String> order) {
            this.order = order;
            return this;
        }

        /** Rows per request (default and maximum 500). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Adds a sort key; keys apply in the order added. */
        public Builder orderBy(ReceiptSortField field, SortDirection direction) {
            if (this.order == null) {
                this.order = new LinkedHashMap<>();
            }
            this.order.put(field.wire(), direction.wire());
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public ReceiptQuery build() {
            return new ReceiptQuery(this);
        }
    }
}
