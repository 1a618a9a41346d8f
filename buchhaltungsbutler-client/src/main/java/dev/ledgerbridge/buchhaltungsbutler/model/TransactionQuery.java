package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Filters and page size for listing transactions ({@code /transactions/get}).
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class TransactionQuery {
    @JsonProperty("id_by_customer_from")
    private final Long idAfter;
    @JsonProperty("id_by_customer_to")
    private final Long idBefore;
    @JsonProperty("date_from")
    private final LocalDate dateFrom;
    @JsonProperty("date_to")
    private final LocalDate dateTo;
    @JsonProperty("date_since_last_modified")
    @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss")
    private final LocalDateTime modifiedSince;
    @JsonProperty("account")
    @Positive
    private final Long account;
    @JsonProperty("to_from")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String toFrom;
    @Min(1)
    @Max(500)
    private final Integer pageSize;

    private TransactionQuery(Builder b) {
        this.idAfter = b.idAfter;
        this.idBefore = b.idBefore;
        this.dateFrom = b.dateFrom;
        this.dateTo = b.dateTo;
        this.modifiedSince = b.modifiedSince;
        this.account = b.account;
        this.toFrom = b.toFrom;
        this.pageSize = b.pageSize;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.idAfter = idAfter;
        b.idBefore = idBefore;
        b.dateFrom = dateFrom;
        b.dateTo = dateTo;
        b.modifiedSince = modifiedSince;
        b.account = account;
        b.toFrom = toFrom;
        b.pageSize = pageSize;
        return b;
    }

    /** Only ids greater than this (exclusive); forces ascending id order; null when unset */
    public Long idAfter() {
        return idAfter;
    }

    /** Only ids smaller than this (exclusive); forces ascending id order; null when unset */
    public Long idBefore() {
        return idBefore;
    }

    /** Booked on or after; null when unset */
    public LocalDate dateFrom() {
        return dateFrom;
    }

    /** Booked on or before; null when unset */
    public LocalDate dateTo() {
        return dateTo;
    }

    /** Only transactions changed after this time; null when unset */
    public LocalDateTime modifiedSince() {
        return modifiedSince;
    }

    /** Payment account number; null when unset */
    public Long account() {
        return account;
    }

    /** Payer or payee; null when unset */
    public String toFrom() {
        return toFrom;
    }

    /** Rows per request (default and maximum 500); null when unset */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TransactionQuery o)) {
            return false;
        }
        return Objects.equals(idAfter, o.idAfter)
                && Objects.equals(idBefore, o.idBefore)
                && Objects.equals(dateFrom, o.dateFrom)
                && Objects.equals(dateTo, o.dateTo)
                && Objects.equals(modifiedSince, o.modifiedSince)
                && Objects.equals(account, o.account)
                && Objects.equals(toFrom, o.toFrom)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idAfter, idBefore, dateFrom, dateTo, modifiedSince, account, toFrom, pageSize);
    }

    @Override
    public String toString() {
        return "TransactionQuery{"
                + "idAfter=" + idAfter
                + ", idBefore=" + idBefore
                + ", dateFrom=" + dateFrom
                + ", dateTo=" + dateTo
                + ", modifiedSince=" + modifiedSince
                + ", account=" + account
                + ", toFrom=" + toFrom
                + ", pageSize=" + pageSize + "}";
    }

    /** Builder for {@link TransactionQuery}. Not thread-safe. */
    public static final class Builder {
        private Long idAfter;
        private Long idBefore;
        private LocalDate dateFrom;
        private LocalDate dateTo;
        private LocalDateTime modifiedSince;
        private Long account;
        private String toFrom;
        private Integer pageSize;

        private Builder() {
        }

        /** Only ids greater than this (exclusive); forces ascending id order. */
        public Builder idAfter(Long idAfter) {
            this.idAfter = idAfter;
            return this;
        }

        /** Only ids smaller than this (exclusive); forces ascending id order. */
        public Builder idBefore(Long idBefore) {
            this.idBefore = idBefore;
            return this;
        }

        /** Booked on or after. */
        public Builder dateFrom(LocalDate dateFrom) {
            this.dateFrom = dateFrom;
            return this;
        }

        /** Booked on or before. */
        public Builder dateTo(LocalDate dateTo) {
            this.dateTo = dateTo;
            return this;
        }

        /** Only transactions changed after this time. */
        public Builder modifiedSince(LocalDateTime modifiedSince) {
            this.modifiedSince = modifiedSince;
            return this;
        }

        /** Payment account number. */
        public Builder account(Long account) {
            this.account = account;
            return this;
        }

        /** Payer or payee. */
        public Builder toFrom(String toFrom) {
            this.toFrom = toFrom;
            return this;
        }

        /** Rows per request (default and maximum 500). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public TransactionQuery build() {
            return new TransactionQuery(this);
        }
    }
}
