package dev.ledgerbridge.accountview.model;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.internal.OnInsert;
import dev.ledgerbridge.accountview.internal.RowCopy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A debtor (customer) of AccountView, including its main and administrative contact person.
 *
 * <p>Business object {@code AR1}, table {@code CONTACT}.
 * Immutable; build with {@link #builder()}. Accessors return {@code null} for fields that were not read or
 * not set; only fields that are set are written. Fields the server reports but this type does not map are
 * kept in {@link #extra()} (administration-specific fields such as {@code K1_*}/{@code A8_*} among them);
 * fields to write that this type does not map go through {@link Builder#customField}.
 */
public final class Debtor {
    /** Business-object code. */
    public static final String BUSINESS_OBJECT = "AR1";
    /** Table name. */
    public static final String TABLE = "CONTACT";

    @Size(max = 10) private final String number;
    @NotBlank(groups = OnInsert.class) @Size(max = 40) private final String name;
    @NotBlank(groups = OnInsert.class) @Size(max = 10) private final String searchCode;
    @Size(max = 10) private final String collectiveAccount;
    @Size(max = 80) private final String address;
    @Size(max = 60) private final String street;
    @Size(max = 10) private final String houseNumber;
    @Size(max = 10) private final String houseNumberAddition;
    @Size(max = 10) private final String postalCode;
    @Size(max = 35) private final String city;
    @Size(max = 35) private final String boxCity;
    @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be two capital letters (ISO 3166-1 alpha-2 country code)") private final String countryCode;
    @Size(max = 30) private final String country;
    private final String poBox;
    private final String poPostalCode;
    private final String poCity;
    @Size(max = 50) private final String email;
    @Size(max = 20) private final String phone;
    @Size(max = 20) private final String mobile;
    @Size(max = 20) private final String fax;
    @Size(max = 60) private final String website;
    @Size(max = 14) private final String vatNumber;
    @Size(max = 15) private final String chamberOfCommerceNumber;
    @Size(max = 2) private final String vatCode;
    @Size(max = 2) private final String paymentConditionCode;
    @Size(max = 3) private final String currencyCode;
    @Size(max = 5) private final String languageCode;
    @Size(max = 34) private final String iban;
    @Size(max = 34) private final String iban2;
    @Size(max = 40) private final String contactName;
    private final String contactPersonCode;
    private final String contactEmail;
    private final String contactSalutation;
    private final String adminContactName;
    private final String adminName;
    private final String adminContactPersonCode;
    private final String adminContactSalutation;
    @Size(max = 10) private final String externalNumber;
    @Size(max = 5) private final String priceList;
    private final String priceListCode;
    @Size(max = 10) private final String salesperson;
    @Size(max = 10) private final String relationGroup;
    private final String invoiceDebtor;
    private final Integer creditLimit;
    private final Boolean directDebit;
    private final Boolean blocked;
    private final Boolean blockedForOrders;
    private final String note;
    private final LocalDateTime created;
    private final LocalDateTime changed;
    private final Integer changeCount;
    private final BigDecimal balance;
    private final Map<String, Object> extra;
    private final WriteRow customFields;

    private Debtor(Builder b) {
        this.number = b.number;
        this.name = b.name;
        this.searchCode = b.searchCode;
        this.collectiveAccount = b.collectiveAccount;
        this.address = b.address;
        this.street = b.street;
        this.houseNumber = b.houseNumber;
        this.houseNumberAddition = b.houseNumberAddition;
        this.postalCode = b.postalCode;
        this.city = b.city;
        this.boxCity = b.boxCity;
        this.countryCode = b.countryCode;
        this.country = b.country;
        this.poBox = b.poBox;
        this.poPostalCode = b.poPostalCode;
        this.poCity = b.poCity;
        this.email = b.email;
        this.phone = b.phone;
        this.mobile = b.mobile;
        this.fax = b.fax;
        this.website = b.website;
        this.vatNumber = b.vatNumber;
        this.chamberOfCommerceNumber = b.chamberOfCommerceNumber;
        this.vatCode = b.vatCode;
        this.paymentConditionCode = b.paymentConditionCode;
        this.currencyCode = b.currencyCode;
        this.languageCode = b.languageCode;
        this.iban = b.iban;
        this.iban2 = b.iban2;
        this.contactName = b.contactName;
        this.contactPersonCode = b.contactPersonCode;
        this.contactEmail = b.contactEmail;
        this.contactSalutation = b.contactSalutation;
        this.adminContactName = b.adminContactName;
        this.adminName = b.adminName;
        this.adminContactPersonCode = b.adminContactPersonCode;
        this.adminContactSalutation = b.adminContactSalutation;
        this.externalNumber = b.externalNumber;
        this.priceList = b.priceList;
        this.priceListCode = b.priceListCode;
        this.salesperson = b.salesperson;
        this.relationGroup = b.relationGroup;
        this.invoiceDebtor = b.invoiceDebtor;
        this.creditLimit = b.creditLimit;
        this.directDebit = b.directDebit;
        this.blocked = b.blocked;
        this.blockedForOrders = b.blockedForOrders;
        this.note = b.note;
        this.created = b.created;
        this.changed = b.changed;
        this.changeCount = b.changeCount;
        this.balance = b.balance;
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
        b.searchCode = searchCode;
        b.collectiveAccount = collectiveAccount;
        b.address = address;
        b.street = street;
        b.houseNumber = houseNumber;
        b.houseNumberAddition = houseNumberAddition;
        b.postalCode = postalCode;
        b.city = city;
        b.boxCity = boxCity;
        b.countryCode = countryCode;
        b.country = country;
        b.poBox = poBox;
        b.poPostalCode = poPostalCode;
        b.poCity = poCity;
        b.email = email;
        b.phone = phone;
        b.mobile = mobile;
        b.fax = fax;
        b.website = website;
        b.vatNumber = vatNumber;
        b.chamberOfCommerceNumber = chamberOfCommerceNumber;
        b.vatCode = vatCode;
        b.paymentConditionCode = paymentConditionCode;
        b.currencyCode = currencyCode;
        b.languageCode = languageCode;
        b.iban = iban;
        b.iban2 = iban2;
        b.contactName = contactName;
        b.contactPersonCode = contactPersonCode;
        b.contactEmail = contactEmail;
        b.contactSalutation = contactSalutation;
        b.adminContactName = adminContactName;
        b.adminName = adminName;
        b.adminContactPersonCode = adminContactPersonCode;
        b.adminContactSalutation = adminContactSalutation;
        b.externalNumber = externalNumber;
        b.priceList = priceList;
        b.priceListCode = priceListCode;
        b.salesperson = salesperson;
        b.relationGroup = relationGroup;
        b.invoiceDebtor = invoiceDebtor;
        b.creditLimit = creditLimit;
        b.directDebit = directDebit;
        b.blocked = blocked;
        b.blockedForOrders = blockedForOrders;
        b.note = note;
        b.created = created;
        b.changed = changed;
        b.changeCount = changeCount;
        b.balance = balance;
        b.extra.putAll(extra);
        RowCopy.copy(customFields, b.customFields);
        return b;
    }

    /** {@code SUB_NR}: debtor number, the business key (at most 10 characters). */
    public String number() {
        return number;
    }

    /** {@code ACCT_NAME}: company or person name (mandatory on insert, at most 40 characters). */
    public String name() {
        return name;
    }

    /** {@code SRC_CODE}: search code (integrations often send {@code -} or a short name) (mandatory on insert, at most 10 characters). */
    public String searchCode() {
        return searchCode;
    }

    /** {@code ACCT_NR}: collective (control) ledger account, e.g. {@code 1300} (at most 10 characters). */
    public String collectiveAccount() {
        return collectiveAccount;
    }

    /** {@code ADDRESS1}: address line (street and number) (at most 80 characters). */
    public String address() {
        return address;
    }

    /** {@code ST_STREET}: street (at most 60 characters). */
    public String street() {
        return street;
    }

    /** {@code ST_NR}: house number (at most 10 characters). */
    public String houseNumber() {
        return houseNumber;
    }

    /** {@code ST_EXTRA}: house number addition (at most 10 characters). */
    public String houseNumberAddition() {
        return houseNumberAddition;
    }

    /** {@code POST_CODE}: postcode (Dutch format {@code 1234 AB}) (at most 10 characters). */
    public String postalCode() {
        return postalCode;
    }

    /** {@code CITY}: city (at most 35 characters). */
    public String city() {
        return city;
    }

    /** {@code BOX_CITY}: city or PO-box city (at most 35 characters). */
    public String boxCity() {
        return boxCity;
    }

    /** {@code CNT_CODE}: ISO country code (at most 2 characters). */
    public String countryCode() {
        return countryCode;
    }

    /** {@code COUNTRY}: country name (at most 30 characters). */
    public String country() {
        return country;
    }

    /** {@code PO_BOX}: PO box. */
    public String poBox() {
        return poBox;
    }

    /** {@code PO_CODE}: postcode of the postal address. */
    public String poPostalCode() {
        return poPostalCode;
    }

    /** {@code PO_CITY}: city of the postal address. */
    public String poCity() {
        return poCity;
    }

    /** {@code MAIL_BUS}: business e-mail (at most 50 characters). */
    public String email() {
        return email;
    }

    /** {@code TEL_BUS}: business phone (at most 20 characters). */
    public String phone() {
        return phone;
    }

    /** {@code TEL_MOB}: mobile phone (at most 20 characters). */
    public String mobile() {
        return mobile;
    }

    /** {@code FAX_BUS}: fax (at most 20 characters). */
    public String fax() {
        return fax;
    }

    /** {@code WWW_URL}: website (at most 60 characters). */
    public String website() {
        return website;
    }

    /** {@code VAT_NR}: VAT number (at most 14 characters). */
    public String vatNumber() {
        return vatNumber;
    }

    /** {@code COC_CODE}: Chamber of Commerce (KvK) number (at most 15 characters). */
    public String chamberOfCommerceNumber() {
        return chamberOfCommerceNumber;
    }

    /** {@code VAT_CODE}: default VAT code (at most 2 characters). */
    public String vatCode() {
        return vatCode;
    }

    /** {@code DISC_CODE}: payment-condition code (at most 2 characters). */
    public String paymentConditionCode() {
        return paymentConditionCode;
    }

    /** {@code CUR_CODE}: currency code (at most 3 characters). */
    public String currencyCode() {
        return currencyCode;
    }

    /** {@code LNG_CODE}: language code (at most 5 characters). */
    public String languageCode() {
        return languageCode;
    }

    /** {@code IBAN_NR}: IBAN (at most 34 characters). */
    public String iban() {
        return iban;
    }

    /** {@code IBAN_NR2}: second IBAN (at most 34 characters). */
    public String iban2() {
        return iban2;
    }

    /** {@code MAIN_CONT}: main contact person name (at most 40 characters). */
    public String contactName() {
        return contactName;
    }

    /** {@code MAIN_PP}: main contact-person code. */
    public String contactPersonCode() {
        return contactPersonCode;
    }

    /** {@code MC_MAILB}: main contact person e-mail. */
    public String contactEmail() {
        return contactEmail;
    }

    /** {@code MC_DEAR}: main contact person salutation. */
    public String contactSalutation() {
        return contactSalutation;
    }

    /** {@code ADMIN_CONT}: administrative contact person name. */
    public String adminContactName() {
        return adminContactName;
    }

    /** {@code ADMIN_NAME}: administrative contact name. */
    public String adminName() {
        return adminName;
    }

    /** {@code ADMIN_PP}: administrative contact-person code. */
    public String adminContactPersonCode() {
        return adminContactPersonCode;
    }

    /** {@code ADM_DEAR}: administrative contact salutation. */
    public String adminContactSalutation() {
        return adminContactSalutation;
    }

    /** {@code DEB_NR}: external debtor number (at most 10 characters). */
    public String externalNumber() {
        return externalNumber;
    }

    /** {@code APX_LIST}: article price list (at most 5 characters). */
    public String priceList() {
        return priceList;
    }

    /** {@code QD_CODE}: price-list code. */
    public String priceListCode() {
        return priceListCode;
    }

    /** {@code EMP_NR}: salesperson (employee number) (at most 10 characters). */
    public String salesperson() {
        return salesperson;
    }

    /** {@code RPL_GRP}: relation group (at most 10 characters). */
    public String relationGroup() {
        return relationGroup;
    }

    /** {@code RPL_INV}: invoice debtor number. */
    public String invoiceDebtor() {
        return invoiceDebtor;
    }

    /** {@code CRED_LIM}: credit limit. */
    public Integer creditLimit() {
        return creditLimit;
    }

    /** {@code DD_ACT}: direct debit allowed. */
    public Boolean directDebit() {
        return directDebit;
    }

    /** {@code REC_BLK}: blocked. */
    public Boolean blocked() {
        return blocked;
    }

    /** {@code BLK_SP}: blocked for orders. */
    public Boolean blockedForOrders() {
        return blockedForOrders;
    }

    /** {@code COMMENT1}: note (memo). */
    public String note() {
        return note;
    }

    /** {@code INP_DATE}: created at (read-only, never written). */
    public LocalDateTime created() {
        return created;
    }

    /** {@code CNG_DATE}: last changed at (incremental sync) (read-only, never written). */
    public LocalDateTime changed() {
        return changed;
    }

    /** {@code CNG_NR}: change counter (read-only, never written). */
    public Integer changeCount() {
        return changeCount;
    }

    /** {@code ACCT_BAL}: account balance (read-only, never written). */
    public BigDecimal balance() {
        return balance;
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
        if (!(o instanceof Debtor other)) {
            return false;
        }
        return Objects.equals(number, other.number)
                && Objects.equals(name, other.name)
                && Objects.equals(searchCode, other.searchCode)
                && Objects.equals(collectiveAccount, other.collectiveAccount)
                && Objects.equals(address, other.address)
                && Objects.equals(street, other.street)
                && Objects.equals(houseNumber, other.houseNumber)
                && Objects.equals(houseNumberAddition, other.houseNumberAddition)
                && Objects.equals(postalCode, other.postalCode)
                && Objects.equals(city, other.city)
                && Objects.equals(boxCity, other.boxCity)
                && Objects.equals(countryCode, other.countryCode)
                && Objects.equals(country, other.country)
                && Objects.equals(poBox, other.poBox)
                && Objects.equals(poPostalCode, other.poPostalCode)
                && Objects.equals(poCity, other.poCity)
                && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone)
                && Objects.equals(mobile, other.mobile)
                && Objects.equals(fax, other.fax)
                && Objects.equals(website, other.website)
                && Objects.equals(vatNumber, other.vatNumber)
                && Objects.equals(chamberOfCommerceNumber, other.chamberOfCommerceNumber)
                && Objects.equals(vatCode, other.vatCode)
                && Objects.equals(paymentConditionCode, other.paymentConditionCode)
                && Objects.equals(currencyCode, other.currencyCode)
                && Objects.equals(languageCode, other.languageCode)
                && Objects.equals(iban, other.iban)
                && Objects.equals(iban2, other.iban2)
                && Objects.equals(contactName, other.contactName)
                && Objects.equals(contactPersonCode, other.contactPersonCode)
                && Objects.equals(contactEmail, other.contactEmail)
                && Objects.equals(contactSalutation, other.contactSalutation)
                && Objects.equals(adminContactName, other.adminContactName)
                && Objects.equals(adminName, other.adminName)
                && Objects.equals(adminContactPersonCode, other.adminContactPersonCode)
                && Objects.equals(adminContactSalutation, other.adminContactSalutation)
                && Objects.equals(externalNumber, other.externalNumber)
                && Objects.equals(priceList, other.priceList)
                && Objects.equals(priceListCode, other.priceListCode)
                && Objects.equals(salesperson, other.salesperson)
                && Objects.equals(relationGroup, other.relationGroup)
                && Objects.equals(invoiceDebtor, other.invoiceDebtor)
                && Objects.equals(creditLimit, other.creditLimit)
                && Objects.equals(directDebit, other.directDebit)
                && Objects.equals(blocked, other.blocked)
                && Objects.equals(blockedForOrders, other.blockedForOrders)
                && Objects.equals(note, other.note)
                && Objects.equals(created, other.created)
                && Objects.equals(changed, other.changed)
                && Objects.equals(changeCount, other.changeCount)
                && Objects.equals(balance, other.balance)
                && Objects.equals(extra, other.extra)
                && Objects.equals(customFields, other.customFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, searchCode, collectiveAccount, address, street, houseNumber, houseNumberAddition, postalCode, city, boxCity, countryCode, country, poBox, poPostalCode, poCity, email, phone, mobile, fax, website, vatNumber, chamberOfCommerceNumber, vatCode, paymentConditionCode, currencyCode, languageCode, iban, iban2, contactName, contactPersonCode, contactEmail, contactSalutation, adminContactName, adminName, adminContactPersonCode, adminContactSalutation, externalNumber, priceList, priceListCode, salesperson, relationGroup, invoiceDebtor, creditLimit, directDebit, blocked, blockedForOrders, note, created, changed, changeCount, balance, extra, customFields);
    }

    /** Identifying fields only; other values may hold personal data. */
    @Override
    public String toString() {
        return "Debtor{" + "number=" + number + "}";
    }

    /** Builder for {@link Debtor}. Not thread-safe. */
    public static final class Builder {
        private String number;
        private String name;
        private String searchCode;
        private String collectiveAccount;
        private String address;
        private String street;
        private String houseNumber;
        private String houseNumberAddition;
        private String postalCode;
        private String city;
        private String boxCity;
        private String countryCode;
        private String country;
        private String poBox;
        private String poPostalCode;
        private String poCity;
        private String email;
        private String phone;
        private String mobile;
        private String fax;
        private String website;
        private String vatNumber;
        private String chamberOfCommerceNumber;
        private String vatCode;
        private String paymentConditionCode;
        private String currencyCode;
        private String languageCode;
        private String iban;
        private String iban2;
        private String contactName;
        private String contactPersonCode;
        private String contactEmail;
        private String contactSalutation;
        private String adminContactName;
        private String adminName;
        private String adminContactPersonCode;
        private String adminContactSalutation;
        private String externalNumber;
        private String priceList;
        private String priceListCode;
        private String salesperson;
        private String relationGroup;
        private String invoiceDebtor;
        private Integer creditLimit;
        private Boolean directDebit;
        private Boolean blocked;
        private Boolean blockedForOrders;
        private String note;
        private LocalDateTime created;
        private LocalDateTime changed;
        private Integer changeCount;
        private BigDecimal balance;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final WriteRow.Builder customFields = WriteRow.builder();

        private Builder() {
        }

        /** Sets {@code SUB_NR}: debtor number, the business key. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /** Sets {@code ACCT_NAME}: company or person name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code SRC_CODE}: search code (integrations often send {@code -} or a short name). */
        public Builder searchCode(String searchCode) {
            this.searchCode = searchCode;
            return this;
        }

        /** Sets {@code ACCT_NR}: collective (control) ledger account, e.g. {@code 1300}. */
        public Builder collectiveAccount(String collectiveAccount) {
            this.collectiveAccount = collectiveAccount;
            return this;
        }

        /** Sets {@code ADDRESS1}: address line (street and number). */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Sets {@code ST_STREET}: street. */
        public Builder street(String street) {
            this.street = street;
            return this;
        }

        /** Sets {@code ST_NR}: house number. */
        public Builder houseNumber(String houseNumber) {
            this.houseNumber = houseNumber;
            return this;
        }

        /** Sets {@code ST_EXTRA}: house number addition. */
        public Builder houseNumberAddition(String houseNumberAddition) {
            this.houseNumberAddition = houseNumberAddition;
            return this;
        }

        /** Sets {@code POST_CODE}: postcode (Dutch format {@code 1234 AB}). */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets {@code CITY}: city. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Sets {@code BOX_CITY}: city or PO-box city. */
        public Builder boxCity(String boxCity) {
            this.boxCity = boxCity;
            return this;
        }

        /** Sets {@code CNT_CODE}: ISO country code. */
        public Builder countryCode(String countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /** Sets {@code COUNTRY}: country name. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** Sets {@code PO_BOX}: PO box. */
        public Builder poBox(String poBox) {
            this.poBox = poBox;
            return this;
        }

        /** Sets {@code PO_CODE}: postcode of the postal address. */
        public Builder poPostalCode(String poPostalCode) {
            this.poPostalCode = poPostalCode;
            return this;
        }

        /** Sets {@code PO_CITY}: city of the postal address. */
        public Builder poCity(String poCity) {
            this.poCity = poCity;
            return this;
        }

        /** Sets {@code MAIL_BUS}: business e-mail. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Sets {@code TEL_BUS}: business phone. */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /** Sets {@code TEL_MOB}: mobile phone. */
        public Builder mobile(String mobile) {
            this.mobile = mobile;
            return this;
        }

        /** Sets {@code FAX_BUS}: fax. */
        public Builder fax(String fax) {
            this.fax = fax;
            return this;
        }

        /** Sets {@code WWW_URL}: website. */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /** Sets {@code VAT_NR}: VAT number. */
        public Builder vatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /** Sets {@code COC_CODE}: Chamber of Commerce (KvK) number. */
        public Builder chamberOfCommerceNumber(String chamberOfCommerceNumber) {
            this.chamberOfCommerceNumber = chamberOfCommerceNumber;
            return this;
        }

        /** Sets {@code VAT_CODE}: default VAT code. */
        public Builder vatCode(String vatCode) {
            this.vatCode = vatCode;
            return this;
        }

        /** Sets {@code DISC_CODE}: payment-condition code. */
        public Builder paymentConditionCode(String paymentConditionCode) {
            this.paymentConditionCode = paymentConditionCode;
            return this;
        }

        /** Sets {@code CUR_CODE}: currency code. */
        public Builder currencyCode(String currencyCode) {
            this.currencyCode = currencyCode;
            return this;
        }

        /** Sets {@code LNG_CODE}: language code. */
        public Builder languageCode(String languageCode) {
            this.languageCode = languageCode;
            return this;
        }

        /** Sets {@code IBAN_NR}: IBAN. */
        public Builder iban(String iban) {
            this.iban = iban;
            return this;
        }

        /** Sets {@code IBAN_NR2}: second IBAN. */
        public Builder iban2(String iban2) {
            this.iban2 = iban2;
            return this;
        }

        /** Sets {@code MAIN_CONT}: main contact person name. */
        public Builder contactName(String contactName) {
            this.contactName = contactName;
            return this;
        }

        /** Sets {@code MAIN_PP}: main contact-person code. */
        public Builder contactPersonCode(String contactPersonCode) {
            this.contactPersonCode = contactPersonCode;
            return this;
        }

        /** Sets {@code MC_MAILB}: main contact person e-mail. */
        public Builder contactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
            return this;
        }

        /** Sets {@code MC_DEAR}: main contact person salutation. */
        public Builder contactSalutation(String contactSalutation) {
            this.contactSalutation = contactSalutation;
            return this;
        }

        /** Sets {@code ADMIN_CONT}: administrative contact person name. */
        public Builder adminContactName(String adminContactName) {
            this.adminContactName = adminContactName;
            return this;
        }

        /** Sets {@code ADMIN_NAME}: administrative contact name. */
        public Builder adminName(String adminName) {
            this.adminName = adminName;
            return this;
        }

        /** Sets {@code ADMIN_PP}: administrative contact-person code. */
        public Builder adminContactPersonCode(String adminContactPersonCode) {
            this.adminContactPersonCode = adminContactPersonCode;
            return this;
        }

        /** Sets {@code ADM_DEAR}: administrative contact salutation. */
        public Builder adminContactSalutation(String adminContactSalutation) {
            this.adminContactSalutation = adminContactSalutation;
            return this;
        }

        /** Sets {@code DEB_NR}: external debtor number. */
        public Builder externalNumber(String externalNumber) {
            this.externalNumber = externalNumber;
            return this;
        }

        /** Sets {@code APX_LIST}: article price list. */
        public Builder priceList(String priceList) {
            this.priceList = priceList;
            return this;
        }

        /** Sets {@code QD_CODE}: price-list code. */
        public Builder priceListCode(String priceListCode) {
            this.priceListCode = priceListCode;
            return this;
        }

        /** Sets {@code EMP_NR}: salesperson (employee number). */
        public Builder salesperson(String salesperson) {
            this.salesperson = salesperson;
            return this;
        }

        /** Sets {@code RPL_GRP}: relation group. */
        public Builder relationGroup(String relationGroup) {
            this.relationGroup = relationGroup;
            return this;
        }

        /** Sets {@code RPL_INV}: invoice debtor number. */
        public Builder invoiceDebtor(String invoiceDebtor) {
            this.invoiceDebtor = invoiceDebtor;
            return this;
        }

        /** Sets {@code CRED_LIM}: credit limit. */
        public Builder creditLimit(Integer creditLimit) {
            this.creditLimit = creditLimit;
            return this;
        }

        /** Sets {@code DD_ACT}: direct debit allowed. */
        public Builder directDebit(Boolean directDebit) {
            this.directDebit = directDebit;
            return this;
        }

        /** Sets {@code REC_BLK}: blocked. */
        public Builder blocked(Boolean blocked) {
            this.blocked = blocked;
            return this;
        }

        /** Sets {@code BLK_SP}: blocked for orders. */
        public Builder blockedForOrders(Boolean blockedForOrders) {
            this.blockedForOrders = blockedForOrders;
            return this;
        }

        /** Sets {@code COMMENT1}: note (memo). */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** Sets {@code INP_DATE}: created at. */
        public Builder created(LocalDateTime created) {
            this.created = created;
            return this;
        }

        /** Sets {@code CNG_DATE}: last changed at (incremental sync). */
        public Builder changed(LocalDateTime changed) {
            this.changed = changed;
            return this;
        }

        /** Sets {@code CNG_NR}: change counter. */
        public Builder changeCount(Integer changeCount) {
            this.changeCount = changeCount;
            return this;
        }

        /** Sets {@code ACCT_BAL}: account balance. */
        public Builder balance(BigDecimal balance) {
            this.balance = balance;
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
        public Debtor build() {
            return new Debtor(this);
        }
    }
}
