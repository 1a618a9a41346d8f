package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Postings (journal lines) for one receipt, for {@code /postings/add/receipt} and its batch variant. Set {@code creditor} or {@code debtor} where the account needs one; the other is sent as 0.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptPosting extends DocumentPosting {
    @JsonProperty("receipt_id_by_customer")
    @NotNull
    @Positive
    private final Long receiptId;

    private ReceiptPosting(Builder b) {
        super(b);
        this.receiptId = b.receiptId;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = copyTo(new Builder());
        b.receiptId = receiptId;
        return b;
    }

    /** The receipt id (required); null when unset */
    public Long receiptId() {
        return receiptId;
    }

    @Override
    String documentIdName() {
        return "receiptId";
    }

    @Override
    Long documentId() {
        return receiptId;
    }

    /** Builder for {@link ReceiptPosting}. Not thread-safe. */
    public static final class Builder extends DocumentPosting.Builder<ReceiptPosting, Builder> {
        private Long receiptId;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The receipt id (required). */
        public Builder receiptId(Long receiptId) {
            this.receiptId = receiptId;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        @Override
        public ReceiptPosting build() {
            return new ReceiptPosting(this);
        }
    }
}
