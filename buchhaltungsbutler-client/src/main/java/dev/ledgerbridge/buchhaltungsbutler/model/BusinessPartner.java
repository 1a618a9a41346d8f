package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A business partner account (a {@link Creditor} or a {@link Debtor}) as read from
 * {@code /settings/get/creditors}, {@code /settings/get/debtors} or returned by an update: both
 * lists return the same record shape.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public abstract sealed class BusinessPartner extends ApiObject permits Creditor, Debtor {
    @JsonProperty("type")
    private String type;
    @JsonProperty("name")
    private String name;
    @JsonProperty("postingaccount_number")
    private Long postingaccountNumber;
    @JsonProperty("contact_person_name")
    private String contactPersonName;
    @JsonProperty("street")
    private String street;
    @JsonProperty("additional_addressline")
    @JsonAlias({"additional_address_line"})
    private String additionalAddressLine;
    @JsonProperty("zip")
    private String zip;
    @JsonProperty("city")
    private String city;
    @JsonProperty("country")
    private String country;
    @JsonProperty("customer_number")
    private String customerNumber;
    @JsonProperty("sales_tax_id_eu")
    @JsonAlias({"sales_tax_id"})
    private String vatId;
    @JsonProperty("email")
    private String email;
    @JsonProperty("uid_ch")
    private String uidCh;
    @JsonProperty("iban")
    private String iban;
    @JsonProperty("bic")
    private String bic;
    @JsonProperty("import_pending")
    private Integer importPending;

    /** Only {@link Creditor} and {@link Debtor} extend this; the JSON reader fills the fields. */
    BusinessPartner() {
    }

    /** Record type as sent ({@code debitor} or {@code creditor}); null when not sent */
    public final String type() {
        return type;
    }

    /** Name; null when not sent */
    public final String name() {
        return name;
    }

    /** Posting account number, the record key; null when not sent */
    public final Long postingaccountNumber() {
        return postingaccountNumber;
    }

    /** Contact person; null when not sent */
    public final String contactPersonName() {
        return contactPersonName;
    }

    /** Street; null when not sent */
    public final String street() {
        return street;
    }

    /** Additional address line (read as {@code additional_addressline}, also accepted as {@code additional_address_line}); null when not sent */
    public final String additionalAddressLine() {
        return additionalAddressLine;
    }

    /** Postcode; null when not sent */
    public final String zip() {
        return zip;
    }

    /** City; null when not sent */
    public final String city() {
        return city;
    }

    /** Country, ISO-2 as returned live; null when not sent */
    public final String country() {
        return country;
    }

    /** Customer number; null when not sent */
    public final String customerNumber() {
        return customerNumber;
    }

    /** VAT id (read as {@code sales_tax_id_eu}, also accepted as {@code sales_tax_id}); null when not sent */
    public final String vatId() {
        return vatId;
    }

    /** E-mail; null when not sent */
    public final String email() {
        return email;
    }

    /** Swiss UID; null when not sent */
    public final String uidCh() {
        return uidCh;
    }

    /** IBAN; null when not sent */
    public final String iban() {
        return iban;
    }

    /** BIC; null when not sent */
    public final String bic() {
        return bic;
    }

    /** Import-pending flag (meaning undocumented); null when not sent */
    public final Integer importPending() {
        return importPending;
    }

    /** Equal when of the same type (creditor or debtor) with equal fields, {@link #extra()} included. */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        BusinessPartner o = (BusinessPartner) other;
        return Objects.equals(type, o.type)
                && Objects.equals(name, o.name)
                && Objects.equals(postingaccountNumber, o.postingaccountNumber)
                && Objects.equals(contactPersonName, o.contactPersonName)
                && Objects.equals(street, o.street)
                && Objects.equals(additionalAddressLine, o.additionalAddressLine)
                && Objects.equals(zip, o.zip)
                && Objects.equals(city, o.city)
                && Objects.equals(country, o.country)
                && Objects.equals(customerNumber, o.customerNumber)
                && Objects.equals(vatId, o.vatId)
                && Objects.equals(email, o.email)
                && Objects.equals(uidCh, o.uidCh)
                && Objects.equals(iban, o.iban)
                && Objects.equals(bic, o.bic)
                && Objects.equals(importPending, o.importPending)
                && extra().equals(o.extra());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(type, name, postingaccountNumber, contactPersonName, street, additionalAddressLine, zip, city, country, customerNumber, vatId, email, uidCh, iban, bic, importPending, extra());
    }

    /** All modelled fields and the names (not values) of the extra ones. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{"
                + "type=" + type
                + ", name=" + name
                + ", postingaccountNumber=" + postingaccountNumber
                + ", contactPersonName=" + contactPersonName
                + ", street=" + street
                + ", additionalAddressLine=" + additionalAddressLine
                + ", zip=" + zip
                + ", city=" + city
                + ", country=" + country
                + ", customerNumber=" + customerNumber
                + ", vatId=" + vatId
                + ", email=" + email
                + ", uidCh=" + uidCh
                + ", iban=" + iban
                + ", bic=" + bic
                + ", importPending=" + importPending + ", extra=" + extra().keySet() + "}";
    }
}
