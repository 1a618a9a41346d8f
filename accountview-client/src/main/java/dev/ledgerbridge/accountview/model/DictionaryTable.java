package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table of the data dictionary with its business object and write restrictions.
 *
 * <p>Business object {@code DBF}, table {@code DCT_FILE}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class DictionaryTable {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "DBF";
    /** Table name. */
    public static final String TABLE = "DCT_FILE";

    private final String name;
    private final String description;
    private final String businessObject;
    private final String headerTable;
    private final String lineTable;
    private final Boolean noInsert;
    private final Boolean noUpdate;
    private final Boolean noDelete;
    private final Boolean noWebApiChanges;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private DictionaryTable(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.businessObject = b.businessObject;
        this.headerTable = b.headerTable;
        this.lineTable = b.lineTable;
        this.noInsert = b.noInsert;
        this.noUpdate = b.noUpdate;
        this.noDelete = b.noDelete;
        this.noWebApiChanges = b.noWebApiChanges;
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
        b.description = description;
        b.businessObject = businessObject;
        b.headerTable = headerTable;
        b.lineTable = lineTable;
        b.noInsert = noInsert;
        b.noUpdate = noUpdate;
        b.noDelete = noDelete;
        b.noWebApiChanges = noWebApiChanges;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code DBF_NAME}: table name. */
    public String name() {
        return name;
    }

    /** {@code DBF_DESC}: description. */
    public String description() {
        return description;
    }

    /** {@code OBJ_CODE}: business-object code. */
    public String businessObject() {
        return businessObject;
    }

    /** {@code TBL_HDR}: header table. */
    public String headerTable() {
        return headerTable;
    }

    /** {@code TBL_CHILD}: line table. */
    public String lineTable() {
        return lineTable;
    }

    /** {@code NO_INSERT}: inserts not allowed. */
    public Boolean noInsert() {
        return noInsert;
    }

    /** {@code NO_UPDATE}: updates not allowed. */
    public Boolean noUpdate() {
        return noUpdate;
    }

    /** {@code NO_DELETE}: deletes not allowed. */
    public Boolean noDelete() {
        return noDelete;
    }

    /** {@code NO_XML_UPD}: no changes through the Web API. */
    public Boolean noWebApiChanges() {
        return noWebApiChanges;
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
        if (!(o instanceof DictionaryTable other)) {
            return false;
        }
        return Objects.equals(name, other.name)
                && Objects.equals(description, other.description)
                && Objects.equals(businessObject, other.businessObject)
                && Objects.equals(headerTable, other.headerTable)
                && Objects.equals(lineTable, other.lineTable)
                && Objects.equals(noInsert, other.noInsert)
                && Objects.equals(noUpdate, other.noUpdate)
                && Objects.equals(noDelete, other.noDelete)
                && Objects.equals(noWebApiChanges, other.noWebApiChanges)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, businessObject, headerTable, lineTable, noInsert, noUpdate, noDelete, noWebApiChanges, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "DictionaryTable{" + "name=" + name + ", " + "businessObject=" + businessObject + "}";
    }

    /** Builder for {@link DictionaryTable}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String description;
        private String businessObject;
        private String headerTable;
        private String lineTable;
        private Boolean noInsert;
        private Boolean noUpdate;
        private Boolean noDelete;
        private Boolean noWebApiChanges;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code DBF_NAME}: table name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code DBF_DESC}: description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code OBJ_CODE}: business-object code. */
        public Builder businessObject(String businessObject) {
            this.businessObject = businessObject;
            return this;
        }

        /** Sets {@code TBL_HDR}: header table. */
        public Builder headerTable(String headerTable) {
            this.headerTable = headerTable;
            return this;
        }

        /** Sets {@code TBL_CHILD}: line table. */
        public Builder lineTable(String lineTable) {
            this.lineTable = lineTable;
            return this;
        }

        /** Sets {@code NO_INSERT}: inserts not allowed. */
        public Builder noInsert(Boolean noInsert) {
            this.noInsert = noInsert;
            return this;
        }

        /** Sets {@code NO_UPDATE}: updates not allowed. */
        public Builder noUpdate(Boolean noUpdate) {
            this.noUpdate = noUpdate;
            return this;
        }

        /** Sets {@code NO_DELETE}: deletes not allowed. */
        public Builder noDelete(Boolean noDelete) {
            this.noDelete = noDelete;
            return this;
        }

        /** Sets {@code NO_XML_UPD}: no changes through the Web API. */
        public Builder noWebApiChanges(Boolean noWebApiChanges) {
            this.noWebApiChanges = noWebApiChanges;
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
        public DictionaryTable build() {
            return new DictionaryTable(this);
        }
    }
}
