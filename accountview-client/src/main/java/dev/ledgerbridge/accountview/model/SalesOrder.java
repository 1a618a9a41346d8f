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
 * A sales order with its lines. The order number is assigned by AccountView; whether the insert response
 * returns it is unconfirmed, so keep an own reference in {@link #description()} or a custom field.
 *
 * <p>Business object {@code SO1}, table {@code SO_HDR}, lines in {@code SO_LINE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class SalesOrder {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "SO1";
    /** Table name. */
    public static final String TABLE = "SO_HDR";
    /** Line table name. */
    public static final String LINE_TABLE = "SO_LINE";

    private final String headerId;
    private final String orderNumber;
    private final LocalDate orderDate;
    private final LocalDate invoiceDate;
    private final LocalDate deliveryDate;
    @NotBlank(groups = OnInsert.class) @Size(max = 10) private final String invoiceDebtor;
    @Size(max = 10) private final String deliveryDebtor;
    private final String deliveryAddressId;
    private final String description;
    private final String note;
    private final String email;
    private final BigDecimal discountAmount;
    @Size(max = 10) private final String salesperson;
    @Size(max = 5) private final String priceList;
    private final List<@Valid SalesOrderLine> lines;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private SalesOrder(Builder b) {
        this.headerId = b.headerId;
        this.orderNumber = b.orderNumber;
        this.orderDate = b.orderDate;
        this.invoiceDate = b.invoiceDate;
        this.deliveryDate = b.deliveryDate;
        this.invoiceDebtor = b.invoiceDebtor;
        this.deliveryDebtor = b.deliveryDebtor;
        this.deliveryAddressId = b.deliveryAddressId;
        this.description = b.description;
        this.note = b.note;
        this.email = b.email;
        this.discountAmount = b.discountAmount;
        this.salesperson = b.salesperson;
        this.priceList = b.priceList;
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
        b.headerId = headerId;
        b.orderNumber = orderNumber;
        b.orderDate = orderDate;
        b.invoiceDate = invoiceDate;
        b.deliveryDate = deliveryDate;
        b.invoiceDebtor = invoiceDebtor;
        b.deliveryDebtor = deliveryDebtor;
        b.deliveryAddressId = deliveryAddressId;
        b.description = description;
        b.note = note;
        b.email = email;
        b.discountAmount = discountAmount;
        b.salesperson = salesperson;
        b.priceList = priceList;
        b.lines.addAll(lines);
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /**
     * {@code SO_HDR_Id}: the server's row id of this header, as read (a number in the response, given here as plain
     * text, e.g. {@code "41"}); the lines of a response name their order by it, and the client joins them on it.
     * Read-only, never written; {@code null} on a value built locally or read without the id.
     */
    public String headerId() {
        return headerId;
    }

    /** {@code ORD_NR}: order number, assigned by AccountView (field name unconfirmed) (read-only, never written). */
    public String orderNumber() {
        return orderNumber;
    }

    /** {@code ORD_DATE}: order date. */
    public LocalDate orderDate() {
        return orderDate;
    }

    /** {@code INV_DATE}: invoice date. */
    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    /** {@code DEL_DATE}: delivery date. */
    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    /** {@code RPL_INV}: invoice debtor number ({@code SUB_NR}) (mandatory on insert, at most 10 characters). */
    public String invoiceDebtor() {
        return invoiceDebtor;
    }

    /** {@code RPL_DEL}: delivery debtor number ({@code SUB_NR}) (at most 10 characters). */
    public String deliveryDebtor() {
        return deliveryDebtor;
    }

    /** {@code DEL_CODE}: delivery address ({@code DEL_ADDR.REC_ID}). */
    public String deliveryAddressId() {
        return deliveryAddressId;
    }

    /** {@code COMMENT1}: order description, e.g. web-order number and name. */
    public String description() {
        return description;
    }

    /** {@code COMMENT2}: external note. */
    public String note() {
        return note;
    }

    /** {@code TO_EMAIL}: e-mail address for order documents. */
    public String email() {
        return email;
    }

    /** {@code PD_AMT}: discount amount. */
    public BigDecimal discountAmount() {
        return discountAmount;
    }

    /** {@code EMP_NR}: salesperson (employee number) (at most 10 characters). */
    public String salesperson() {
        return salesperson;
    }

    /** {@code APX_LIST}: price list (at most 5 characters). */
    public String priceList() {
        return priceList;
    }

    /** The lines ({@code SO_LINE}), in order; unmodifiable. */
    public List<SalesOrderLine> lines() {
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
        if (!(o instanceof SalesOrder other)) {
            return false;
        }
        return Objects.equals(headerId, other.headerId)
                && Objects.equals(orderNumber, other.orderNumber)
                && Objects.equals(orderDate, other.orderDate)
                && Objects.equals(invoiceDate, other.invoiceDate)
                && Objects.equals(deliveryDate, other.deliveryDate)
                && Objects.equals(invoiceDebtor, other.invoiceDebtor)
                && Objects.equals(deliveryDebtor, other.deliveryDebtor)
                && Objects.equals(deliveryAddressId, other.deliveryAddressId)
                && Objects.equals(description, other.description)
                && Objects.equals(note, other.note)
                && Objects.equals(email, other.email)
                && Objects.equals(discountAmount, other.discountAmount)
                && Objects.equals(salesperson, other.salesperson)
                && Objects.equals(priceList, other.priceList)
                && Objects.equals(lines, other.lines)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headerId, orderNumber, orderDate, invoiceDate, deliveryDate, invoiceDebtor, deliveryDebtor, deliveryAddressId, description, note, email, discountAmount, salesperson, priceList, lines, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "SalesOrder{" + "headerId=" + headerId + ", orderNumber=" + orderNumber + ", " + "invoiceDebtor=" + invoiceDebtor + "}";
    }

    /** Builder for {@link SalesOrder}. Not thread-safe. */
    public static final class Builder {
        private String headerId;
        private String orderNumber;
        private LocalDate orderDate;
        private LocalDate invoiceDate;
        private LocalDate deliveryDate;
        private String invoiceDebtor;
        private String deliveryDebtor;
        private String deliveryAddressId;
        private String description;
        private String note;
        private String email;
        private BigDecimal discountAmount;
        private String salesperson;
        private String priceList;
        private final List<SalesOrderLine> lines = new ArrayList<>();
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code SO_HDR_Id}: the server's row id of the header (read-only, never written); used by the mapping. */
        public Builder headerId(String headerId) {
            this.headerId = headerId;
            return this;
        }

        /** Sets {@code ORD_NR}: order number, assigned by AccountView (field name unconfirmed). */
        public Builder orderNumber(String orderNumber) {
            this.orderNumber = orderNumber;
            return this;
        }

        /** Sets {@code ORD_DATE}: order date. */
        public Builder orderDate(LocalDate orderDate) {
            this.orderDate = orderDate;
            return this;
        }

        /** Sets {@code INV_DATE}: invoice date. */
        public Builder invoiceDate(LocalDate invoiceDate) {
            this.invoiceDate = invoiceDate;
            return this;
        }

        /** Sets {@code DEL_DATE}: delivery date. */
        public Builder deliveryDate(LocalDate deliveryDate) {
            this.deliveryDate = deliveryDate;
            return this;
        }

        /** Sets {@code RPL_INV}: invoice debtor number ({@code SUB_NR}). */
        public Builder invoiceDebtor(String invoiceDebtor) {
            this.invoiceDebtor = invoiceDebtor;
            return this;
        }

        /** Sets {@code RPL_DEL}: delivery debtor number ({@code SUB_NR}). */
        public Builder deliveryDebtor(String deliveryDebtor) {
            this.deliveryDebtor = deliveryDebtor;
            return this;
        }

        /** Sets {@code DEL_CODE}: delivery address ({@code DEL_ADDR.REC_ID}). */
        public Builder deliveryAddressId(String deliveryAddressId) {
            this.deliveryAddressId = deliveryAddressId;
            return this;
        }

        /** Sets {@code COMMENT1}: order description, e.g. web-order number and name. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code COMMENT2}: external note. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** Sets {@code TO_EMAIL}: e-mail address for order documents. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Sets {@code PD_AMT}: discount amount. */
        public Builder discountAmount(BigDecimal discountAmount) {
            this.discountAmount = discountAmount;
            return this;
        }

        /** Sets {@code EMP_NR}: salesperson (employee number). */
        public Builder salesperson(String salesperson) {
            this.salesperson = salesperson;
            return this;
        }

        /** Sets {@code APX_LIST}: price list. */
        public Builder priceList(String priceList) {
            this.priceList = priceList;
            return this;
        }

        /** Replaces the lines. */
        public Builder lines(List<SalesOrderLine> lines) {
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        /** Adds a line. */
        public Builder addLine(SalesOrderLine line) {
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
        public SalesOrder build() {
            return new SalesOrder(this);
        }
    }
}
