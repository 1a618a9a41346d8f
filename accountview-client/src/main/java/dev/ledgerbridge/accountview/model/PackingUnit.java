package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A packing unit of an article, with free stock per pack.
 *
 * <p>Business object {@code PCK}, table {@code ART_PACK}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class PackingUnit {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "PCK";
    /** Table name. */
    public static final String TABLE = "ART_PACK";

    private final String id;
    private final String articleCode;
    private final BigDecimal content;
    private final String supplier;
    private final BigDecimal freeStock;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private PackingUnit(Builder b) {
        this.id = b.id;
        this.articleCode = b.articleCode;
        this.content = b.content;
        this.supplier = b.supplier;
        this.freeStock = b.freeStock;
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
        b.content = content;
        b.supplier = supplier;
        b.freeStock = freeStock;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code REC_ID}: unique key. */
    public String id() {
        return id;
    }

    /** {@code ART_CODE}: article code. */
    public String articleCode() {
        return articleCode;
    }

    /** {@code PACK_CONT}: pack content (quantity per pack). */
    public BigDecimal content() {
        return content;
    }

    /** {@code VEUTR_LEV}: supplier. */
    public String supplier() {
        return supplier;
    }

    /** {@code PQTY_FREE2}: free stock in packs. */
    public BigDecimal freeStock() {
        return freeStock;
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
        if (!(o instanceof PackingUnit other)) {
            return false;
        }
        return Objects.equals(id, other.id)
                && Objects.equals(articleCode, other.articleCode)
                && Objects.equals(content, other.content)
                && Objects.equals(supplier, other.supplier)
                && Objects.equals(freeStock, other.freeStock)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, articleCode, content, supplier, freeStock, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "PackingUnit{" + "articleCode=" + articleCode + ", " + "content=" + content + "}";
    }

    /** Builder for {@link PackingUnit}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String articleCode;
        private BigDecimal content;
        private String supplier;
        private BigDecimal freeStock;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code REC_ID}: unique key. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code ART_CODE}: article code. */
        public Builder articleCode(String articleCode) {
            this.articleCode = articleCode;
            return this;
        }

        /** Sets {@code PACK_CONT}: pack content (quantity per pack). */
        public Builder content(BigDecimal content) {
            this.content = content;
            return this;
        }

        /** Sets {@code VEUTR_LEV}: supplier. */
        public Builder supplier(String supplier) {
            this.supplier = supplier;
            return this;
        }

        /** Sets {@code PQTY_FREE2}: free stock in packs. */
        public Builder freeStock(BigDecimal freeStock) {
            this.freeStock = freeStock;
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
        public PackingUnit build() {
            return new PackingUnit(this);
        }
    }
}
