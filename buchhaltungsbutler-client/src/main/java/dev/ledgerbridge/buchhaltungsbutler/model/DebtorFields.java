package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainStringSerializer;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Writable fields of a debtor (customer): used by {@code create}, {@code createBatch} and {@code update}. On create only {@code name} is required.
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class DebtorFields {
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
    @JsonProperty("customer_number")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String customerNumber;
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

    private DebtorFields(Builder b) {
        this.postingaccountNumber = b.postingaccountNumber;
        this.name = b.name;
        this.contactPersonName = b.contactPersonName;
        this.street = b.street;
        this.additionalAddressLine = b.additionalAddressLine;
        this.customerNumber = b.customerNumber;
        this.zip = b.zip;
        this.city = b.city;
        this.country = b.country;
        this.vatId = b.vatId;
        this.email = b.email;
        this.iban = b.iban;
        this.bic = b.bic;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.postingaccountNumber = postingaccountNumber;
        b.name = name;
        b.contactPersonName = contactPersonName;
        b.street = street;
        b.additionalAddressLine = additionalAddressLine;
        b.customerNumber = customerNumber;
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
    public Long postingaccountNumber() {
        return postingaccountNumber;
    }

    /** Name (required on create); null when unset */
    public String name() {
        return name;
    }

    /** Contact person; null when unset */
    public String contactPersonName() {
        return contactPersonName;
    }

    /** Street and number; null when unset */
    public String street() {
        return street;
    }

    /** Additional address line (wire name {@code additional_address_line} on writes); null when unset */
    public String additionalAddressLine() {
        return additionalAddressLine;
    }

    /** Customer number, free text; a good place for an external id; null when unset */
    public String customerNumber() {
        return customerNumber;
    }

    /** Postcode; null when unset */
    public String zip() {
        return zip;
    }

    /** City; null when unset */
    public String city() {
        return city;
    }

    /** Country: German name or ISO 3166-1 alpha-2 code; null when unset */
    public String country() {
        return country;
    }

    /** VAT id (USt-IdNr.; wire name {@code sales_tax_id} on writes); null when unset */
    public String vatId() {
        return vatId;
    }

    /** E-mail address; null when unset */
    public String email() {
        return email;
    }

    /** IBAN; null when unset */
    public String iban() {
        return iban;
    }

    /** BIC; null when unset */
    public String bic() {
        return bic;
    }

    /**
     * The writable fields of a record read from the API, for "read, change, send every field"
     * updates. Empty strings read from the API are left unset.
     *
     * @param record a record from a list call
     */
    public static DebtorFields from(Debtor record) {
        Builder b = builder()
                .postingaccountNumber(blankToNull(record.postingaccountNumber()))
                .name(blankToNull(record.name()))
                .contactPersonName(blankToNull(record.contactPersonName()))
                .street(blankToNull(record.street()))
                .additionalAddressLine(blankToNull(record.additionalAddressLine()))
                .customerNumber(blankToNull(record.customerNumber()))
                .zip(blankToNull(record.zip()))
                .city(blankToNull(record.city()))
                .country(blankToNull(record.country()))
                .vatId(blankToNull(record.vatId()))
                .email(blankToNull(record.email()))
                .iban(blankToNull(record.iban()))
                .bic(blankToNull(record.bic()));
        return b.build();
    }

    private static <T> T blankToNull(T value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DebtorFields o)) {
            return false;
        }
        return Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && Objects.equals(name, o.name)
                && Objects.equals(contactPersonName, o.contactPersonName)
                && Objects.equals(street, o.street)
                && Objects.equals(additionalAddressLine, o.additionalAddressLine)
                && Objects.equals(customerNumber, o.customerNumber)
                && Objects.equals(zip, o.zip)
                && Objects.equals(city, o.city)
                && Objects.equals(country, o.country)
                && Objects.equals(vatId, o.vatId)
                && Objects.equals(email, o.email)
                && Objects.equals(iban, o.iban)
                && Objects.equals(bic, o.bic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postingaccountNumber, name, contactPersonName, street, additionalAddressLine, customerNumber, zip, city, country, vatId, email, iban, bic);
    }

    @Override
    public String toString() {
        return "DebtorFields{"
                + "postingaccountNumber=" + postingaccountNumber
                + ", name=" + name
                + ", contactPersonName=" + contactPersonName
                + ", street=" + street
                + ", additionalAddressLine=" + additionalAddressLine
                + ", customerNumber=" + customerNumber
                + ", zip=" + zip
                + ", city=" + city
                + ", country=" + country
                + ", vatId=" + vatId
                + ", email=" + email
                + ", iban=" + iban
                + ", bic=" + bic + "}";
    }

    /** Builder for {@link DebtorFields}. Not thread-safe. */
    public static final class Builder {
        private Long postingaccountNumber;
        private String name;
        private String contactPersonName;
        private String street;
        private String additionalAddressLine;
        private String customerNumber;
        private String zip;
        private String city;
        private String country;
        private String vatId;
        private String email;
        private String iban;
        private String bic;

        private Builder() {
        }

        /** Posting account number (the record key); omit on create to let BuchhaltungsButler assign the next free number. */
        public Builder postingaccountNumber(Long postingaccountNumber) {
            this.postingaccountNumber = postingaccountNumber;
            return this;
        }

        /** Name (required on create). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Contact person. */
        public Builder contactPersonName(String contactPersonName) {
            this.contactPersonName = contactPersonName;
            return this;
        }

        /** Street and number. */
        public Builder street(String street) {
            this.street = street;
            return this;
        }

        /** Additional address line (wire name {@code additional_address_line} on writes). */
        public Builder additionalAddressLine(String additionalAddressLine) {
            this.additionalAddressLine = additionalAddressLine;
            return this;
        }

        /** Customer number, free text; a good place for an external id. */
        public Builder customerNumber(String customerNumber) {
            this.customerNumber = customerNumber;
            return this;
        }

        /** Postcode. */
        public Builder zip(String zip) {
            this.zip = zip;
            return this;
        }

        /** City. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Country: German name or ISO 3166-1 alpha-2 code. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** VAT id (USt-IdNr.; wire name {@code sales_tax_id} on writes). */
        public Builder vatId(String vatId) {
            this.vatId = vatId;
            return this;
        }

        /** E-mail address. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** IBAN. */
        public Builder iban(String iban) {
            this.iban = iban;
            return this;
        }

        /** BIC. */
        public Builder bic(String bic) {
            this.bic = bic;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public DebtorFields build() {
            return new DebtorFields(this);
        }
    }
}
