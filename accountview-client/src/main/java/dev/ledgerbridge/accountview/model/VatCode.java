package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A VAT code.
 *
 * <p>Business object {@code VA1}, table {@code VAT}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class VatCode {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "VA1";
    /** Table name. */
    public static final String TABLE = "VAT";

    @Size(max = 2) private final String code;
    @Size(max = 40) private final String name;
    private final BigDecimal percentage;
    private final Integer type;
    private final Integer calculationType;
    private final String account;
    private final Boolean reverseCharge;
    private final String link;
    private final String formCode;
    private final Boolean abc;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private VatCode(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.percentage = b.percentage;
        this.type = b.type;
        this.calculationType = b.calculationType;
        this.account = b.account;
        this.reverseCharge = b.reverseCharge;
        this.link = b.link;
        this.formCode = b.formCode;
        this.abc = b.abc;
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
        b.name = name;
        b.percentage = percentage;
        b.type = type;
        b.calculationType = calculationType;
        b.account = account;
        b.reverseCharge = reverseCharge;
        b.link = link;
        b.formCode = formCode;
        b.abc = abc;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code VAT_CODE}: VAT code, the key (at most 2 characters). */
    public String code() {
        return code;
    }

    /** {@code VAT_NAME}: name (at most 40 characters). */
    public String name() {
        return name;
    }

    /** {@code VAT_PCT}: percentage. */
    public BigDecimal percentage() {
        return percentage;
    }

    /** {@code VAT_TYPE}: VAT type. */
    public Integer type() {
        return type;
    }

    /** {@code CALC_TYPE}: calculation type. */
    public Integer calculationType() {
        return calculationType;
    }

    /** {@code VAT_ACCT}: VAT ledger account. */
    public String account() {
        return account;
    }

    /** {@code IS_REVERSE}: reverse charge. */
    public Boolean reverseCharge() {
        return reverseCharge;
    }

    /** {@code VAT_LINK}: linked VAT code. */
    public String link() {
        return link;
    }

    /** {@code FRM_CODE}: form code. */
    public String formCode() {
        return formCode;
    }

    /** {@code IS_ABC}: ABC flag. */
    public Boolean abc() {
        return abc;
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
        if (!(o instanceof VatCode other)) {
            return false;
        }
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(percentage, other.percentage)
                && Objects.equals(type, other.type)
                && Objects.equals(calculationType, other.calculationType)
                && Objects.equals(account, other.account)
                && Objects.equals(reverseCharge, other.reverseCharge)
                && Objects.equals(link, other.link)
                && Objects.equals(formCode, other.formCode)
                && Objects.equals(abc, other.abc)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, percentage, type, calculationType, account, reverseCharge, link, formCode, abc, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "VatCode{" + "code=" + code + ", " + "percentage=" + percentage + "}";
    }

    /** Builder for {@link VatCode}. Not thread-safe. */
    public static final class Builder {
        private String code;
        private String name;
        private BigDecimal percentage;
        private Integer type;
        private Integer calculationType;
        private String account;
        private Boolean reverseCharge;
        private String link;
        private String formCode;
        private Boolean abc;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code VAT_CODE}: VAT code, the key. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets {@code VAT_NAME}: name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code VAT_PCT}: percentage. */
        public Builder percentage(BigDecimal percentage) {
            this.percentage = percentage;
            return this;
        }

        /** Sets {@code VAT_TYPE}: VAT type. */
        public Builder type(Integer type) {
            this.type = type;
            return this;
        }

        /** Sets {@code CALC_TYPE}: calculation type. */
        public Builder calculationType(Integer calculationType) {
            this.calculationType = calculationType;
            return this;
        }

        /** Sets {@code VAT_ACCT}: VAT ledger account. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** Sets {@code IS_REVERSE}: reverse charge. */
        public Builder reverseCharge(Boolean reverseCharge) {
            this.reverseCharge = reverseCharge;
            return this;
        }

        /** Sets {@code VAT_LINK}: linked VAT code. */
        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /** Sets {@code FRM_CODE}: form code. */
        public Builder formCode(String formCode) {
            this.formCode = formCode;
            return this;
        }

        /** Sets {@code IS_ABC}: ABC flag. */
        public Builder abc(Boolean abc) {
            this.abc = abc;
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
        public VatCode build() {
            return new VatCode(this);
        }
    }
}
