package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainStringSerializer;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Writable fields shared by creditors and debtors ({@link CreditorFields}, {@link DebtorFields}):
 * both write the same account record and differ in one field only.
 *
 * <p>Immutable. Validated before sending; fields left unset are omitted from the request (the API
 * treats an empty string as invalid, not as unset).
 */
public abstract sealed class BusinessPartnerFields permits CreditorFields, DebtorFields {
    @JsonProperty("postingaccount_number")
    @JsonSerialize(using = PlainStringSerializer.class)
    @Positive
    private final Long postingaccountNumber;
    @JsonProperty("name")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String name;
    @JsonProperty("contact_person_name")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String contactPersonName;
    @JsonProperty("street")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String street;
    @JsonProperty("additional_address_line")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String additionalAddressLine;
    @JsonProperty("zip")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String zip;
    @JsonProperty("city")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String city;
    @JsonProperty("country")
    @Pattern(regexp = "(?s).*\\S.*", message = "must be a German country name or an ISO 3166-1 alpha-2 code, not empty")
    private final String country;
    @JsonProperty("sales_tax_id")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String vatId;
    @JsonProperty("email")
    @jakarta.validation.constraints.Email
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String email;
    @JsonProperty("iban")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String iban;
    @JsonProperty("bic")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String bic;

    BusinessPartnerFields(Builder<?, ?> b) {
        this.postingaccountNumber = b.postingaccountNumber;
        this.name = b.name;
        this.contactPersonName = b.contactPersonName;
        this.street = b.street;
        this.additionalAddressLine = b.additionalAddressLine;
        this.zip = b.zip;
        this.city = b.city;
        this.country = b.country;
        this.vatId = b.vatId;
        this.email = b.email;
        this.iban = b.iban;
        this.bic = b.bic;
    }

    /** Copies the shared fields into a builder of the concrete type (for {@code toBuilder()}). */
    final <B extends Builder<?, ?>> B copyTo(B b) {
        b.postingaccountNumber = postingaccountNumber;
        b.name = name;
        b.contactPersonName = contactPersonName;
        b.street = street;
        b.additionalAddressLine = additionalAddressLine;
        b.zip = zip;
        b.city = city;
        b.country = country;
        b.vatId = vatId;
        b.email = email;
        b.iban = iban;
        b.bic = bic;
        return b;
    }

    /** Posting account number (the record key); omit on create to let BuchhaltungsButler assign the next free number; null when unset */
    public final Long postingaccountNumber() {
        return postingaccountNumber;
    }

    /** Name (required on create); null when unset */
    public final String name() {
        return name;
    }

    /** Contact person; null when unset */
    public final String contactPersonName() {
        return contactPersonName;
    }

    /** Street and number; null when unset */
    public final String street() {
        return street;
    }

    /** Additional address line (wire name {@code additional_address_line} on writes); null when unset */
    public final String additionalAddressLine() {
        return additionalAddressLine;
    }

    /** Postcode; null when unset */
    public final String zip() {
        return zip;
    }

    /** City; null when unset */
    public final String city() {
        return city;
    }

    /** Country: German name or ISO 3166-1 alpha-2 code; null when unset */
    public final String country() {
        return country;
    }

    /** VAT id (USt-IdNr.; wire name {@code sales_tax_id} on writes); null when unset */
    public final String vatId() {
        return vatId;
    }

    /** E-mail address; null when unset */
    public final String email() {
        return email;
    }

    /** IBAN; null when unset */
    public final String iban() {
        return iban;
    }

    /** BIC; null when unset */
    public final String bic() {
        return bic;
    }

    /** Java name of the field only this kind of partner has, for {@link #toString()}. */
    abstract String kindFieldName();

    /** Value of the field only this kind of partner has (part of equality). */
    abstract Object kindFieldValue();

