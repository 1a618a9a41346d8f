package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An article (product) with its stock quantities. Which stock figure a shop should show is a setting of the
 * caller: the spec does not define the exact meaning of the quantity fields.
 *
 * <p>Business object {@code AK1}, table {@code ARTICLE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class Article {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "AK1";
    /** Table name. */
    public static final String TABLE = "ARTICLE";

    @NotBlank(groups = OnInsert.class) private final String code;
    private final String description;
    private final String groupCode;
    private final String unit;
    private final BigDecimal salesPrice;
    private final BigDecimal costPrice;
    private final BigDecimal lastCostPrice;
    private final BigDecimal orderCostPrice;
    private final BigDecimal quantityAvailable;
    private final BigDecimal quantityFree;
    private final BigDecimal quantityTechnical;
    private final BigDecimal quantityOnOrder;
    private final String imageName;
    private final LocalDateTime changed;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private Article(Builder b) {
        this.code = b.code;
        this.description = b.description;
        this.groupCode = b.groupCode;
        this.unit = b.unit;
        this.salesPrice = b.salesPrice;
        this.costPrice = b.costPrice;
        this.lastCostPrice = b.lastCostPrice;
        this.orderCostPrice = b.orderCostPrice;
        this.quantityAvailable = b.quantityAvailable;
        this.quantityFree = b.quantityFree;
        this.quantityTechnical = b.quantityTechnical;
        this.quantityOnOrder = b.quantityOnOrder;
        this.imageName = b.imageName;
        this.changed = b.changed;
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
        b.code = code;
        b.description = description;
        b.groupCode = groupCode;
        b.unit = unit;
        b.salesPrice = salesPrice;
        b.costPrice = costPrice;
        b.lastCostPrice = lastCostPrice;
        b.orderCostPrice = orderCostPrice;
        b.quantityAvailable = quantityAvailable;
        b.quantityFree = quantityFree;
        b.quantityTechnical = quantityTechnical;
        b.quantityOnOrder = quantityOnOrder;
        b.imageName = imageName;
        b.changed = changed;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code ART_CODE}: article code, the business key (mandatory on insert). */
    public String code() {
        return code;
    }

    /** {@code ART_DESC1}: description. */
    public String description() {
        return description;
    }

    /** {@code AG_CODE}: article group code ({@code ART_GRP.AG_CODE}). */
    public String groupCode() {
        return groupCode;
    }

    /** {@code ART_UNIT}: unit. */
    public String unit() {
        return unit;
    }

    /** {@code PX_SELL}: sales price. */
    public BigDecimal salesPrice() {
        return salesPrice;
    }

    /** {@code COST_PX}: (average) cost price. */
    public BigDecimal costPrice() {
        return costPrice;
    }

    /** {@code L_COSTPX}: last cost price. */
    public BigDecimal lastCostPrice() {
        return lastCostPrice;
    }

    /** {@code B_COSTPX}: cost price on order. */
    public BigDecimal orderCostPrice() {
        return orderCostPrice;
    }

    /** {@code QTY_AVAIL}: available quantity (read-only, never written). */
    public BigDecimal quantityAvailable() {
        return quantityAvailable;
    }

    /** {@code QTY_FREE2}: free stock (read-only, never written). */
    public BigDecimal quantityFree() {
        return quantityFree;
    }

    /** {@code QTY_TECH}: technical (physical) stock (read-only, never written). */
    public BigDecimal quantityTechnical() {
        return quantityTechnical;
    }

    /** {@code QTY_BESTEL}: quantity on order (read-only, never written). */
    public BigDecimal quantityOnOrder() {
        return quantityOnOrder;
    }

    /** {@code IMG_MEDIUM}: image name (read-only, never written). */
    public String imageName() {
        return imageName;
    }

    /** {@code CNG_DATE}: last changed at (incremental sync) (read-only, never written). */
    public LocalDateTime changed() {
        return changed;
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
        if (!(o instanceof Article other)) {
            return false;
        }
        return Objects.equals(code, other.code)
                && Objects.equals(description, other.description)
                && Objects.equals(groupCode, other.groupCode)
                && Objects.equals(unit, other.unit)
                && Objects.equals(salesPrice, other.salesPrice)
                && Objects.equals(costPrice, other.costPrice)
                && Objects.equals(lastCostPrice, other.lastCostPrice)
                && Objects.equals(orderCostPrice, other.orderCostPrice)
                && Objects.equals(quantityAvailable, other.quantityAvailable)
                && Objects.equals(quantityFree, other.quantityFree)
                && Objects.equals(quantityTechnical, other.quantityTechnical)
                && Objects.equals(quantityOnOrder, other.quantityOnOrder)
                && Objects.equals(imageName, other.imageName)
                && Objects.equals(changed, other.changed)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, description, groupCode, unit, salesPrice, costPrice, lastCostPrice, orderCostPrice, quantityAvailable, quantityFree, quantityTechnical, quantityOnOrder, imageName, changed, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "Article{" + "code=" + code + "}";
    }

    /** Builder for {@link Article}. Not thread-safe. */
    public static final class Builder {
        private String code;
        private String description;
        private String groupCode;
        private String unit;
        private BigDecimal salesPrice;
        private BigDecimal costPrice;
        private BigDecimal lastCostPrice;
        private BigDecimal orderCostPrice;
        private BigDecimal quantityAvailable;
        private BigDecimal quantityFree;
        private BigDecimal quantityTechnical;
        private BigDecimal quantityOnOrder;
        private String imageName;
        private LocalDateTime changed;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code ART_CODE}: article code, the business key. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets {@code ART_DESC1}: description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code AG_CODE}: article group code ({@code ART_GRP.AG_CODE}). */
        public Builder groupCode(String groupCode) {
            this.groupCode = groupCode;
            return this;
        }

        /** Sets {@code ART_UNIT}: unit. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Sets {@code PX_SELL}: sales price. */
        public Builder salesPrice(BigDecimal salesPrice) {
            this.salesPrice = salesPrice;
            return this;
        }

        /** Sets {@code COST_PX}: (average) cost price. */
        public Builder costPrice(BigDecimal costPrice) {
            this.costPrice = costPrice;
            return this;
        }

        /** Sets {@code L_COSTPX}: last cost price. */
        public Builder lastCostPrice(BigDecimal lastCostPrice) {
            this.lastCostPrice = lastCostPrice;
            return this;
        }

        /** Sets {@code B_COSTPX}: cost price on order. */
        public Builder orderCostPrice(BigDecimal orderCostPrice) {
            this.orderCostPrice = orderCostPrice;
            return this;
        }

        /** Sets {@code QTY_AVAIL}: available quantity. */
        public Builder quantityAvailable(BigDecimal quantityAvailable) {
            this.quantityAvailable = quantityAvailable;
            return this;
        }

        /** Sets {@code QTY_FREE2}: free stock. */
        public Builder quantityFree(BigDecimal quantityFree) {
            this.quantityFree = quantityFree;
            return this;
        }

        /** Sets {@code QTY_TECH}: technical (physical) stock. */
        public Builder quantityTechnical(BigDecimal quantityTechnical) {
            this.quantityTechnical = quantityTechnical;
            return this;
        }

        /** Sets {@code QTY_BESTEL}: quantity on order. */
        public Builder quantityOnOrder(BigDecimal quantityOnOrder) {
            this.quantityOnOrder = quantityOnOrder;
            return this;
        }

        /** Sets {@code IMG_MEDIUM}: image name. */
        public Builder imageName(String imageName) {
            this.imageName = imageName;
            return this;
        }

        /** Sets {@code CNG_DATE}: last changed at (incremental sync). */
        public Builder changed(LocalDateTime changed) {
            this.changed = changed;
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
        public Article build() {
            return new Article(this);
        }
    }
}
