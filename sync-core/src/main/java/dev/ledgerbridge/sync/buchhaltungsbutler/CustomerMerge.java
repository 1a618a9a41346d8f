package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.sync.model.Customer;
import java.util.Set;

/** The desired customer with the fields the engine asks to keep taken from the target's current record. */
final class CustomerMerge {
    private CustomerMerge() {
    }

    static Customer keep(Customer value, Customer current, Set<String> keepFields) {
        if (keepFields.isEmpty() || current == null) {
            return value;
        }
        Customer.Builder b = value.toBuilder();
        for (String field : keepFields) {
            switch (field) {
                case "customerNumber" -> b.customerNumber(current.customerNumber());
                case "companyName" -> b.companyName(current.companyName());
                case "contactPerson" -> b.contactPerson(current.contactPerson());
                case "email" -> b.email(current.email());
                case "phone" -> b.phone(current.phone());
                case "vatId" -> b.vatId(current.vatId());
                case "billingAddress" -> b.billingAddress(current.billingAddress());
                case "deliveryAddress" -> b.deliveryAddress(current.deliveryAddress());
                default -> throw unknownField(field);
            }
        }
        return b.build();
    }

    /** The failure for a keep-field that is no customer field. */
    static IllegalArgumentException unknownField(String field) {
        return new IllegalArgumentException("unknown customer field '" + field + "' in keepFields; known: "
                + dev.ledgerbridge.sync.spi.EntityType.CUSTOMER.fieldNames());
    }
}
