package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Postings (journal lines) for one transaction, for {@code /postings/add/transaction} and its batch variant. Set {@code creditor} or {@code debtor} where the account needs one; the other is sent as 0.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class TransactionPosting extends DocumentPosting {
    @JsonProperty("transaction_id_by_customer")
    @NotNull
    @Positive
    private final Long transactionId;

    private TransactionPosting(Builder b) {
        super(b);
        this.transactionId = b.transactionId;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder());
        b.transactionId = transactionId;
        return b;
    }

    /** The transaction id (required); null when unset */
    public Long transactionId() {
        return transactionId;
    }

    @Override
    String documentIdName() {
        return "transactionId";
    }

    @Override
    Long documentId() {
        return transactionId;
    }

    /** Builder for {@link TransactionPosting}. Not thread-safe. */
    public static final class Builder extends DocumentPosting.Builder<TransactionPosting, Builder> {
        private Long transactionId;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The transaction id (required). */
        public Builder transactionId(Long transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public TransactionPosting build() {
            return new TransactionPosting(this);
        }
    }
}
