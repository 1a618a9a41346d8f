package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a sales order.
 *
 * <p>Table {@code SO_LINE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class SalesOrderLine {
    /** Table name. */
    public static final String TABLE = "SO_LINE";

    @NotBlank(groups = OnInsert.class) private final String articleCode;
    @NotNull(groups = OnInsert.class) private final BigDecimal quantity;
    private final BigDecimal unitPrice;
    private final LocalDate deliveryDate;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private SalesOrderLine(Builder b) {
        this.articleCode = b.articleCode;
        this.quantity = b.quantity;
        this.unitPrice = b.unitPrice;
        this.deliveryDate = b.deliveryDate;
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
        b.articleCode = articleCode;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.deliveryDate = deliveryDate;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code ART_CODE}: article code (the article must exist) (mandatory on insert). */
    public String articleCode() {
        return articleCode;
    }

    /** {@code ORD_QTY}: quantity ordered (mandatory on insert). */
    public BigDecimal quantity() {
        return quantity;
    }

    /** {@code ART_PX}: unit price (incl. or excl. VAT depends on the administration). */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** {@code DEL_DATE}: delivery date of the line. */
    public LocalDate deliveryDate() {
        return deliveryDate;
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
        if (!(o instanceof SalesOrderLine other)) {
            return false;
        }
        return Objects.equals(articleCode, other.articleCode)
                && Objects.equals(quantity, other.quantity)
                && Objects.equals(unitPrice, other.unitPrice)
                && Objects.equals(deliveryDate, other.deliveryDate)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleCode, quantity, unitPrice, deliveryDate, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "SalesOrderLine{" + "articleCode=" + articleCode + ", " + "quantity=" + quantity + "}";
    }

    /** Builder for {@link SalesOrderLine}. Not thread-safe. */
    public static final class Builder {
        private String articleCode;
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private LocalDate deliveryDate;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code ART_CODE}: article code (the article must exist). */
        public Builder articleCode(String articleCode) {
            this.articleCode = articleCode;
            return this;
        }

        /** Sets {@code ORD_QTY}: quantity ordered. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets {@code ART_PX}: unit price (incl. or excl. VAT depends on the administration). */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /** Sets {@code DEL_DATE}: delivery date of the line. */
        public Builder deliveryDate(LocalDate deliveryDate) {
            this.deliveryDate = deliveryDate;
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
        public SalesOrderLine build() {
            return new SalesOrderLine(this);
        }
    }
}
