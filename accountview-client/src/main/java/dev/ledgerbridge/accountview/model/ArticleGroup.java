package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An article group (category); the list is flat.
 *
 * <p>Business object {@code AG1}, table {@code ART_GRP}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class ArticleGroup {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "AG1";
    /** Table name. */
    public static final String TABLE = "ART_GRP";

    @NotBlank(groups = OnInsert.class) private final String code;
    private final String description;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private ArticleGroup(Builder b) {
        this.code = b.code;
        this.description = b.description;
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
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code AG_CODE}: group code, the business key (mandatory on insert). */
    public String code() {
        return code;
    }

    /** {@code AG_DESC}: description. */
    public String description() {
        return description;
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
        if (!(o instanceof ArticleGroup other)) {
            return false;
        }
        return Objects.equals(code, other.code)
                && Objects.equals(description, other.description)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, description, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "ArticleGroup{" + "code=" + code + "}";
    }

    /** Builder for {@link ArticleGroup}. Not thread-safe. */
    public static final class Builder {
        private String code;
        private String description;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code AG_CODE}: group code, the business key. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets {@code AG_DESC}: description. */
        public Builder description(String description) {
            this.description = description;
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
        public ArticleGroup build() {
            return new ArticleGroup(this);
        }
    }
}
