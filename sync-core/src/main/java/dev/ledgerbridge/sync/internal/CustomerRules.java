package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Customers: matched by e-mail; names, e-mail, phone, VAT id and streets are personal data. */
public final class CustomerRules implements EntityRules<Customer> {
    /** The rules. */
    public static final CustomerRules INSTANCE = new CustomerRules();

    private CustomerRules() {
    }

    @Override
    public EntityType<Customer> type() {
        return EntityType.CUSTOMER;
    }

    @Override
    public Mapper<Customer> defaultMapper() {
        return Mappers.customer();
    }

    @Override
    public MatchStrategy<Customer> defaultMatch() {
        return MatchStrategy.byEmail();
    }

    @Override
    public Collection<String> personalData(Customer c) {
        return personal(c);
    }

    /** The personal values of a customer. */
    public static List<String> personal(Customer c) {
        List<String> values = new ArrayList<>();
        if (c != null) {
            values.addAll(java.util.Arrays.asList(c.companyName(), c.contactPerson(), c.email(), c.phone(),
                    c.vatId(), c.customerNumber()));
            for (Address a : java.util.Arrays.asList(c.billingAddress(), c.deliveryAddress())) {
                if (a != null) {
                    values.add(a.street());
                }
            }
        }
        values.removeIf(java.util.Objects::isNull);
        return values;
    }
}
