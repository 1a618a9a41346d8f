package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical customer <-> BuchhaltungsButler debtor. A company becomes {@code name} = company and
 * {@code contact_person_name} = person; a person becomes {@code name} = the person's full name. BB keeps street and
 * house number in one {@code street} field, so reading splits a trailing house number off again.
 */
final class DebtorMapping {
    /** "Hauptstraße 1", "Keizersgracht 12a", "Am Hang 3-5", "Weg 7 / 2". */
    private static final Pattern STREET_NUMBER = Pattern.compile("^(.*\\S)\\s+(\\d+\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d+\\s?[a-zA-Z]?)?)$");

    private DebtorMapping() {
    }

    /** A debtor read from BB as a canonical customer. */
    static Customer toCustomer(Debtor d) {
        return toCustomer(DebtorFields.from(d));
    }

    /** The canonical customer of a debtor holding these fields. */
    static Customer toCustomer(DebtorFields d) {
        String contact = blankToNull(d.contactPersonName());
        Customer.Builder b = Customer.builder()
                .customerNumber(blankToNull(d.customerNumber()))
                .email(d.email() == null || d.email().isBlank() ? null : d.email().trim().toLowerCase(Locale.ROOT))
                .vatId(blankToNull(d.vatId()))
                .billingAddress(address(d));
        if (contact != null) {
            b.companyName(blankToNull(d.name())).contactPerson(contact);
        } else {
            b.contactPerson(blankToNull(d.name()));
        }
        return b.build();
    }

    private static Address address(DebtorFields d) {
        String street = blankToNull(d.street());
        String number = null;
        if (street != null) {
            Matcher m = STREET_NUMBER.matcher(street.trim());
            if (m.matches()) {
                street = m.group(1);
                number = m.group(2);
            }
        }
        String zip = blankToNull(d.zip());
        String city = blankToNull(d.city());
        String country = blankToNull(d.country());
        if (street == null && zip == null && city == null && country == null) {
            return null;
        }
        return new Address(street, number, zip, city, country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    /**
     * The fields to send for a customer, laid over {@code base} (the debtor's current fields for an update, so
     * IBAN, BIC and the additional address line BB holds are sent back unchanged).
     */
    static DebtorFields toFields(Customer c, DebtorFields base) {
        DebtorFields.Builder b = base == null ? DebtorFields.builder() : base.toBuilder();
        if (c.isCompany()) {
            b.name(c.companyName()).contactPersonName(c.contactPerson());
        } else {
            b.name(c.contactPerson()).contactPersonName(null);
        }
        Address a = c.billingAddress();
        b.street(a == null ? null : streetLine(a))
                .zip(a == null ? null : a.postcode())
                .city(a == null ? null : a.city())
                .country(a == null ? null : a.country())
                .customerNumber(c.customerNumber())
                .vatId(c.vatId())
                .email(c.email());
        return b.build();
    }

    /**
     * The fields without those a customer update must leave unchanged, for a server that keeps what an update
     * omits: a kept name or contact person omits both {@code name} and {@code contact_person_name} (a company and
     * a person map onto them differently), a kept billing address omits street, zip, city and country.
     *
     * @param keepFields canonical field names ({@code EntityType.CUSTOMER.fieldNames()})
     */
    static DebtorFields withoutKept(DebtorFields fields, Set<String> keepFields) {
        if (keepFields.isEmpty()) {
            return fields;
        }
        DebtorFields.Builder b = fields.toBuilder();
        for (String field : keepFields) {
            switch (field) {
                case "customerNumber" -> b.customerNumber(null);
                case "companyName", "contactPerson" -> b.name(null).contactPersonName(null);
                case "email" -> b.email(null);
                case "vatId" -> b.vatId(null);
                case "billingAddress" -> b.street(null).zip(null).city(null).country(null);
                case "phone", "deliveryAddress" -> {
                    // debtors hold neither
                }
                default -> throw CustomerMerge.unknownField(field);
            }
        }
        return b.build();
    }

    /**
     * True when sending {@code fields} would not change a debtor holding {@code held}: equal after trimming, with
     * e-mail and country compared ignoring case (BB keeps them as typed; the canonical model normalizes them).
     */
    static boolean same(DebtorFields fields, DebtorFields held) {
        return text(fields.name(), held.name()) && text(fields.contactPersonName(), held.contactPersonName())
                && text(fields.street(), held.street())
                && text(fields.additionalAddressLine(), held.additionalAddressLine())
                && text(fields.zip(), held.zip()) && text(fields.city(), held.city())
                && textIgnoringCase(fields.country(), held.country())
                && text(fields.customerNumber(), held.customerNumber()) && text(fields.vatId(), held.vatId())
                && textIgnoringCase(fields.email(), held.email())
                && text(fields.iban(), held.iban()) && text(fields.bic(), held.bic());
    }

    private static boolean text(String a, String b) {
        return java.util.Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static boolean textIgnoringCase(String a, String b) {
        String x = blankToNull(a);
        String y = blankToNull(b);
        return x == null ? y == null : x.equalsIgnoreCase(y);
    }

    private static String streetLine(Address a) {
        if (a.street() == null) {
            return a.houseNumber();
        }
        return a.houseNumber() == null ? a.street() : a.street() + " " + a.houseNumber();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
