package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A journal page (booking or sales invoice entry) with its lines. Posted pages cannot be updated.
 *
 * <p>Business object {@code DJ2}, table {@code DJ_PAGE}, lines in {@code DJ_LINE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class JournalPage {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "DJ2";
    /** Table name. */
    public static final String TABLE = "DJ_PAGE";
    /** Line table name. */
    public static final String LINE_TABLE = "DJ_LINE";

    @NotBlank(groups = OnInsert.class) @Size(max = 3) private final String journal;
    @NotBlank(groups = OnInsert.class) @Size(max = 10) private final String pageNumber;
    @NotBlank(groups = OnInsert.class) @Size(max = 40) private final String description;
    @Size(max = 10) private final String debtorNumber;
    @Size(max = 12) private final String invoiceNumber;
    private final LocalDate date;
    private final Integer period;
    @Size(max = 3) private final String currencyCode;
    private final Boolean grossAmounts;
    private final Integer creditDays;
    private final BigDecimal paymentDiscountPercentage;
    private final String comment;
    private final List<@Valid JournalLine> lines;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private JournalPage(Builder b) {
        this.journal = b.journal;
        this.pageNumber = b.pageNumber;
        this.description = b.description;
        this.debtorNumber = b.debtorNumber;
        this.invoiceNumber = b.invoiceNumber;
        this.date = b.date;
        this.period = b.period;
        this.currencyCode = b.currencyCode;
        this.grossAmounts = b.grossAmounts;
        this.creditDays = b.creditDays;
        this.paymentDiscountPercentage = b.paymentDiscountPercentage;
        this.comment = b.comment;
        this.lines = List.copyOf(b.lines);
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
        b.journal = journal;
        b.pageNumber = pageNumber;
        b.description = description;
        b.debtorNumber = debtorNumber;
        b.invoiceNumber = invoiceNumber;
        b.date = date;
        b.period = period;
        b.currencyCode = currencyCode;
        b.grossAmounts = grossAmounts;
        b.creditDays = creditDays;
        b.paymentDiscountPercentage = paymentDiscountPercentage;
        b.comment = comment;
        b.lines.addAll(lines);
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code DJ_CODE}: journal code (mandatory on insert, at most 3 characters). */
    public String journal() {
        return journal;
    }

    /** {@code PAGE_NR}: page number (mandatory on insert, at most 10 characters). */
    public String pageNumber() {
        return pageNumber;
    }

    /** {@code HDR_DESC}: description (mandatory on insert, at most 40 characters). */
    public String description() {
        return description;
    }

    /** {@code SUB_NR}: debtor or creditor number (at most 10 characters). */
    public String debtorNumber() {
        return debtorNumber;
    }

    /** {@code INV_NR}: document or invoice number (at most 12 characters). */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** {@code TRN_DATE}: transaction date. */
    public LocalDate date() {
        return date;
    }

    /** {@code PERIOD}: period. */
    public Integer period() {
        return period;
    }

    /** {@code CUR_CODE}: currency code (at most 3 characters). */
    public String currencyCode() {
        return currencyCode;
    }

    /** {@code GROSS_FLG}: amounts include VAT. */
    public Boolean grossAmounts() {
        return grossAmounts;
    }

    /** {@code CRED_DAYS}: payment term in days. */
    public Integer creditDays() {
        return creditDays;
    }

    /** {@code PD_PCT}: payment-discount percentage. */
    public BigDecimal paymentDiscountPercentage() {
        return paymentDiscountPercentage;
    }

    /** {@code COMMENT1}: comment. */
    public String comment() {
        return comment;
    }

    /** The lines ({@code DJ_LINE}), in order; unmodifiable. */
    public List<JournalLine> lines() {
        return lines;
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
        if (!(o instanceof JournalPage other)) {
            return false;
        }
        return Objects.equals(journal, other.journal)
                && Objects.equals(pageNumber, other.pageNumber)
                && Objects.equals(description, other.description)
                && Objects.equals(debtorNumber, other.debtorNumber)
                && Objects.equals(invoiceNumber, other.invoiceNumber)
                && Objects.equals(date, other.date)
                && Objects.equals(period, other.period)
                && Objects.equals(currencyCode, other.currencyCode)
                && Objects.equals(grossAmounts, other.grossAmounts)
                && Objects.equals(creditDays, other.creditDays)
                && Objects.equals(paymentDiscountPercentage, other.paymentDiscountPercentage)
                && Objects.equals(comment, other.comment)
                && Objects.equals(lines, other.lines)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(journal, pageNumber, description, debtorNumber, invoiceNumber, date, period, currencyCode, grossAmounts, creditDays, paymentDiscountPercentage, comment, lines, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "JournalPage{" + "journal=" + journal + ", " + "pageNumber=" + pageNumber + ", " + "invoiceNumber=" + invoiceNumber + "}";
    }

    /** Builder for {@link JournalPage}. Not thread-safe. */
    public static final class Builder {
        private String journal;
        private String pageNumber;
        private String description;
        private String debtorNumber;
        private String invoiceNumber;
        private LocalDate date;
        private Integer period;
        private String currencyCode;
        private Boolean grossAmounts;
        private Integer creditDays;
        private BigDecimal paymentDiscountPercentage;
        private String comment;
        private final List<JournalLine> lines = new ArrayList<>();
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code DJ_CODE}: journal code. */
        public Builder journal(String journal) {
            this.journal = journal;
            return this;
        }

        /** Sets {@code PAGE_NR}: page number. */
        public Builder pageNumber(String pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        /** Sets {@code HDR_DESC}: description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code SUB_NR}: debtor or creditor number. */
        public Builder debtorNumber(String debtorNumber) {
            this.debtorNumber = debtorNumber;
            return this;
        }

        /** Sets {@code INV_NR}: document or invoice number. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Sets {@code TRN_DATE}: transaction date. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@code PERIOD}: period. */
        public Builder period(Integer period) {
            this.period = period;
            return this;
        }

        /** Sets {@code CUR_CODE}: currency code. */
        public Builder currencyCode(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        /** Sets {@code GROSS_FLG}: amounts include VAT. */
        public Builder grossAmounts(Boolean grossAmounts) {
            this.grossAmounts = grossAmounts;
            return this;
        }

        /** Sets {@code CRED_DAYS}: payment term in days. */
        public Builder creditDays(Integer creditDays) {
            this.creditDays = creditDays;
            return this;
        }

        /** Sets {@code PD_PCT}: payment-discount percentage. */
        public Builder paymentDiscountPercentage(BigDecimal paymentDiscountPercentage) {
            this.paymentDiscountPercentage = paymentDiscountPercentage;
            return this;
        }

        /** Sets {@code COMMENT1}: comment. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Replaces the lines. */
        public Builder lines(List<JournalLine> lines) {
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        /** Adds a line. */
        public Builder addLine(JournalLine line) {
            this.lines.add(Objects.requireNonNull(line, "line"));
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
        public JournalPage build() {
            return new JournalPage(this);
        }
    }
}
