package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a journal page.
 *
 * <p>Table {@code DJ_LINE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class JournalLine {
    /** Table name. */
    public static final String TABLE = "DJ_LINE";

    @NotBlank(groups = OnInsert.class) @Size(max = 10) private final String account;
    private final String description;
    private final BigDecimal amount;
    @Size(max = 2) private final String vatCode;
    private final BigDecimal vatAmount;
    private final BigDecimal quantity;
    private final String costCentre;
    @Size(max = 10) private final String debtorNumber;
    @Size(max = 12) private final String invoiceNumber;
    private final LocalDate date;
    private final String recordId;
    private final String sourceId;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private JournalLine(Builder b) {
        this.account = b.account;
        this.description = b.description;
        this.amount = b.amount;
        this.vatCode = b.vatCode;
        this.vatAmount = b.vatAmount;
        this.quantity = b.quantity;
        this.costCentre = b.costCentre;
        this.debtorNumber = b.debtorNumber;
        this.invoiceNumber = b.invoiceNumber;
        this.date = b.date;
        this.recordId = b.recordId;
        this.sourceId = b.sourceId;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
        this.customFields = b.customFields.build();
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this value, including {@link #extra()} and custom fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.account = account;
        b.description = description;
        b.amount = amount;
        b.vatCode = vatCode;
        b.vatAmount = vatAmount;
        b.quantity = quantity;
        b.costCentre = costCentre;
        b.debtorNumber = debtorNumber;
        b.invoiceNumber = invoiceNumber;
        b.date = date;
        b.recordId = recordId;
        b.sourceId = sourceId;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code ACCT_NR}: ledger account (mandatory on insert, at most 10 characters). */
    public String account() {
        return account;
    }

    /** {@code TRN_DESC}: description. */
    public String description() {
        return description;
    }

    /** {@code AMOUNT}: amount. */
    public BigDecimal amount() {
        return amount;
    }

    /** {@code VAT_CODE}: VAT code (at most 2 characters). */
    public String vatCode() {
        return vatCode;
    }

    /** {@code VAT_AMT}: VAT amount. */
    public BigDecimal vatAmount() {
        return vatAmount;
    }

    /** {@code TRN_QTY}: quantity. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** {@code COST_CODE}: cost centre. */
    public String costCentre() {
        return costCentre;
    }

    /** {@code SUB_NR}: debtor or creditor number (at most 10 characters). */
    public String debtorNumber() {
        return debtorNumber;
    }

    /** {@code INV_NR}: invoice number (at most 12 characters). */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** {@code TRN_DATE}: transaction date. */
    public LocalDate date() {
        return date;
    }

    /** {@code REC_ID}: record id. */
    public String recordId() {
        return recordId;
    }

    /** {@code SRC_ID}: source id. */
    public String sourceId() {
        return sourceId;
    }

    /** Fields read from the server that this type does not map, by field code; never written. */
    public Map<String, Object> extra() {
        return extra;
    }

    /** Additional fields to write (e.g. administration-specific {@code K1_*}/{@code A8_*} fields). */
    public WriteRow customFields() {
        return customFields;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JournalLine other)) {
            return false;
        }
        return Objects.equals(account, other.account)
                && Objects.equals(description, other.description)
                && Objects.equals(amount, other.amount)
                && Objects.equals(vatCode, other.vatCode)
                && Objects.equals(vatAmount, other.vatAmount)
                && Objects.equals(quantity, other.quantity)
                && Objects.equals(costCentre, other.costCentre)
                && Objects.equals(debtorNumber, other.debtorNumber)
                && Objects.equals(invoiceNumber, other.invoiceNumber)
                && Objects.equals(date, other.date)
                && Objects.equals(recordId, other.recordId)
                && Objects.equals(sourceId, other.sourceId)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, description, amount, vatCode, vatAmount, quantity, costCentre, debtorNumber, invoiceNumber, date, recordId, sourceId, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "JournalLine{" + "account=" + account + ", " + "amount=" + amount + "}";
    }

    /** Builder for {@link JournalLine}. Not thread-safe. */
    public static final class Builder {
        private String account;
        private String description;
        private BigDecimal amount;
        private String vatCode;
        private BigDecimal vatAmount;
        private BigDecimal quantity;
        private String costCentre;
        private String debtorNumber;
        private String invoiceNumber;
        private LocalDate date;
        private String recordId;
        private String sourceId;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code ACCT_NR}: ledger account. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** Sets {@code TRN_DESC}: description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code AMOUNT}: amount. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Sets {@code VAT_CODE}: VAT code. */
        public Builder vatCode(String vatCode) {
            this.vatCode = vatCode;
            return this;
        }

        /** Sets {@code VAT_AMT}: VAT amount. */
        public Builder vatAmount(BigDecimal vatAmount) {
            this.vatAmount = vatAmount;
            return this;
        }

        /** Sets {@code TRN_QTY}: quantity. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets {@code COST_CODE}: cost centre. */
        public Builder costCentre(String costCentre) {
            this.costCentre = costCentre;
            return this;
        }

        /** Sets {@code SUB_NR}: debtor or creditor number. */
        public Builder debtorNumber(String debtorNumber) {
            this.debtorNumber = debtorNumber;
            return this;
        }

        /** Sets {@code INV_NR}: invoice number. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Sets {@code TRN_DATE}: transaction date. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@code REC_ID}: record id. */
        public Builder recordId(String recordId) {
            this.recordId = recordId;
            return this;
        }

        /** Sets {@code SRC_ID}: source id. */
        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        /** Puts a field as read from the server (kept, never written); used by the mapping. */
        public Builder extra(String field, Object value) {
            this.extra.put(Objects.requireNonNull(field, "field"), value);
            return this;
        }

        /**
         * Adds a field to write that this type does not map, e.g. an administration-specific field.
         *
         * @param field field code
         * @param type  field type sent in the payload definition
         * @param value the value, fitting the type
         * @return this builder
         */
        public Builder customField(String field, FieldType type, Object value) {
            this.customFields.set(field, type, value);
            return this;
        }

        /** Builds the value; validation happens when it is sent. */
        public JournalLine build() {
            return new JournalLine(this);
        }
    }
}
