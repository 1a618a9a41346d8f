package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of the order history (sales and purchase) with the fields of its header ({@code HST_AH}).
 *
 * <p>Business object {@code ALH}, table {@code HST_AL}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class OrderHistoryLine {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "ALH";
    /** Table name. */
    public static final String TABLE = "HST_AL";

    private final String id;
    private final String articleCode;
    private final String unit;
    private final BigDecimal unitPrice;
    private final BigDecimal packQuantity;
    private final BigDecimal packContent;
    private final BigDecimal packQuantityDelivered;
    private final BigDecimal costPrice;
    private final BigDecimal lastCostPrice;
    private final BigDecimal directPrice;
    private final String searchCode;
    private final String supplier;
    private final Integer orderType;
    private final String invoiceDebtor;
    private final String name;
    private final LocalDate invoiceDate;
    private final LocalDate deliveryDate;
    private final String shippingMethod;
    private final String paymentCondition;
    private final BigDecimal shippingCost;
    private final BigDecimal orderCost;
    private final String description;
    private final String note;
    private final String deliveryAddress;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private OrderHistoryLine(Builder b) {
        this.id = b.id;
        this.articleCode = b.articleCode;
        this.unit = b.unit;
        this.unitPrice = b.unitPrice;
        this.packQuantity = b.packQuantity;
        this.packContent = b.packContent;
        this.packQuantityDelivered = b.packQuantityDelivered;
        this.costPrice = b.costPrice;
        this.lastCostPrice = b.lastCostPrice;
        this.directPrice = b.directPrice;
        this.searchCode = b.searchCode;
        this.supplier = b.supplier;
        this.orderType = b.orderType;
        this.invoiceDebtor = b.invoiceDebtor;
        this.name = b.name;
        this.invoiceDate = b.invoiceDate;
        this.deliveryDate = b.deliveryDate;
        this.shippingMethod = b.shippingMethod;
        this.paymentCondition = b.paymentCondition;
        this.shippingCost = b.shippingCost;
        this.orderCost = b.orderCost;
        this.description = b.description;
        this.note = b.note;
        this.deliveryAddress = b.deliveryAddress;
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
        b.id = id;
        b.articleCode = articleCode;
        b.unit = unit;
        b.unitPrice = unitPrice;
        b.packQuantity = packQuantity;
        b.packContent = packContent;
        b.packQuantityDelivered = packQuantityDelivered;
        b.costPrice = costPrice;
        b.lastCostPrice = lastCostPrice;
        b.directPrice = directPrice;
        b.searchCode = searchCode;
        b.supplier = supplier;
        b.orderType = orderType;
        b.invoiceDebtor = invoiceDebtor;
        b.name = name;
        b.invoiceDate = invoiceDate;
        b.deliveryDate = deliveryDate;
        b.shippingMethod = shippingMethod;
        b.paymentCondition = paymentCondition;
        b.shippingCost = shippingCost;
        b.orderCost = orderCost;
        b.description = description;
        b.note = note;
        b.deliveryAddress = deliveryAddress;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code REC_ID}: line key. */
    public String id() {
        return id;
    }

    /** {@code ART_CODE}: article code. */
    public String articleCode() {
        return articleCode;
    }

    /** {@code ART_UNIT}: unit. */
    public String unit() {
        return unit;
    }

    /** {@code UNIT_PX}: unit price. */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /** {@code PACK_QTY}: quantity in packs. */
    public BigDecimal packQuantity() {
        return packQuantity;
    }

    /** {@code PACK_CONT}: pack content. */
    public BigDecimal packContent() {
        return packContent;
    }

    /** {@code VPACK_QTY}: pack quantity ({@code VPACK_QTY}). */
    public BigDecimal packQuantityDelivered() {
        return packQuantityDelivered;
    }

    /** {@code COST_PX}: cost price. */
    public BigDecimal costPrice() {
        return costPrice;
    }

    /** {@code L_COSTPX}: last cost price. */
    public BigDecimal lastCostPrice() {
        return lastCostPrice;
    }

    /** {@code DIRECT_PX}: direct price. */
    public BigDecimal directPrice() {
        return directPrice;
    }

    /** {@code VSRC_CODE}: search code. */
    public String searchCode() {
        return searchCode;
    }

    /** {@code EUTR_LEV}: supplier. */
    public String supplier() {
        return supplier;
    }

    /** {@code HST_AH.HDR_TYPE}: header: 1 = sales, 2 = purchase. */
    public Integer orderType() {
        return orderType;
    }

    /** {@code HST_AH.RPL_INV}: header: invoice debtor. */
    public String invoiceDebtor() {
        return invoiceDebtor;
    }

    /** {@code HST_AH.DC_NAME}: header: debtor or creditor name. */
    public String name() {
        return name;
    }

    /** {@code HST_AH.INV_DATE}: header: invoice date. */
    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    /** {@code HST_AH.DEL_DATE}: header: delivery date. */
    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    /** {@code HST_AH.SHIP_MTH}: header: shipping method. */
    public String shippingMethod() {
        return shippingMethod;
    }

    /** {@code HST_AH.VDISC_DESC}: header: payment-condition description. */
    public String paymentCondition() {
        return paymentCondition;
    }

    /** {@code HST_AH.SHIP_COST}: header: shipping cost. */
    public BigDecimal shippingCost() {
        return shippingCost;
    }

    /** {@code HST_AH.ORD_COST}: header: order cost. */
    public BigDecimal orderCost() {
        return orderCost;
    }

    /** {@code HST_AH.COMMENT1}: header: description. */
    public String description() {
        return description;
    }

    /** {@code HST_AH.COMMENT2}: header: note. */
    public String note() {
        return note;
    }

    /** {@code HST_AH.DEL_ADDR}: header: delivery address. */
    public String deliveryAddress() {
        return deliveryAddress;
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
        if (!(o instanceof OrderHistoryLine other)) {
            return false;
        }
        return Objects.equals(id, other.id)
                && Objects.equals(articleCode, other.articleCode)
                && Objects.equals(unit, other.unit)
                && Objects.equals(unitPrice, other.unitPrice)
                && Objects.equals(packQuantity, other.packQuantity)
                && Objects.equals(packContent, other.packContent)
                && Objects.equals(packQuantityDelivered, other.packQuantityDelivered)
                && Objects.equals(costPrice, other.costPrice)
                && Objects.equals(lastCostPrice, other.lastCostPrice)
                && Objects.equals(directPrice, other.directPrice)
                && Objects.equals(searchCode, other.searchCode)
                && Objects.equals(supplier, other.supplier)
                && Objects.equals(orderType, other.orderType)
                && Objects.equals(invoiceDebtor, other.invoiceDebtor)
                && Objects.equals(name, other.name)
                && Objects.equals(invoiceDate, other.invoiceDate)
                && Objects.equals(deliveryDate, other.deliveryDate)
                && Objects.equals(shippingMethod, other.shippingMethod)
                && Objects.equals(paymentCondition, other.paymentCondition)
                && Objects.equals(shippingCost, other.shippingCost)
                && Objects.equals(orderCost, other.orderCost)
                && Objects.equals(description, other.description)
                && Objects.equals(note, other.note)
                && Objects.equals(deliveryAddress, other.deliveryAddress)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, articleCode, unit, unitPrice, packQuantity, packContent, packQuantityDelivered, costPrice, lastCostPrice, directPrice, searchCode, supplier, orderType, invoiceDebtor, name, invoiceDate, deliveryDate, shippingMethod, paymentCondition, shippingCost, orderCost, description, note, deliveryAddress, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "OrderHistoryLine{" + "id=" + id + ", " + "articleCode=" + articleCode + "}";
    }

    /** Builder for {@link OrderHistoryLine}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String articleCode;
        private String unit;
        private BigDecimal unitPrice;
        private BigDecimal packQuantity;
        private BigDecimal packContent;
        private BigDecimal packQuantityDelivered;
        private BigDecimal costPrice;
        private BigDecimal lastCostPrice;
        private BigDecimal directPrice;
        private String searchCode;
        private String supplier;
        private Integer orderType;
        private String invoiceDebtor;
        private String name;
        private LocalDate invoiceDate;
        private LocalDate deliveryDate;
        private String shippingMethod;
        private String paymentCondition;
        private BigDecimal shippingCost;
        private BigDecimal orderCost;
        private String description;
        private String note;
        private String deliveryAddress;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code REC_ID}: line key. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code ART_CODE}: article code. */
        public Builder articleCode(String articleCode) {
            this.articleCode = articleCode;
            return this;
        }

        /** Sets {@code ART_UNIT}: unit. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Sets {@code UNIT_PX}: unit price. */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /** Sets {@code PACK_QTY}: quantity in packs. */
        public Builder packQuantity(BigDecimal packQuantity) {
            this.packQuantity = packQuantity;
            return this;
        }

        /** Sets {@code PACK_CONT}: pack content. */
        public Builder packContent(BigDecimal packContent) {
            this.packContent = packContent;
            return this;
        }

        /** Sets {@code VPACK_QTY}: pack quantity ({@code VPACK_QTY}). */
        public Builder packQuantityDelivered(BigDecimal packQuantityDelivered) {
            this.packQuantityDelivered = packQuantityDelivered;
            return this;
        }

        /** Sets {@code COST_PX}: cost price. */
        public Builder costPrice(BigDecimal costPrice) {
            this.costPrice = costPrice;
            return this;
        }

        /** Sets {@code L_COSTPX}: last cost price. */
        public Builder lastCostPrice(BigDecimal lastCostPrice) {
            this.lastCostPrice = lastCostPrice;
            return this;
        }

        /** Sets {@code DIRECT_PX}: direct price. */
        public Builder directPrice(BigDecimal directPrice) {
            this.directPrice = directPrice;
            return this;
        }

        /** Sets {@code VSRC_CODE}: search code. */
        public Builder searchCode(String searchCode) {
            this.searchCode = searchCode;
            return this;
        }

        /** Sets {@code EUTR_LEV}: supplier. */
        public Builder supplier(String supplier) {
            this.supplier = supplier;
            return this;
        }

        /** Sets {@code HST_AH.HDR_TYPE}: header: 1 = sales, 2 = purchase. */
        public Builder orderType(Integer orderType) {
            this.orderType = orderType;
            return this;
        }

        /** Sets {@code HST_AH.RPL_INV}: header: invoice debtor. */
        public Builder invoiceDebtor(String invoiceDebtor) {
            this.invoiceDebtor = invoiceDebtor;
            return this;
        }

        /** Sets {@code HST_AH.DC_NAME}: header: debtor or creditor name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code HST_AH.INV_DATE}: header: invoice date. */
        public Builder invoiceDate(LocalDate invoiceDate) {
            this.invoiceDate = invoiceDate;
            return this;
        }

        /** Sets {@code HST_AH.DEL_DATE}: header: delivery date. */
        public Builder deliveryDate(LocalDate deliveryDate) {
            this.deliveryDate = deliveryDate;
            return this;
        }

        /** Sets {@code HST_AH.SHIP_MTH}: header: shipping method. */
        public Builder shippingMethod(String shippingMethod) {
            this.shippingMethod = shippingMethod;
            return this;
        }

        /** Sets {@code HST_AH.VDISC_DESC}: header: payment-condition description. */
        public Builder paymentCondition(String paymentCondition) {
            this.paymentCondition = paymentCondition;
            return this;
        }

        /** Sets {@code HST_AH.SHIP_COST}: header: shipping cost. */
        public Builder shippingCost(BigDecimal shippingCost) {
            this.shippingCost = shippingCost;
            return this;
        }

        /** Sets {@code HST_AH.ORD_COST}: header: order cost. */
        public Builder orderCost(BigDecimal orderCost) {
            this.orderCost = orderCost;
            return this;
        }

        /** Sets {@code HST_AH.COMMENT1}: header: description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code HST_AH.COMMENT2}: header: note. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** Sets {@code HST_AH.DEL_ADDR}: header: delivery address. */
        public Builder deliveryAddress(String deliveryAddress) {
            this.deliveryAddress = deliveryAddress;
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
        public OrderHistoryLine build() {
            return new OrderHistoryLine(this);
        }
    }
}
