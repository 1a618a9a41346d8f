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
 * A receipt file for {@code /receipts/upload} (BuchhaltungsButler runs OCR on it), with optional metadata that is ignored for e-invoices.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class ReceiptUpload {
    @JsonProperty("file")
    @NotNull
    @Size(min = 1, message = "must not be empty")
    private final byte[] file;
    @JsonProperty("file_name")
    @NotBlank
    private final String fileName;
    @JsonProperty("type")
    @NotNull
    private final ReceiptType type;
    @JsonProperty("counterparty")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String counterparty;
    @JsonProperty("invoice_number")
    @Size(max = 60)
    private final String invoiceNumber;
    @JsonProperty("date")
    private final LocalDate date;
    @JsonProperty("amount")
    private final BigDecimal amount;
    @JsonProperty("currency")
    @Pattern(regexp = "EUR", message = "must be EUR for uploads")
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

    private ReceiptUpload(Builder b) {
        this.file = b.file == null ? null : b.file.clone();
        this.fileName = b.fileName;
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
        b.file = file;
        b.fileName = fileName;
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

    /** File content: PDF, XML, JPEG, PNG, BMP or TIFF (required; sent base64-encoded); null when unset */
    public byte[] file() {
        return file == null ? null : file.clone();
    }

    /** File name with extension, e.g. {@code invoice.pdf} (required); null when unset */
    public String fileName() {
        return fileName;
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

    /** Currency; only EUR is accepted for uploads; null when unset */
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
        if (!(other instanceof ReceiptUpload o)) {
            return false;
        }
        return java.util.Arrays.equals(file, o.file)
                && Objects.equals(fileName, o.fileName)
                && Objects.equals(type, o.type)
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
        return Objects.hash(java.util.Arrays.hashCode(file), fileName, type, counterparty, invoiceNumber, date, amount, currency, vatRate, account, creditorDebtor, paymentReference, dateDelivery, datePaymentDue, linkedReceiptId);
    }

    @Override
    public String toString() {
        return "ReceiptUpload{"
                + "file=" + (file == null ? "null" : file.length + " bytes")
                + ", fileName=" + fileName
                + ", type=" + type
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

    /** Builder for {@link ReceiptUpload}. Not thread-safe. */
    public static final class Builder {
        private byte[] file;
        private String fileName;
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

        /** File content: PDF, XML, JPEG, PNG, BMP or TIFF (required; sent base64-encoded). */
        public Builder file(byte[] file) {
            this.file = file;
            return this;
        }

        /** File name with extension, e.g. {@code invoice.pdf} (required). */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
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

        /** Currency; only EUR is accepted for uploads. */
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
        public ReceiptUpload build() {
            return new ReceiptUpload(this);
        }
    }
}
