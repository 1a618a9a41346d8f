package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A field of the data dictionary of an administration (lengths, mandatory and blocked fields, custom fields).
 *
 * <p>Business object {@code FLD}, table {@code DCT_FLD}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class DictionaryField {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "FLD";
    /** Table name. */
    public static final String TABLE = "DCT_FLD";

    private final String name;
    private final String table;
    private final String description;
    private final FieldType type;
    private final Integer length;
    private final Boolean mandatory;
    private final String format;
    private final String mask;
    private final Boolean blocked;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private DictionaryField(Builder b) {
        this.name = b.name;
        this.table = b.table;
        this.description = b.description;
        this.type = b.type;
        this.length = b.length;
        this.mandatory = b.mandatory;
        this.format = b.format;
        this.mask = b.mask;
        this.blocked = b.blocked;
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
        b.name = name;
        b.table = table;
        b.description = description;
        b.type = type;
        b.length = length;
        b.mandatory = mandatory;
        b.format = format;
        b.mask = mask;
        b.blocked = blocked;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code FIELD_NAME}: field code. */
    public String name() {
        return name;
    }

    /** {@code DBF_NAME}: table name. */
    public String table() {
        return table;
    }

    /** {@code FLD_DESC}: label (Dutch). */
    public String description() {
        return description;
    }

    /** {@code FIELD_TYPE}: field type. */
    public FieldType type() {
        return type;
    }

    /** {@code FIELD_LEN}: maximum length. */
    public Integer length() {
        return length;
    }

    /** {@code INP_MAND}: mandatory on input. */
    public Boolean mandatory() {
        return mandatory;
    }

    /** {@code FLD_FMT}: format. */
    public String format() {
        return format;
    }

    /** {@code FLD_MASK}: input mask. */
    public String mask() {
        return mask;
    }

    /** {@code COM_BLK}: blocked for external writes (treat as read-only). */
    public Boolean blocked() {
        return blocked;
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
        if (!(o instanceof DictionaryField other)) {
            return false;
        }
        return Objects.equals(name, other.name)
                && Objects.equals(table, other.table)
                && Objects.equals(description, other.description)
                && Objects.equals(type, other.type)
                && Objects.equals(length, other.length)
                && Objects.equals(mandatory, other.mandatory)
                && Objects.equals(format, other.format)
                && Objects.equals(mask, other.mask)
                && Objects.equals(blocked, other.blocked)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, table, description, type, length, mandatory, format, mask, blocked, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "DictionaryField{" + "table=" + table + ", " + "name=" + name + "}";
    }

    /** Builder for {@link DictionaryField}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String table;
        private String description;
        private FieldType type;
        private Integer length;
        private Boolean mandatory;
        private String format;
        private String mask;
        private Boolean blocked;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code FIELD_NAME}: field code. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code DBF_NAME}: table name. */
        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /** Sets {@code FLD_DESC}: label (Dutch). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code FIELD_TYPE}: field type. */
        public Builder type(FieldType type) {
            this.type = type;
            return this;
        }

        /** Sets {@code FIELD_LEN}: maximum length. */
        public Builder length(Integer length) {
            this.length = length;
            return this;
        }

        /** Sets {@code INP_MAND}: mandatory on input. */
        public Builder mandatory(Boolean mandatory) {
            this.mandatory = mandatory;
            return this;
        }

        /** Sets {@code FLD_FMT}: format. */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /** Sets {@code FLD_MASK}: input mask. */
        public Builder mask(String mask) {
            this.mask = mask;
            return this;
        }

        /** Sets {@code COM_BLK}: blocked for external writes (treat as read-only). */
        public Builder blocked(Boolean blocked) {
            this.blocked = blocked;
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
        public DictionaryField build() {
            return new DictionaryField(this);
        }
    }
}
