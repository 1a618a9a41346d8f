package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipt without file for {@code /receipts/add} and {@code /receipts/addBatch}. Required: type, counterparty, invoice number (may be empty), date, amount, currency.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptCreate {
    @JsonProperty("type")
    @NotNull
    private final ReceiptType type;
    @JsonProperty("counterparty")
    @NotBlank
    private final String counterparty;
    @JsonProperty("invoice_number")
    @Size(max = 60)
    @NotNull
    private final String invoiceNumber;
    @JsonProperty("date")
    @NotNull
    private final LocalDate date;
    @JsonProperty("amount")
    @NotNull
    private final BigDecimal amount;
    @JsonProperty("currency")
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as EUR")
    @NotNull
    private final String currency;
    @JsonProperty("vat_rate")
    private final BigDecimal vatRate;
    @JsonProperty("account")
    @Positive
    private final Long account;
    @JsonProperty("creditor_debtor")
    @Positive
    private final Long creditorDebtor;
    @JsonProperty("payment_reference")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String paymentReference;
    @JsonProperty("date_delivery")
    private final LocalDate dateDelivery;
    @JsonProperty("date_payment_due")
    private final LocalDate datePaymentDue;
    @JsonProperty("link_to_receipt_id_by_customer")
    @Positive
    private final Long linkedReceiptId;

    private ReceiptCreate(Builder b) {
        this.type = b.type;
        this.counterparty = b.counterparty;
        this.invoiceNumber = b.invoiceNumber;
        this.date = b.date;
        this.amount = b.amount;
        this.currency = b.currency;
        this.vatRate = b.vatRate;
        this.account = b.account;
        this.creditorDebtor = b.creditorDebtor;
        this.paymentReference = b.paymentReference;
        this.dateDelivery = b.dateDelivery;
        this.datePaymentDue = b.datePaymentDue;
        this.linkedReceiptId = b.linkedReceiptId;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.counterparty = counterparty;
        b.invoiceNumber = invoiceNumber;
        b.date = date;
        b.amount = amount;
        b.currency = currency;
        b.vatRate = vatRate;
        b.account = account;
        b.creditorDebtor = creditorDebtor;
        b.paymentReference = paymentReference;
        b.dateDelivery = dateDelivery;
        b.datePaymentDue = datePaymentDue;
        b.linkedReceiptId = linkedReceiptId;
        return b;
    }

    /** Receipt type (required); null when unset */
    public ReceiptType type() {
        return type;
    }

    /** Invoicing party or recipient (required for {@code /receipts/add}); null when unset */
    public String counterparty() {
        return counterparty;
    }

    /** Invoice number, at most 60 characters; an empty string is allowed; null when unset */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** Receipt date; null when unset */
    public LocalDate date() {
        return date;
    }

    /** Gross amount, not zero; negative for a reversal; null when unset */
    public BigDecimal amount() {
        return amount;
    }

    /** ISO 4217 currency code; null when unset */
    public String currency() {
        return currency;
    }

    /** VAT rate in percent, e.g. 19; null when unset */
    public BigDecimal vatRate() {
        return vatRate;
    }

    /** Payment account number; null when unset */
    public Long account() {
        return account;
    }

    /** Creditor (inbound) or debtor (outbound) account number; null when unset */
    public Long creditorDebtor() {
        return creditorDebtor;
    }

    /** Payment reference for automatic matching; null when unset */
    public String paymentReference() {
        return paymentReference;
    }

    /** Delivery date, not after {@code date}; null when unset */
    public LocalDate dateDelivery() {
        return dateDelivery;
    }

    /** Due date; null when unset */
    public LocalDate datePaymentDue() {
        return datePaymentDue;
    }

    /** Id of a linked receipt; null when unset */
    public Long linkedReceiptId() {
        return linkedReceiptId;
    }

    @AssertTrue(message = "amount must not be zero")
    private boolean isAmountNonZero() {
        return amount == null || amount.signum() != 0;
    }

    @AssertTrue(message = "dateDelivery must not be after date")
    private boolean isDeliveryNotAfterDate() {
        return dateDelivery == null || date == null || !dateDelivery.isAfter(date);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReceiptCreate o)) {
            return false;
        }
        return Objects.equals(type, o.type)
                && Objects.equals(counterparty, o.counterparty)
                && Objects.equals(invoiceNumber, o.invoiceNumber)
                && Objects.equals(date, o.date)
                && Objects.equals(amount, o.amount)
                && Objects.equals(currency, o.currency)
                && Objects.equals(vatRate, o.vatRate)
                && Objects.equals(account, o.account)
                && Objects.equals(creditorDebtor, o.creditorDebtor)
                && Objects.equals(paymentReference, o.paymentReference)
                && Objects.equals(dateDelivery, o.dateDelivery)
                && Objects.equals(datePaymentDue, o.datePaymentDue)
                && Objects.equals(linkedReceiptId, o.linkedReceiptId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, counterparty, invoiceNumber, date, amount, currency, vatRate, account, creditorDebtor, paymentReference, dateDelivery, datePaymentDue, linkedReceiptId);
    }

    @Override
    public String toString() {
        return "ReceiptCreate{"
                + "type=" + type
                + ", counterparty=" + counterparty
                + ", invoiceNumber=" + invoiceNumber
                + ", date=" + date
                + ", amount=" + amount
                + ", currency=" + currency
                + ", vatRate=" + vatRate
                + ", account=" + account
                + ", creditorDebtor=" + creditorDebtor
                + ", paymentReference=" + paymentReference
                + ", dateDelivery=" + dateDelivery
                + ", datePaymentDue=" + datePaymentDue
                + ", linkedReceiptId=" + linkedReceiptId + "}";
    }

    /** Builder for {@link ReceiptCreate}. Not thread-safe. */
    public static final class Builder {
        private ReceiptType type;
        private String counterparty;
        private String invoiceNumber;
        private LocalDate date;
        private BigDecimal amount;
        private String currency;
        private BigDecimal vatRate;
        private Long account;
        private Long creditorDebtor;
        private String paymentReference;
        private LocalDate dateDelivery;
        private LocalDate datePaymentDue;
        private Long linkedReceiptId;

        private Builder() {
        }

        /** Receipt type (required). */
        public Builder type(ReceiptType type) {
            this.type = type;
            return this;
        }

        /** Invoicing party or recipient (required for {@code /receipts/add}). */
        public Builder counterparty(String counterparty) {
            this.counterparty = counterparty;
            return this;
        }

        /** Invoice number, at most 60 characters; an empty string is allowed. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Receipt date. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Gross amount, not zero; negative for a reversal. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** ISO 4217 currency code. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** VAT rate in percent, e.g. 19. */
        public Builder vatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
            return this;
        }

        /** Payment account number. */
        public Builder account(Long account) {
            this.account = account;
            return this;
        }

        /** Creditor (inbound) or debtor (outbound) account number. */
        public Builder creditorDebtor(Long creditorDebtor) {
            this.creditorDebtor = creditorDebtor;
            return this;
        }

        /** Payment reference for automatic matching. */
        public Builder paymentReference(String paymentReference) {
            this.paymentReference = paymentReference;
            return this;
        }

        /** Delivery date, not after {@code date}. */
        public Builder dateDelivery(LocalDate dateDelivery) {
            this.dateDelivery = dateDelivery;
            return this;
        }

        /** Due date. */
        public Builder datePaymentDue(LocalDate datePaymentDue) {
            this.datePaymentDue = datePaymentDue;
            return this;
        }

        /** Id of a linked receipt. */
        public Builder linkedReceiptId(Long linkedReceiptId) {
            this.linkedReceiptId = linkedReceiptId;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public ReceiptCreate build() {
            return new ReceiptCreate(this);
        }
    }
}
