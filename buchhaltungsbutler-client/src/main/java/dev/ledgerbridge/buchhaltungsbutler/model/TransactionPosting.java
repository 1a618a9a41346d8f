package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Postings (journal lines) for one transaction, for {@code /postings/add/transaction} and its batch variant. Set {@code creditor} or {@code debtor} where the account needs one; the other is sent as 0.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class TransactionPosting {
    @JsonProperty("transaction_id_by_customer")
    @NotNull
    @Positive
    private final Long transactionId;
    @NotEmpty
    @Valid
    private final List<PostingLine> lines;
    @Positive
    private final Long creditor;
    @Positive
    private final Long debtor;

    private TransactionPosting(Builder b) {
        this.transactionId = b.transactionId;
        this.lines = b.lines == null ? null : List.copyOf(b.lines);
        this.creditor = b.creditor;
        this.debtor = b.debtor;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.transactionId = transactionId;
        b.lines = lines == null ? null : new ArrayList<>(lines);
        b.creditor = creditor;
        b.debtor = debtor;
        return b;
    }

    /** The transaction id (required); null when unset */
    public Long transactionId() {
        return transactionId;
    }

    /** Lines, at least one; null or unmodifiable */
    public List<PostingLine> lines() {
        return lines;
    }

    /** Creditor account number, if any; null when unset */
    public Long creditor() {
        return creditor;
    }

    /** Debtor account number, if any; null when unset */
    public Long debtor() {
        return debtor;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TransactionPosting o)) {
            return false;
        }
        return Objects.equals(transactionId, o.transactionId)
                && Objects.equals(lines, o.lines)
                && Objects.equals(creditor, o.creditor)
                && Objects.equals(debtor, o.debtor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, lines, creditor, debtor);
    }

    @Override
    public String toString() {
        return "TransactionPosting{"
                + "transactionId=" + transactionId
                + ", lines=" + lines
                + ", creditor=" + creditor
                + ", debtor=" + debtor + "}";
    }

    /** Builder for {@link TransactionPosting}. Not thread-safe. */
    public static final class Builder {
        private Long transactionId;
        private List<PostingLine> lines;
        private Long creditor;
        private Long debtor;

        private Builder() {
        }

        /** The transaction id (required). */
        public Builder transactionId(Long transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Lines, at least one. */
        public Builder lines(List<PostingLine> lines) {
            this.lines = lines == null ? null : new ArrayList<>(lines);
            return this;
        }

        /** Appends one item to {@code lines}. */
        public Builder addLine(PostingLine item) {
            if (this.lines == null) {
                this.lines = new ArrayList<>();
            }
            this.lines.add(item);
            return this;
        }

        /** Creditor account number, if any. */
        public Builder creditor(Long creditor) {
            this.creditor = creditor;
            return this;
        }

        /** Debtor account number, if any. */
        public Builder debtor(Long debtor) {
            this.debtor = debtor;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public TransactionPosting build() {
            return new TransactionPosting(this);
        }
    }
}
