package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.EntityType;

import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.ORDER_LINES;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;

/** The other side: an in-memory system that holds every entity type. */
final class Shop {
    private Shop() {
    }

    static InMemoryConnector create() {
        return new InMemoryConnector("Shop", Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, CREATE, UPDATE).searchKeys(EntityType.CUSTOMER, "email")
                .entity(EntityType.PRODUCT, READ, CREATE, UPDATE).searchKeys(EntityType.PRODUCT, "sku")
                .entity(EntityType.CATEGORY, READ, CREATE, UPDATE).searchKeys(EntityType.CATEGORY, "code")
                .entity(EntityType.STOCK, READ, CREATE, UPDATE)
                .entity(EntityType.ORDER, READ, ORDER_LINES, CREATE).searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.INVOICE, OrderType.SALES_ORDER)
                .build());
    }

    static Address address(String street, String number, String postcode, String city, String country) {
        return new Address(street, number, postcode, city, country);
    }

    static Customer company(String company, String contact, String email) {
        return Customer.builder().companyName(company).contactPerson(contact).email(email).phone("+31 20 1234567")
                .vatId("NL123456789B01").billingAddress(address("Keizersgracht", "12a", "1015 CS", "Amsterdam", "NL"))
                .build();
    }

    static Customer person(String name, String email) {
        return Customer.builder().contactPerson(name).email(email)
                .billingAddress(address("Hauptstraße", "5", "10115", "Berlin", "DE")).build();
    }

    /** A row from alternating field names and values. */
    static java.util.Map<String, Object> row(Object... kv) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
