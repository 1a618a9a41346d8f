package dev.ledgerbridge.sync.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer (debtor): a company with an optional contact person, or a person without a company.
 *
 * @param customerNumber  the customer's number in the system it comes from, if any
 * @param companyName     company name; absent for a person
 * @param contactPerson   the contact person of a company, or the person's full name
 * @param email           business e-mail, the default match key
 * @param phone           phone number
 * @param vatId           VAT identification number (e.g. {@code DE123456789})
 * @param billingAddress  billing address
 * @param deliveryAddress delivery address, if it differs from the billing address
 */
public record Customer(
        @Size(max = 20) String customerNumber,
        @Size(max = 100) String companyName,
        @Size(max = 100) String contactPerson,
        @Email(message = "must be a well-formed e-mail address") @Size(max = 100) String email,
        @Size(max = 30) String phone,
        @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{2,13}", message = "must be a VAT id such as DE123456789") String vatId,
        @Valid Address billingAddress,
        @Valid Address deliveryAddress) {

    /** True when this customer is a company (has a company name). */
    public boolean isCompany() {
        return companyName != null && !companyName.isBlank();
    }

    /** The name to show: the company name, or the person's name. */
    public String displayName() {
        return isCompany() ? companyName : contactPerson;
    }

    /** Bean Validation: a customer needs a company name or a person's name. */
    @AssertTrue(message = "needs a company name or a contact person")
    public boolean isNamed() {
        return isCompany() || contactPerson != null && !contactPerson.isBlank();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this customer's values. */
    public Builder toBuilder() {
        return new Builder().customerNumber(customerNumber).companyName(companyName).contactPerson(contactPerson)
                .email(email).phone(phone).vatId(vatId).billingAddress(billingAddress)
                .deliveryAddress(deliveryAddress);
    }

    /** Builds {@link Customer} values. */
    public static final class Builder {
        private String customerNumber;
        private String companyName;
        private String contactPerson;
        private String email;
        private String phone;
        private String vatId;
        private Address billingAddress;
        private Address deliveryAddress;

        private Builder() {
        }

        /** Sets the customer number. */
        public Builder customerNumber(String value) {
            this.customerNumber = value;
            return this;
        }

        /** Sets the company name (leave unset for a person). */
        public Builder companyName(String value) {
            this.companyName = value;
            return this;
        }

        /** Sets the contact person or the person's name. */
        public Builder contactPerson(String value) {
            this.contactPerson = value;
            return this;
        }

        /** Sets the e-mail address. */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /** Sets the phone number. */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /** Sets the VAT id. */
        public Builder vatId(String value) {
            this.vatId = value;
            return this;
        }

        /** Sets the billing address. */
        public Builder billingAddress(Address value) {
            this.billingAddress = value;
            return this;
        }

        /** Sets the delivery address. */
        public Builder deliveryAddress(Address value) {
            this.deliveryAddress = value;
            return this;
        }

        /** The customer. */
        public Customer build() {
            return new Customer(customerNumber, companyName, contactPerson, email, phone, vatId, billingAddress,
                    deliveryAddress);
        }
    }
}
