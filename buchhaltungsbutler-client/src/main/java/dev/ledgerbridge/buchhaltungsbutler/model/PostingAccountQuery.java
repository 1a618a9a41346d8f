package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Filters and page size for listing the chart of accounts ({@code /settings/get/postingaccounts}).
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class PostingAccountQuery {
    @JsonProperty("order")
    @Pattern(regexp = "(postingaccount_number|name|type) (ASC|DESC)", message = "must be one of postingaccount_number|name|type followed by ASC or DESC")
    private final String order;
    @JsonProperty("exclude_postingaccounts")
    private final Boolean excludePostingAccounts;
    @JsonProperty("exclude_accounts")
    private final Boolean excludeAccounts;
    @JsonProperty("exclude_creditors")
    private final Boolean excludeCreditors;
    @JsonProperty("exclude_debtors")
    private final Boolean excludeDebtors;
    @Min(1)
    @Max(1000)
    private final Integer pageSize;

    private PostingAccountQuery(Builder b) {
        this.order = b.order;
        this.excludePostingAccounts = b.excludePostingAccounts;
        this.excludeAccounts = b.excludeAccounts;
        this.excludeCreditors = b.excludeCreditors;
        this.excludeDebtors = b.excludeDebtors;
        this.pageSize = b.pageSize;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.order = order;
        b.excludePostingAccounts = excludePostingAccounts;
        b.excludeAccounts = excludeAccounts;
        b.excludeCreditors = excludeCreditors;
        b.excludeDebtors = excludeDebtors;
        b.pageSize = pageSize;
        return b;
    }

    /** Sort order: {@code postingaccount_number ASC|DESC}, {@code name ASC|DESC} or {@code type ASC|DESC}; null when unset */
    public String order() {
        return order;
    }

    /** Drop ordinary general-ledger accounts; null when unset */
    public Boolean excludePostingAccounts() {
        return excludePostingAccounts;
    }

    /** Drop payment accounts; null when unset */
    public Boolean excludeAccounts() {
        return excludeAccounts;
    }

    /** Drop creditors and their collective account; null when unset */
    public Boolean excludeCreditors() {
        return excludeCreditors;
    }

    /** Drop debtors and their collective account; null when unset */
    public Boolean excludeDebtors() {
        return excludeDebtors;
    }

    /** Rows per request (default 1000); null when unset */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PostingAccountQuery o)) {
            return false;
        }
        return Objects.equals(order, o.order)
                && Objects.equals(excludePostingAccounts, o.excludePostingAccounts)
                && Objects.equals(excludeAccounts, o.excludeAccounts)
                && Objects.equals(excludeCreditors, o.excludeCreditors)
                && Objects.equals(excludeDebtors, o.excludeDebtors)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, excludePostingAccounts, excludeAccounts, excludeCreditors, excludeDebtors, pageSize);
    }

    @Override
    public String toString() {
        return "PostingAccountQuery{"
                + "order=" + order
                + ", excludePostingAccounts=" + excludePostingAccounts
                + ", excludeAccounts=" + excludeAccounts
                + ", excludeCreditors=" + excludeCreditors
                + ", excludeDebtors=" + excludeDebtors
                + ", pageSize=" + pageSize + "}";
    }

    /** Builder for {@link PostingAccountQuery}. Not thread-safe. */
    public static final class Builder {
        private String order;
        private Boolean excludePostingAccounts;
        private Boolean excludeAccounts;
        private Boolean excludeCreditors;
        private Boolean excludeDebtors;
        private Integer pageSize;

        private Builder() {
        }

        /** Sort order: {@code postingaccount_number ASC|DESC}, {@code name ASC|DESC} or {@code type ASC|DESC}. */
        public Builder order(String order) {
            this.order = order;
            return this;
        }

        /** Drop ordinary general-ledger accounts. */
        public Builder excludePostingAccounts(Boolean excludePostingAccounts) {
            this.excludePostingAccounts = excludePostingAccounts;
            return this;
        }

        /** Drop payment accounts. */
        public Builder excludeAccounts(Boolean excludeAccounts) {
            this.excludeAccounts = excludeAccounts;
            return this;
        }

        /** Drop creditors and their collective account. */
        public Builder excludeCreditors(Boolean excludeCreditors) {
            this.excludeCreditors = excludeCreditors;
            return this;
        }

        /** Drop debtors and their collective account. */
        public Builder excludeDebtors(Boolean excludeDebtors) {
            this.excludeDebtors = excludeDebtors;
            return this;
        }

        /** Rows per request (default 1000). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public PostingAccountQuery build() {
            return new PostingAccountQuery(this);
        }
    }
}
