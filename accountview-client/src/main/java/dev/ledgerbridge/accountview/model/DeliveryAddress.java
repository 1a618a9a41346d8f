package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A delivery address of a debtor; sales orders refer to it by {@link #id()} ({@code SO_HDR.DEL_CODE}).
 *
 * <p>Business object {@code ADDR}, table {@code DEL_ADDR}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class DeliveryAddress {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "ADDR";
    /** Table name. */
    public static final String TABLE = "DEL_ADDR";

    private final String id;
    @NotBlank(groups = OnInsert.class) @Size(max = 10) private final String debtorNumber;
    private final String name;
    private final String address;
    private final String postalCode;
    private final String city;
    @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be two capital letters (ISO 3166-1 alpha-2 country code)") private final String countryCode;
    private final String email;
    private final String phone;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private DeliveryAddress(Builder b) {
        this.id = b.id;
        this.debtorNumber = b.debtorNumber;
        this.name = b.name;
        this.address = b.address;
        this.postalCode = b.postalCode;
        this.city = b.city;
        this.countryCode = b.countryCode;
        this.email = b.email;
        this.phone = b.phone;
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
        b.debtorNumber = debtorNumber;
        b.name = name;
        b.address = address;
        b.postalCode = postalCode;
        b.city = city;
        b.countryCode = countryCode;
        b.email = email;
        b.phone = phone;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code REC_ID}: unique key, assigned by the server on insert. */
    public String id() {
        return id;
    }

    /** {@code SUB_NR}: number of the debtor the address belongs to (mandatory on insert, at most 10 characters). */
    public String debtorNumber() {
        return debtorNumber;
    }

    /** {@code DEL_NAME}: name on the address. */
    public String name() {
        return name;
    }

    /** {@code ADDRESS1}: address line (street and number). */
    public String address() {
        return address;
    }

    /** {@code POST_CODE}: postcode. */
    public String postalCode() {
        return postalCode;
    }

    /** {@code CITY}: city. */
    public String city() {
        return city;
    }

    /** {@code CNT_CODE}: ISO country code (at most 2 characters). */
    public String countryCode() {
        return countryCode;
    }

    /** {@code MAIL_BUS}: e-mail. */
    public String email() {
        return email;
    }

    /** {@code TEL_BUS}: phone. */
    public String phone() {
        return phone;
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
        if (!(o instanceof DeliveryAddress other)) {
            return false;
        }
        return Objects.equals(id, other.id)
                && Objects.equals(debtorNumber, other.debtorNumber)
                && Objects.equals(name, other.name)
                && Objects.equals(address, other.address)
                && Objects.equals(postalCode, other.postalCode)
                && Objects.equals(city, other.city)
                && Objects.equals(countryCode, other.countryCode)
                && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, debtorNumber, name, address, postalCode, city, countryCode, email, phone, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "DeliveryAddress{" + "id=" + id + ", " + "debtorNumber=" + debtorNumber + "}";
    }

    /** Builder for {@link DeliveryAddress}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String debtorNumber;
        private String name;
        private String address;
        private String postalCode;
        private String city;
        private String countryCode;
        private String email;
        private String phone;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code REC_ID}: unique key, assigned by the server on insert. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code SUB_NR}: number of the debtor the address belongs to. */
        public Builder debtorNumber(String debtorNumber) {
            this.debtorNumber = debtorNumber;
            return this;
        }

        /** Sets {@code DEL_NAME}: name on the address. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code ADDRESS1}: address line (street and number). */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Sets {@code POST_CODE}: postcode. */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets {@code CITY}: city. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Sets {@code CNT_CODE}: ISO country code. */
        public Builder countryCode(String countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /** Sets {@code MAIL_BUS}: e-mail. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Sets {@code TEL_BUS}: phone. */
        public Builder phone(String phone) {
            this.phone = phone;
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
        public DeliveryAddress build() {
            return new DeliveryAddress(this);
        }
    }
}
