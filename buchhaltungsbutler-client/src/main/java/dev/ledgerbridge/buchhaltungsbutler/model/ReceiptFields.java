package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The receipt data shared by {@link ReceiptCreate} (a receipt without file) and
 * {@link ReceiptUpload} (a file plus optional metadata). The constraints here hold for both; each
 * subclass adds its own (which fields are required, which currencies are accepted).
 *
 * <p>Immutable. Validated before sending; fields left unset are omitted from the request (the API
 * treats an empty string as invalid, not as unset).
 */
public abstract sealed class ReceiptFields permits ReceiptCreate, ReceiptUpload {
    @JsonProperty("type")
    @NotNull
    private final ReceiptType type;
    @JsonProperty("counterparty")
    private final String counterparty;
    @JsonProperty("invoice_number")
    @Size(max = 60)
    private final String invoiceNumber;
    @JsonProperty("date")
    private final LocalDate date;
    @JsonProperty("amount")
    @BoundedDecimal
    private final BigDecimal amount;
    @JsonProperty("currency")
    private final String currency;
    @JsonProperty("vat_rate")
    @BoundedDecimal
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

    ReceiptFields(Builder<?, ?> b) {
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

    /** Copies the shared fields into a builder of the concrete type (for {@code toBuilder()}). */
    final <B extends Builder<?, ?>> B copyTo(B b) {
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
    public final ReceiptType type() {
        return type;
    }

    /** Invoicing party or recipient (required for {@code /receipts/add}); null when unset */
    public final String counterparty() {
        return counterparty;
    }

    /** Invoice number, at most 60 characters; an empty string is allowed; null when unset */
    public final String invoiceNumber() {
        return invoiceNumber;
    }

    /** Receipt date; null when unset */
    public final LocalDate date() {
        return date;
    }

    /** Gross amount, not zero; negative for a reversal; null when unset */
    public final BigDecimal amount() {
        return amount;
    }

    /** Currency, an ISO 4217 code; uploads accept only EUR; null when unset */
    public final String currency() {
        return currency;
    }

    /** VAT rate in percent, e.g. 19; null when unset */
    public final BigDecimal vatRate() {
        return vatRate;
    }

    /** Payment account number; null when unset */
    public final Long account() {
        return account;
    }

    /** Creditor (inbound) or debtor (outbound) account number; null when unset */
    public final Long creditorDebtor() {
        return creditorDebtor;
    }

    /** Payment reference for automatic matching; null when unset */
    public final String paymentReference() {
        return paymentReference;
    }

    /** Delivery date, not after {@code date}; null when unset */
    public final LocalDate dateDelivery() {
        return dateDelivery;
    }

    /** Due date; null when unset */
    public final LocalDate datePaymentDue() {
        return datePaymentDue;
    }

    /** Id of a linked receipt; null when unset */
    public final Long linkedReceiptId() {
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

    /** Equal when of the same type with equal values. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        ReceiptFields o = (ReceiptFields) other;
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

    /** Every field with its value. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + sharedFieldsToString() + "}";
    }

    /** The shared fields for {@link #toString()}, without braces. */
    final String sharedFieldsToString() {
        return "type=" + type
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
                + ", linkedReceiptId=" + linkedReceiptId;
    }

    /**
     * Builder of the shared fields; {@link ReceiptCreate.Builder} and {@link ReceiptUpload.Builder}
     * add the rest. Not thread-safe.
     *
     * @param <R> the type built
     * @param <B> the concrete builder, returned by every setter for chaining
     */
    public abstract static sealed class Builder<R extends ReceiptFields, B extends Builder<R, B>>
            permits ReceiptCreate.Builder, ReceiptUpload.Builder {
        ReceiptType type;
        String counterparty;
        String invoiceNumber;
        LocalDate date;
        BigDecimal amount;
        String currency;
        BigDecimal vatRate;
        Long account;
        Long creditorDebtor;
        String paymentReference;
        LocalDate dateDelivery;
        LocalDate datePaymentDue;
        Long linkedReceiptId;

        Builder() {
        }

        abstract B self();

        /** Receipt type (required). */
        public final B type(ReceiptType type) {
            this.type = type;
            return self();
        }

        /** Invoicing party or recipient (required for {@code /receipts/add}). */
        public final B counterparty(String counterparty) {
            this.counterparty = counterparty;
            return self();
        }

        /** Invoice number, at most 60 characters; an empty string is allowed. */
        public final B invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return self();
        }

        /** Receipt date. */
        public final B date(LocalDate date) {
            this.date = date;
            return self();
        }

        /** Gross amount, not zero; negative for a reversal. */
        public final B amount(BigDecimal amount) {
            this.amount = amount;
            return self();
        }

        /** Currency, an ISO 4217 code; uploads accept only EUR. */
        public final B currency(String currency) {
            this.currency = currency;
            return self();
        }

        /** VAT rate in percent, e.g. 19. */
        public final B vatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
            return self();
        }

        /** Payment account number. */
        public final B account(Long account) {
            this.account = account;
            return self();
        }

        /** Creditor (inbound) or debtor (outbound) account number. */
        public final B creditorDebtor(Long creditorDebtor) {
            this.creditorDebtor = creditorDebtor;
            return self();
        }

        /** Payment reference for automatic matching. */
        public final B paymentReference(String paymentReference) {
            this.paymentReference = paymentReference;
            return self();
        }

        /** Delivery date, not after {@code date}. */
        public final B dateDelivery(LocalDate dateDelivery) {
            this.dateDelivery = dateDelivery;
            return self();
        }

        /** Due date. */
        public final B datePaymentDue(LocalDate datePaymentDue) {
            this.datePaymentDue = datePaymentDue;
            return self();
        }

        /** Id of a linked receipt. */
        public final B linkedReceiptId(Long linkedReceiptId) {
            this.linkedReceiptId = linkedReceiptId;
            return self();
        }

        /**
         * Builds the request; validation happens when it is sent.
         *
         * @return the immutable request
         */
        public abstract R build();
    }
}
