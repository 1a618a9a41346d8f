package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A general-ledger account (e.g. the collective account {@code Debiteuren} a debtor needs).
 *
 * <p>Business object {@code GL1}, table {@code LEDGER}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class LedgerAccount {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "GL1";
    /** Table name. */
    public static final String TABLE = "LEDGER";

    @Size(max = 10) private final String number;
    @Size(max = 40) private final String name;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private LedgerAccount(Builder b) {
        this.number = b.number;
        this.name = b.name;
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
        b.number = number;
        b.name = name;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code ACCT_NR}: account number, the key (at most 10 characters). */
    public String number() {
        return number;
    }

    /** {@code ACCT_NAME}: account name (at most 40 characters). */
    public String name() {
        return name;
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
        if (!(o instanceof LedgerAccount other)) {
            return false;
        }
        return Objects.equals(number, other.number)
                && Objects.equals(name, other.name)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "LedgerAccount{" + "number=" + number + ", " + "name=" + name + "}";
    }

    /** Builder for {@link LedgerAccount}. Not thread-safe. */
    public static final class Builder {
        private String number;
        private String name;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code ACCT_NR}: account number, the key. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /** Sets {@code ACCT_NAME}: account name. */
        public Builder name(String name) {
            this.name = name;
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
        public LedgerAccount build() {
            return new LedgerAccount(this);
        }
    }
}
