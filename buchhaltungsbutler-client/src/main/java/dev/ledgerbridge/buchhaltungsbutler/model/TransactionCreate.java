package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A bank or cash transaction for {@code /transactions/add} and {@code /transactions/addBatch}. No duplicate detection exists on the server.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class TransactionCreate {
    @JsonProperty("account")
    @NotNull
    @Positive
    private final Long account;
    @JsonProperty("to_from")
    @NotBlank
    private final String toFrom;
    @JsonProperty("amount")
    @NotNull
    @BoundedDecimal
    private final BigDecimal amount;
    @JsonProperty("booking_date")
    @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss")
    @NotNull
    private final LocalDateTime bookingDate;
    @JsonProperty("value_date")
    @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss")
    private final LocalDateTime valueDate;
    @JsonProperty("account_number")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String accountNumber;
    @JsonProperty("bank_code")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String bankCode;
    @JsonProperty("bank_name")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String bankName;
    @JsonProperty("purpose")
    private final String purpose;
    @JsonProperty("type")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String type;
    @JsonProperty("booking_text")
    private final String bookingText;
    @JsonProperty("payment_reference")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String paymentReference;
    @JsonProperty("currency")
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as EUR")
    private final String currency;

    private TransactionCreate(Builder b) {
        this.account = b.account;
        this.toFrom = b.toFrom;
        this.amount = b.amount;
        this.bookingDate = b.bookingDate;
        this.valueDate = b.valueDate;
        this.accountNumber = b.accountNumber;
        this.bankCode = b.bankCode;
        this.bankName = b.bankName;
        this.purpose = b.purpose;
        this.type = b.type;
        this.bookingText = b.bookingText;
        this.paymentReference = b.paymentReference;
        this.currency = b.currency;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.account = account;
        b.toFrom = toFrom;
        b.amount = amount;
        b.bookingDate = bookingDate;
        b.valueDate = valueDate;
        b.accountNumber = accountNumber;
        b.bankCode = bankCode;
        b.bankName = bankName;
        b.purpose = purpose;
        b.type = type;
        b.bookingText = bookingText;
        b.paymentReference = paymentReference;
        b.currency = currency;
        return b;
    }

    /** Payment account number (required); null when unset */
    public Long account() {
        return account;
    }

    /** Payer or payee (required); null when unset */
    public String toFrom() {
        return toFrom;
    }

    /** Amount, positive incoming, negative outgoing, not zero (required); null when unset */
    public BigDecimal amount() {
        return amount;
    }

    /** Booking date and time (required); null when unset */
    public LocalDateTime bookingDate() {
        return bookingDate;
    }

    /** Value date and time; null when unset */
    public LocalDateTime valueDate() {
        return valueDate;
    }

    /** Counterparty IBAN or account number; null when unset */
    public String accountNumber() {
        return accountNumber;
    }

    /** Counterparty BIC or bank code; null when unset */
    public String bankCode() {
        return bankCode;
    }

    /** Counterparty bank name; null when unset */
    public String bankName() {
        return bankName;
    }

    /** Purpose text; an empty string is allowed; null when unset */
    public String purpose() {
        return purpose;
    }

    /** Transaction type text; null when unset */
    public String type() {
        return type;
    }

    /** Booking text; an empty string is allowed; null when unset */
    public String bookingText() {
        return bookingText;
    }

    /** Payment reference; null when unset */
    public String paymentReference() {
        return paymentReference;
    }

    /** ISO 4217 currency code; null when unset */
    public String currency() {
        return currency;
    }

    @AssertTrue(message = "amount must not be zero")
    private boolean isAmountNonZero() {
        return amount == null || amount.signum() != 0;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TransactionCreate o)) {
            return false;
        }
        return Objects.equals(account, o.account)
                && Objects.equals(toFrom, o.toFrom)
                && Objects.equals(amount, o.amount)
                && Objects.equals(bookingDate, o.bookingDate)
                && Objects.equals(valueDate, o.valueDate)
                && Objects.equals(accountNumber, o.accountNumber)
                && Objects.equals(bankCode, o.bankCode)
                && Objects.equals(bankName, o.bankName)
                && Objects.equals(purpose, o.purpose)
                && Objects.equals(type, o.type)
                && Objects.equals(bookingText, o.bookingText)
                && Objects.equals(paymentReference, o.paymentReference)
                && Objects.equals(currency, o.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, toFrom, amount, bookingDate, valueDate, accountNumber, bankCode, bankName, purpose, type, bookingText, paymentReference, currency);
    }

    @Override
    public String toString() {
        return "TransactionCreate{"
                + "account=" + account
                + ", toFrom=" + toFrom
                + ", amount=" + amount
                + ", bookingDate=" + bookingDate
                + ", valueDate=" + valueDate
                + ", accountNumber=" + accountNumber
                + ", bankCode=" + bankCode
                + ", bankName=" + bankName
                + ", purpose=" + purpose
                + ", type=" + type
                + ", bookingText=" + bookingText
                + ", paymentReference=" + paymentReference
                + ", currency=" + currency + "}";
    }

    /** Builder for {@link TransactionCreate}. Not thread-safe. */
    public static final class Builder {
        private Long account;
        private String toFrom;
        private BigDecimal amount;
        private LocalDateTime bookingDate;
        private LocalDateTime valueDate;
        private String accountNumber;
        private String bankCode;
        private String bankName;
        private String purpose;
        private String type;
        private String bookingText;
        private String paymentReference;
        private String currency;

        private Builder() {
        }

        /** Payment account number (required). */
        public Builder account(Long account) {
            this.account = account;
            return this;
        }

        /** Payer or payee (required). */
        public Builder toFrom(String toFrom) {
            this.toFrom = toFrom;
            return this;
        }

        /** Amount, positive incoming, negative outgoing, not zero (required). */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Booking date and time (required). */
        public Builder bookingDate(LocalDateTime bookingDate) {
            this.bookingDate = bookingDate;
            return this;
        }

        /** Value date and time. */
        public Builder valueDate(LocalDateTime valueDate) {
            this.valueDate = valueDate;
            return this;
        }

        /** Counterparty IBAN or account number. */
        public Builder accountNumber(String accountNumber) {
            this.accountNumber = accountNumber;
            return this;
        }

        /** Counterparty BIC or bank code. */
        public Builder bankCode(String bankCode) {
            this.bankCode = bankCode;
            return this;
        }

        /** Counterparty bank name. */
        public Builder bankName(String bankName) {
            this.bankName = bankName;
            return this;
        }

        /** Purpose text; an empty string is allowed. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Transaction type text. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Booking text; an empty string is allowed. */
        public Builder bookingText(String bookingText) {
            this.bookingText = bookingText;
            return this;
        }

        /** Payment reference. */
        public Builder paymentReference(String paymentReference) {
            this.paymentReference = paymentReference;
            return this;
        }

        /** ISO 4217 currency code. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public TransactionCreate build() {
            return new TransactionCreate(this);
        }
    }
}
