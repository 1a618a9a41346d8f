package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleBooleanDeserializer;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleDateDeserializer;
import dev.ledgerbridge.buchhaltungsbutler.internal.FlexibleDateTimeDeserializer;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainStringSerializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
