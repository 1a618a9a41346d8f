package dev.ledgerbridge.examples.mapper;

import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.InMemoryStateStore;

/**
 * Example: replace a flow's mapper with the default one followed by your own ({@link CountryFromPostcode}).
 * Webshop customers without a country arrive in the ledger with one.
 */
public final class CustomMapperExample {

    private CustomMapperExample() {
    }

    /**
     * Syncs two webshop customers without a country into an empty ledger.
     *
     * @param shop   the source (filled with two customers here)
     * @param ledger the target
     * @return the report
     */
    public static SyncReport run(InMemoryConnector shop, InMemoryConnector ledger) {
        shop.put(EntityType.CUSTOMER, "web-1", Customer.builder().contactPerson("Femke de Boer")
                .email("femke.deboer@mail.example")
                .billingAddress(Address.builder().street("Oudegracht").houseNumber("12").postcode("3511 AB")
                        .city("Utrecht").build())
                .build());
        shop.put(EntityType.CUSTOMER, "web-2", Customer.builder().contactPerson("Jonas Weber")
                .email("jonas.weber@mail.example")
                .billingAddress(Address.builder().street("Lindenallee").houseNumber("3").postcode("50667")
                        .city("Köln").build())
                .build());
        SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();
        return engine.run(SyncFlows.customers(shop, ledger)
                .mapper(Mappers.customer().andThen(new CountryFromPostcode()))
                .build());
    }

    /**
     * A webshop with customers to read.
     *
     * @return the connector
     */
    public static InMemoryConnector webshop() {
        return new InMemoryConnector("Webshop", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ).build());
    }

    /**
     * A ledger that can find customers by e-mail, create and update them.
     *
     * @return the connector
     */
    public static InMemoryConnector ledger() {
        return new InMemoryConnector("Ledger", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.CUSTOMER, MatchKey.EMAIL).build());
    }

    /**
     * Runs the example and prints what arrived.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        InMemoryConnector ledger = ledger();
        System.out.println(run(webshop(), ledger));
        ledger.all(EntityType.CUSTOMER).forEach(c -> System.out.println("  " + c.id() + ": "
                + c.value().contactPerson() + ", " + c.value().billingAddress().postcode() + " "
                + c.value().billingAddress().city() + ", country " + c.value().billingAddress().country()));
    }
}
