package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Filters, order and page size for listing postings ({@code /postings/get}); the date range is required.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class PostingQuery {
    @JsonProperty("date_from")
    @NotNull
    private final LocalDate dateFrom;
    @JsonProperty("date_to")
    @NotNull
    private final LocalDate dateTo;
    @JsonProperty("date_last_action_from")
    private final LocalDate lastActionFrom;
    @JsonProperty("date_last_action_to")
    private final LocalDate lastActionTo;
    @JsonProperty("account")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String account;
    @JsonProperty("postingaccount")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String postingAccount;
    @JsonProperty("posting_status")
    private final PostingStatus status;
    @JsonProperty("cost_location")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String costLocation;
    @JsonProperty("order")
    private final PostingOrder order;
    @Min(1)
    @Max(1000)
    private final Integer pageSize;

    private PostingQuery(Builder b) {
        this.dateFrom = b.dateFrom;
        this.dateTo = b.dateTo;
        this.lastActionFrom = b.lastActionFrom;
        this.lastActionTo = b.lastActionTo;
        this.account = b.account;
        this.postingAccount = b.postingAccount;
        this.status = b.status;
        this.costLocation = b.costLocation;
        this.order = b.order;
        this.pageSize = b.pageSize;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dateFrom = dateFrom;
        b.dateTo = dateTo;
        b.lastActionFrom = lastActionFrom;
        b.lastActionTo = lastActionTo;
        b.account = account;
        b.postingAccount = postingAccount;
        b.status = status;
        b.costLocation = costLocation;
        b.order = order;
        b.pageSize = pageSize;
        return b;
    }

    /** Posting date from (required); null when unset */
    public LocalDate dateFrom() {
        return dateFrom;
    }

    /** Posting date to (required); null when unset */
    public LocalDate dateTo() {
        return dateTo;
    }

    /** Last change on or after (for incremental reads); null when unset */
    public LocalDate lastActionFrom() {
        return lastActionFrom;
    }

    /** Last change on or before; null when unset */
    public LocalDate lastActionTo() {
        return lastActionTo;
    }

    /** {@code all}, {@code all financial accounts}, {@code free booking} or comma-separated payment account numbers; null when unset */
    public String account() {
        return account;
    }

    /** {@code all}, {@code all postingaccounts}, {@code all debtors}, {@code all creditors} or numbers; null when unset */
    public String postingAccount() {
        return postingAccount;
    }

    /** All, fixed or unfixed postings; null when unset */
    public PostingStatus status() {
        return status;
    }

    /** Cost location code; null when unset */
    public String costLocation() {
        return costLocation;
    }

    /** Sort order; a fixed order keeps pages stable; null when unset */
    public PostingOrder order() {
        return order;
    }

    /** Rows per request (default and maximum 1000); null when unset */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PostingQuery o)) {
            return false;
        }
        return Objects.equals(dateFrom, o.dateFrom)
                && Objects.equals(dateTo, o.dateTo)
                && Objects.equals(lastActionFrom, o.lastActionFrom)
                && Objects.equals(lastActionTo, o.lastActionTo)
                && Objects.equals(account, o.account)
                && Objects.equals(postingAccount, o.postingAccount)
                && Objects.equals(status, o.status)
                && Objects.equals(costLocation, o.costLocation)
                && Objects.equals(order, o.order)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dateFrom, dateTo, lastActionFrom, lastActionTo, account, postingAccount, status, costLocation, order, pageSize);
    }

    @Override
    public String toString() {
        return "PostingQuery{"
                + "dateFrom=" + dateFrom
                + ", dateTo=" + dateTo
                + ", lastActionFrom=" + lastActionFrom
                + ", lastActionTo=" + lastActionTo
                + ", account=" + account
                + ", postingAccount=" + postingAccount
                + ", status=" + status
                + ", costLocation=" + costLocation
                + ", order=" + order
                + ", pageSize=" + pageSize + "}";
    }

    /** Builder for {@link PostingQuery}. Not thread-safe. */
    public static final class Builder {
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private LocalDate lastActionFrom;
        private LocalDate lastActionTo;
        private String account;
        private String postingAccount;
        private PostingStatus status;
        private String costLocation;
        private PostingOrder order;
        private Integer pageSize;

        private Builder() {
        }

        /** Posting date from (required). */
        public Builder dateFrom(LocalDate dateFrom) {
            this.dateFrom = dateFrom;
            return this;
        }

        /** Posting date to (required). */
        public Builder dateTo(LocalDate dateTo) {
            this.dateTo = dateTo;
            return this;
        }

        /** Last change on or after (for incremental reads). */
        public Builder lastActionFrom(LocalDate lastActionFrom) {
            this.lastActionFrom = lastActionFrom;
            return this;
        }

        /** Last change on or before. */
        public Builder lastActionTo(LocalDate lastActionTo) {
            this.lastActionTo = lastActionTo;
            return this;
        }

        /** {@code all}, {@code all financial accounts}, {@code free booking} or comma-separated payment account numbers. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** {@code all}, {@code all postingaccounts}, {@code all debtors}, {@code all creditors} or numbers. */
        public Builder postingAccount(String postingAccount) {
            this.postingAccount = postingAccount;
            return this;
        }

        /** All, fixed or unfixed postings. */
        public Builder status(PostingStatus status) {
            this.status = status;
            return this;
        }

        /** Cost location code. */
        public Builder costLocation(String costLocation) {
            this.costLocation = costLocation;
            return this;
        }

        /** Sort order; a fixed order keeps pages stable. */
        public Builder order(PostingOrder order) {
            this.order = order;
            return this;
        }

        /** Rows per request (default and maximum 1000). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public PostingQuery build() {
            return new PostingQuery(this);
        }
    }
}
