package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * A transaction-to-receipt link for {@code /transactions/assign-batch/receipt}.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptAssignment {
    @JsonProperty("transaction_id_by_customer")
    @NotNull
    @Positive
    private final Long transactionId;
    @JsonProperty("receipt_id_by_customer")
    @NotNull
    @Positive
    private final Long receiptId;

    private ReceiptAssignment(Builder b) {
        this.transactionId = b.transactionId;
        this.receiptId = b.receiptId;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.transactionId = transactionId;
        b.receiptId = receiptId;
        return b;
    }

    /** Transaction id (required); null when unset */
    public Long transactionId() {
        return transactionId;
    }

    /** Receipt id (required); null when unset */
    public Long receiptId() {
        return receiptId;
    }

    /** The link between a transaction and a receipt. */
    public static ReceiptAssignment of(long transactionId, long receiptId) {
        return builder().transactionId(transactionId).receiptId(receiptId).build();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReceiptAssignment o)) {
            return false;
        }
        return Objects.equals(transactionId, o.transactionId)
                && Objects.equals(receiptId, o.receiptId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, receiptId);
    }

    @Override
    public String toString() {
        return "ReceiptAssignment{"
                + "transactionId=" + transactionId
                + ", receiptId=" + receiptId + "}";
    }

    /** Builder for {@link ReceiptAssignment}. Not thread-safe. */
    public static final class Builder {
        private Long transactionId;
        private Long receiptId;

        private Builder() {
        }

        /** Transaction id (required). */
        public Builder transactionId(Long transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Receipt id (required). */
        public Builder receiptId(Long receiptId) {
            this.receiptId = receiptId;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public ReceiptAssignment build() {
            return new ReceiptAssignment(this);
        }
    }
}