    static <T> T blankToNull(T value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    /** Equal when of the same type (creditor or debtor fields) with equal values. */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        BusinessPartnerFields o = (BusinessPartnerFields) other;
        return Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && Objects.equals(name, o.name)
                && Objects.equals(contactPersonName, o.contactPersonName)
                && Objects.equals(street, o.street)
                && Objects.equals(additionalAddressLine, o.additionalAddressLine)
                && Objects.equals(kindFieldValue(), o.kindFieldValue())
                && Objects.equals(zip, o.zip)
                && Objects.equals(city, o.city)
                && Objects.equals(country, o.country)
                && Objects.equals(vatId, o.vatId)
                && Objects.equals(email, o.email)
                && Objects.equals(iban, o.iban)
                && Objects.equals(bic, o.bic);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(postingaccountNumber, name, contactPersonName, street, additionalAddressLine, kindFieldValue(), zip, city, country, vatId, email, iban, bic);
    }

    /** Every field with its value (these fields hold no secrets). */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{"
                + "postingaccountNumber=" + postingaccountNumber
                + ", name=" + name
                + ", contactPersonName=" + contactPersonName
                + ", street=" + street
                + ", additionalAddressLine=" + additionalAddressLine
                + ", " + kindFieldName() + "=" + kindFieldValue()
                + ", zip=" + zip
                + ", city=" + city
                + ", country=" + country
                + ", vatId=" + vatId
                + ", email=" + email
                + ", iban=" + iban
                + ", bic=" + bic + "}";
    }

    /**
     * Builder of the shared fields; {@link CreditorFields.Builder} and {@link DebtorFields.Builder}
     * add the rest. Not thread-safe.
     *
     * @param <F> the type built
     * @param <B> the concrete builder, returned by every setter for chaining
     */
    public abstract static sealed class Builder<F extends BusinessPartnerFields, B extends Builder<F, B>>
            permits CreditorFields.Builder, DebtorFields.Builder {
        Long postingaccountNumber;
        String name;
        String contactPersonName;
        String street;
        String additionalAddressLine;
        String zip;
        String city;
        String country;
        String vatId;
        String email;
        String iban;
        String bic;

        Builder() {
        }

        abstract B self();

        /** Sets the shared fields from a record read from the API, leaving empty strings unset. */
        final B copyFrom(BusinessPartner record) {
            postingaccountNumber(blankToNull(record.postingaccountNumber()));
            name(blankToNull(record.name()));
            contactPersonName(blankToNull(record.contactPersonName()));
            street(blankToNull(record.street()));
            additionalAddressLine(blankToNull(record.additionalAddressLine()));
            zip(blankToNull(record.zip()));
            city(blankToNull(record.city()));
            country(blankToNull(record.country()));
            vatId(blankToNull(record.vatId()));
            email(blankToNull(record.email()));
            iban(blankToNull(record.iban()));
            bic(blankToNull(record.bic()));
            return self();
        }

        /** Posting account number (the record key); omit on create to let BuchhaltungsButler assign the next free number. */
        public final B postingaccountNumber(Long postingaccountNumber) {
            this.postingaccountNumber = postingaccountNumber;
            return self();
        }

        /** Name (required on create). */
        public final B name(String name) {
            this.name = name;
            return self();
        }

        /** Contact person. */
        public final B contactPersonName(String contactPersonName) {
            this.contactPersonName = contactPersonName;
            return self();
        }

        /** Street and number. */
        public final B street(String street) {
            this.street = street;
            return self();
        }

        /** Additional address line (wire name {@code additional_address_line} on writes). */
        public final B additionalAddressLine(String additionalAddressLine) {
            this.additionalAddressLine = additionalAddressLine;
            return self();
        }

        /** Postcode. */
        public final B zip(String zip) {
            this.zip = zip;
            return self();
        }

        /** City. */
        public final B city(String city) {
            this.city = city;
            return self();
        }

        /** Country: German name or ISO 3166-1 alpha-2 code. */
        public final B country(String country) {
            this.country = country;
            return self();
        }

        /** VAT id (USt-IdNr.; wire name {@code sales_tax_id} on writes). */
        public final B vatId(String vatId) {
            this.vatId = vatId;
            return self();
        }

        /** E-mail address. */
        public final B email(String email) {
            this.email = email;
            return self();
        }

        /** IBAN. */
        public final B iban(String iban) {
            this.iban = iban;
            return self();
        }

        /** BIC. */
        public final B bic(String bic) {
            this.bic = bic;
            return self();
        }

        /**
         * Builds the request; validation happens when it is sent.
         *
         * @return the immutable request
         */
        public abstract F build();
    }
}
