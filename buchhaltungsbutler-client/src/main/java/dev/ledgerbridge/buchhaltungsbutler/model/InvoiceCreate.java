package dev.ledgerbridge.buchhaltungsbutler.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.ledgerbridge.buchhaltungsbutler.internal.PlainStringSerializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An invoice, credit note or offer for {@code /invoices/create}, {@code /invoices/create/e-invoice} or {@code /invoices/create/draft}. BuchhaltungsButler renders and numbers the document itself; there is no currency parameter (EUR).
 *
 * <p>Immutable; build with {@link #builder()}. Validated before sending; fields left unset are
 * omitted from the request (the API treats an empty string as invalid, not as unset).
 */
public final class InvoiceCreate {
    @JsonProperty("type")
    @NotNull
    private final InvoiceType type;
    @JsonProperty("show_prices_type")
    @NotNull
    private final PriceType pricesType;
    @JsonProperty("company_name")
    @NotBlank
    private final String companyName;
    @JsonProperty("date")
    @NotNull
    private final LocalDate date;
    @NotEmpty
    private final List<@Valid InvoiceLine> lines;
    @JsonProperty("contact_person_name")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String contactPersonName;
    @JsonProperty("street")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String street;
    @JsonProperty("additional_addressline")
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
    @JsonProperty("email")
    @jakarta.validation.constraints.Email
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String email;
    @JsonProperty("customer_number")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String customerNumber;
    @JsonProperty("invoicenumber")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String invoiceNumber;
    @JsonProperty("date_of_supply")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String dateOfSupply;
    @JsonProperty("due_days")
    @JsonSerialize(using = PlainStringSerializer.class)
    @Min(0)
    private final Integer dueDays;
    @JsonProperty("payment_conditions")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String paymentConditions;
    @JsonProperty("payment_reference")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String paymentReference;
    @JsonProperty("discount_type")
    private final DiscountType discountType;
    @JsonProperty("discount_value")
    @JsonSerialize(using = PlainStringSerializer.class)
    @DecimalMin("0")
    @BoundedDecimal
    private final BigDecimal discountValue;
    @JsonProperty("correspondence")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String correspondence;
    @JsonProperty("final_provisions")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty or blank; leave it unset instead")
    private final String finalProvisions;
    @JsonProperty("show_bankdata")
    private final Boolean showBankData;
    @JsonProperty("show_contactdata")
    private final Boolean showContactData;
    @JsonProperty("recurring_interval")
    private final RecurringInterval recurringInterval;
    @JsonProperty("recurring_date_next")
    private final LocalDate recurringDateNext;
    @JsonProperty("language")
    private final InvoiceLanguage language;

    private InvoiceCreate(Builder b) {
        this.type = b.type;
        this.pricesType = b.pricesType;
        this.companyName = b.companyName;
        this.date = b.date;
        this.lines = b.lines == null ? null : List.copyOf(b.lines);
        this.contactPersonName = b.contactPersonName;
        this.street = b.street;
        this.additionalAddressLine = b.additionalAddressLine;
        this.zip = b.zip;
        this.city = b.city;
        this.country = b.country;
        this.email = b.email;
        this.customerNumber = b.customerNumber;
        this.invoiceNumber = b.invoiceNumber;
        this.dateOfSupply = b.dateOfSupply;
        this.dueDays = b.dueDays;
        this.paymentConditions = b.paymentConditions;
        this.paymentReference = b.paymentReference;
        this.discountType = b.discountType;
        this.discountValue = b.discountValue;
        this.correspondence = b.correspondence;
        this.finalProvisions = b.finalProvisions;
        this.showBankData = b.showBankData;
        this.showContactData = b.showContactData;
        this.recurringInterval = b.recurringInterval;
        this.recurringDateNext = b.recurringDateNext;
        this.language = b.language;
    }

    /** Starts an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.pricesType = pricesType;
        b.companyName = companyName;
        b.date = date;
        b.lines = lines == null ? null : new ArrayList<>(lines);
        b.contactPersonName = contactPersonName;
        b.street = street;
        b.additionalAddressLine = additionalAddressLine;
        b.zip = zip;
        b.city = city;
        b.country = country;
        b.email = email;
        b.customerNumber = customerNumber;
        b.invoiceNumber = invoiceNumber;
        b.dateOfSupply = dateOfSupply;
        b.dueDays = dueDays;
        b.paymentConditions = paymentConditions;
        b.paymentReference = paymentReference;
        b.discountType = discountType;
        b.discountValue = discountValue;
        b.correspondence = correspondence;
        b.finalProvisions = finalProvisions;
        b.showBankData = showBankData;
        b.showContactData = showContactData;
        b.recurringInterval = recurringInterval;
        b.recurringDateNext = recurringDateNext;
        b.language = language;
        return b;
    }

    /** Invoice, credit note or offer (required); null when unset */
    public InvoiceType type() {
        return type;
    }

    /** Whether line prices are net or gross (required); null when unset */
    public PriceType pricesType() {
        return pricesType;
    }

    /** Recipient name (required); null when unset */
    public String companyName() {
        return companyName;
    }

    /** Invoice date (required); null when unset */
    public LocalDate date() {
        return date;
    }

    /** The lines, at least one; null or unmodifiable */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /** Contact person; null when unset */
    public String contactPersonName() {
        return contactPersonName;
    }

    /** Street (required for e-invoices); null when unset */
    public String street() {
        return street;
    }

    /** Additional address line; null when unset */
    public String additionalAddressLine() {
        return additionalAddressLine;
    }

    /** Postcode (required for e-invoices); null when unset */
    public String zip() {
        return zip;
    }

    /** City (required for e-invoices); null when unset */
    public String city() {
        return city;
    }

    /** German country name or ISO-2 code (required for e-invoices); null when unset */
    public String country() {
        return country;
    }

    /** Recipient e-mail (required for e-invoices); null when unset */
    public String email() {
        return email;
    }

    /** Customer number printed on the document; null when unset */
    public String customerNumber() {
        return customerNumber;
    }

    /** Invoice number; default: the next number of the tenant's range. Not allowed on drafts; null when unset */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** Date ({@code YYYY-MM-DD}) or period text of supply; null when unset */
    public String dateOfSupply() {
        return dateOfSupply;
    }

    /** Days until due. Not allowed on drafts; null when unset */
    public Integer dueDays() {
        return dueDays;
    }

    /** Payment conditions text; null when unset */
    public String paymentConditions() {
        return paymentConditions;
    }

    /** Payment reference (order or payment id) for automatic matching. Not allowed on drafts; null when unset */
    public String paymentReference() {
        return paymentReference;
    }

    /** Discount on the whole document: percent or EUR; null when unset */
    public DiscountType discountType() {
        return discountType;
    }

    /** Discount value; null when unset */
    public BigDecimal discountValue() {
        return discountValue;
    }

    /** Cover text; null when unset */
    public String correspondence() {
        return correspondence;
    }

    /** Closing text; null when unset */
    public String finalProvisions() {
        return finalProvisions;
    }

    /** Print bank data (default false); null when unset */
    public Boolean showBankData() {
        return showBankData;
    }

    /** Print contact data (default false); null when unset */
    public Boolean showContactData() {
        return showContactData;
    }

    /** Creates a permanent recurring plan (not manageable via the API); null when unset */
    public RecurringInterval recurringInterval() {
        return recurringInterval;
    }

    /** Next date of the recurring plan; required with {@code recurringInterval}; null when unset */
    public LocalDate recurringDateNext() {
        return recurringDateNext;
    }

    /** Language of the PDF labels (default German); null when unset */
    public InvoiceLanguage language() {
        return language;
    }

    @AssertTrue(message = "recurringDateNext is required when recurringInterval is set")
    private boolean isRecurringDateNextPresent() {
        return recurringInterval == null || recurringDateNext != null;
    }

    @AssertTrue(message = "discountType and discountValue must be set together")
    private boolean isDiscountComplete() {
        return (discountType == null) == (discountValue == null);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InvoiceCreate o)) {
            return false;
        }
        return Objects.equals(type, o.type)
                && Objects.equals(pricesType, o.pricesType)
                && Objects.equals(companyName, o.companyName)
                && Objects.equals(date, o.date)
                && Objects.equals(lines, o.lines)
                && Objects.equals(contactPersonName, o.contactPersonName)
                && Objects.equals(street, o.street)
                && Objects.equals(additionalAddressLine, o.additionalAddressLine)
                && Objects.equals(zip, o.zip)
                && Objects.equals(city, o.city)
                && Objects.equals(country, o.country)
                && Objects.equals(email, o.email)
                && Objects.equals(customerNumber, o.customerNumber)
                && Objects.equals(invoiceNumber, o.invoiceNumber)
                && Objects.equals(dateOfSupply, o.dateOfSupply)
                && Objects.equals(dueDays, o.dueDays)
                && Objects.equals(paymentConditions, o.paymentConditions)
                && Objects.equals(paymentReference, o.paymentReference)
                && Objects.equals(discountType, o.discountType)
                && Objects.equals(discountValue, o.discountValue)
                && Objects.equals(correspondence, o.correspondence)
                && Objects.equals(finalProvisions, o.finalProvisions)
                && Objects.equals(showBankData, o.showBankData)
                && Objects.equals(showContactData, o.showContactData)
                && Objects.equals(recurringInterval, o.recurringInterval)
                && Objects.equals(recurringDateNext, o.recurringDateNext)
                && Objects.equals(language, o.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, pricesType, companyName, date, lines, contactPersonName, street, additionalAddressLine, zip, city, country, email, customerNumber, invoiceNumber, dateOfSupply, dueDays, paymentConditions, paymentReference, discountType, discountValue, correspondence, finalProvisions, showBankData, showContactData, recurringInterval, recurringDateNext, language);
    }

    @Override
    public String toString() {
        return "InvoiceCreate{"
                + "type=" + type
                + ", pricesType=" + pricesType
                + ", companyName=" + companyName
                + ", date=" + date
                + ", lines=" + lines
                + ", contactPersonName=" + contactPersonName
                + ", street=" + street
                + ", additionalAddressLine=" + additionalAddressLine
                + ", zip=" + zip
                + ", city=" + city
                + ", country=" + country
                + ", email=" + email
                + ", customerNumber=" + customerNumber
                + ", invoiceNumber=" + invoiceNumber
                + ", dateOfSupply=" + dateOfSupply
                + ", dueDays=" + dueDays
                + ", paymentConditions=" + paymentConditions
                + ", paymentReference=" + paymentReference
                + ", discountType=" + discountType
                + ", discountValue=" + discountValue
                + ", correspondence=" + correspondence
                + ", finalProvisions=" + finalProvisions
                + ", showBankData=" + showBankData
                + ", showContactData=" + showContactData
                + ", recurringInterval=" + recurringInterval
                + ", recurringDateNext=" + recurringDateNext
                + ", language=" + language + "}";
    }

    /** Builder for {@link InvoiceCreate}. Not thread-safe. */
    public static final class Builder {
        private InvoiceType type;
        private PriceType pricesType;
        private String companyName;
        private LocalDate date;
        private List<InvoiceLine> lines;
        private String contactPersonName;
        private String street;
        private String additionalAddressLine;
        private String zip;
        private String city;
        private String country;
        private String email;
        private String customerNumber;
        private String invoiceNumber;
        private String dateOfSupply;
        private Integer dueDays;
        private String paymentConditions;
        private String paymentReference;
        private DiscountType discountType;
        private BigDecimal discountValue;
        private String correspondence;
        private String finalProvisions;
        private Boolean showBankData;
        private Boolean showContactData;
        private RecurringInterval recurringInterval;
        private LocalDate recurringDateNext;
        private InvoiceLanguage language;

        private Builder() {
        }

        /** Invoice, credit note or offer (required). */
        public Builder type(InvoiceType type) {
            this.type = type;
            return this;
        }

        /** Whether line prices are net or gross (required). */
        public Builder pricesType(PriceType pricesType) {
            this.pricesType = pricesType;
            return this;
        }

        /** Recipient name (required). */
        public Builder companyName(String companyName) {
            this.companyName = companyName;
            return this;
        }

        /** Invoice date (required). */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** The lines, at least one. */
        public Builder lines(List<InvoiceLine> lines) {
            this.lines = lines == null ? null : new ArrayList<>(lines);
            return this;
        }

        /** Appends one item to {@code lines}. */
        public Builder addLine(InvoiceLine item) {
            if (this.lines == null) {
                this.lines = new ArrayList<>();
            }
            this.lines.add(item);
            return this;
        }

        /** Contact person. */
        public Builder contactPersonName(String contactPersonName) {
            this.contactPersonName = contactPersonName;
            return this;
        }

        /** Street (required for e-invoices). */
        public Builder street(String street) {
            this.street = street;
            return this;
        }

        /** Additional address line. */
        public Builder additionalAddressLine(String additionalAddressLine) {
            this.additionalAddressLine = additionalAddressLine;
            return this;
        }

        /** Postcode (required for e-invoices). */
        public Builder zip(String zip) {
            this.zip = zip;
            return this;
        }

        /** City (required for e-invoices). */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** German country name or ISO-2 code (required for e-invoices). */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /** Recipient e-mail (required for e-invoices). */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Customer number printed on the document. */
        public Builder customerNumber(String customerNumber) {
            this.customerNumber = customerNumber;
            return this;
        }

        /** Invoice number; default: the next number of the tenant's range. Not allowed on drafts. */
        public Builder invoiceNumber(String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /** Date ({@code YYYY-MM-DD}) or period text of supply. */
        public Builder dateOfSupply(String dateOfSupply) {
            this.dateOfSupply = dateOfSupply;
            return this;
        }

        /** Days until due. Not allowed on drafts. */
        public Builder dueDays(Integer dueDays) {
            this.dueDays = dueDays;
            return this;
        }

        /** Payment conditions text. */
        public Builder paymentConditions(String paymentConditions) {
            this.paymentConditions = paymentConditions;
            return this;
        }

        /** Payment reference (order or payment id) for automatic matching. Not allowed on drafts. */
        public Builder paymentReference(String paymentReference) {
            this.paymentReference = paymentReference;
            return this;
        }

        /** Discount on the whole document: percent or EUR. */
        public Builder discountType(DiscountType discountType) {
            this.discountType = discountType;
            return this;
        }

        /** Discount value. */
        public Builder discountValue(BigDecimal discountValue) {
            this.discountValue = discountValue;
            return this;
        }

        /** Cover text. */
        public Builder correspondence(String correspondence) {
            this.correspondence = correspondence;
            return this;
        }

        /** Closing text. */
        public Builder finalProvisions(String finalProvisions) {
            this.finalProvisions = finalProvisions;
            return this;
        }

        /** Print bank data (default false). */
        public Builder showBankData(Boolean showBankData) {
            this.showBankData = showBankData;
            return this;
        }

        /** Print contact data (default false). */
        public Builder showContactData(Boolean showContactData) {
            this.showContactData = showContactData;
            return this;
        }

        /** Creates a permanent recurring plan (not manageable via the API). */
        public Builder recurringInterval(RecurringInterval recurringInterval) {
            this.recurringInterval = recurringInterval;
            return this;
        }

        /** Next date of the recurring plan; required with {@code recurringInterval}. */
        public Builder recurringDateNext(LocalDate recurringDateNext) {
            this.recurringDateNext = recurringDateNext;
            return this;
        }

        /** Language of the PDF labels (default German). */
        public Builder language(InvoiceLanguage language) {
            this.language = language;
            return this;
        }

        /** Builds the request; validation happens when it is sent. */
        public InvoiceCreate build() {
            return new InvoiceCreate(this);
        }
    }
}
