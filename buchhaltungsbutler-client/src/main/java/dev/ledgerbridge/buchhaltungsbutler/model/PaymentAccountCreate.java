package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * A new payment account (bank, cash or other) for {@code /accounts/add}.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class PaymentAccountCreate {
    @JsonProperty("type")
    @NotNull
    private final PaymentAccountType type;
    @JsonProperty("name")
    @NotBlank
    private final String name;
    @JsonProperty("postingaccount_number")
    @NotNull
    @Positive
    private final Long postingaccountNumber;
    @JsonProperty("receipt_creates_transaction")
    private final Boolean receiptCreatesTransaction;
    @JsonProperty("is_revision_safe")
    private final Boolean revisionSafe;

    private PaymentAccountCreate(Builder b) {
        this.type = b.type;
        this.name = b.name;
        this.postingaccountNumber = b.postingaccountNumber;
        this.receiptCreatesTransaction = b.receiptCreatesTransaction;
        this.revisionSafe = b.revisionSafe;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.name = name;
        b.postingaccountNumber = postingaccountNumber;
        b.receiptCreatesTransaction = receiptCreatesTransaction;
        b.revisionSafe = revisionSafe;
        return b;
    }

    /** Kind of account (required); null when unset */
    public PaymentAccountType type() {
        return type;
    }

    /** Unique name (required); null when unset */
    public String name() {
        return name;
    }

    /** Posting account number (required); null when unset */
    public Long postingaccountNumber() {
        return postingaccountNumber;
    }

    /** Whether a receipt paid from this account creates a transaction (default false); null when unset */
    public Boolean receiptCreatesTransaction() {
        return receiptCreatesTransaction;
    }

    /** Revision-safe cash book (cash accounts only; default false); null when unset */
    public Boolean revisionSafe() {
        return revisionSafe;
    }

    @AssertTrue(message = "revisionSafe is allowed for type CASH only")
    private boolean isRevisionSafeOnlyForCash() {
        return revisionSafe == null || !revisionSafe || type == PaymentAccountType.CASH;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PaymentAccountCreate o)) {
            return false;
        }
        return Objects.equals(type, o.type)
                && Objects.equals(name, o.name)
                && Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && Objects.equals(receiptCreatesTransaction, o.receiptCreatesTransaction)
                && Objects.equals(revisionSafe, o.revisionSafe);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, name, postingaccountNumber, receiptCreatesTransaction, revisionSafe);
    }

    @Override
    public String toString() {
        return "PaymentAccountCreate{"
                + "type=" + type
                + ", name=" + name
                + ", postingaccountNumber=" + postingaccountNumber
                + ", receiptCreatesTransaction=" + receiptCreatesTransaction
                + ", revisionSafe=" + revisionSafe + "}";
    }

    /** Builder for {@link PaymentAccountCreate}. Not thread-safe. */
    public static final class Builder {
        private PaymentAccountType type;
        private String name;
        private Long postingaccountNumber;
        private Boolean receiptCreatesTransaction;
        private Boolean revisionSafe;

        private Builder() {
        }

        /** Kind of account (required). */
        public Builder type(PaymentAccountType type) {
            this.type = type;
            return this;
        }

        /** Unique name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Posting account number (required). */
        public Builder postingaccountNumber(Long postingaccountNumber) {
            this.postingaccountNumber = postingaccountNumber;
            return this;
        }

        /** Whether a receipt paid from this account creates a transaction (default false). */
        public Builder receiptCreatesTransaction(Boolean receiptCreatesTransaction) {
            this.receiptCreatesTransaction = receiptCreatesTransaction;
            return this;
        }

        /** Revision-safe cash book (cash accounts only; default false). */
        public Builder revisionSafe(Boolean revisionSafe) {
            this.revisionSafe = revisionSafe;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public PaymentAccountCreate build() {
            return new PaymentAccountCreate(this);
        }
    }
}
