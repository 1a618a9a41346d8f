package dev.ledgerbridge.examples.matching;

import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import dev.ledgerbridge.sync.state.InMemoryStateStore;

/**
 * Example: a custom {@link MatchStrategy}. Business customers change e-mail addresses (info@ becomes rechnung@),
 * their VAT id stays; matching by VAT id first and e-mail second finds the existing debtor instead of creating a
 * duplicate. The target connector must be able to search by the key ({@code searchKeys}).
 */
public final class CustomMatchStrategyExample {

    /** The match key name for VAT ids. */
    public static final String VAT_ID = "vatId";

    /** VAT id first, then e-mail. */
    public static final MatchStrategy<Customer> BY_VAT_ID_THEN_EMAIL = MatchStrategy.composite(
            MatchStrategy.by(VAT_ID, Customer::vatId), MatchStrategy.byEmail());

    private CustomMatchStrategyExample() {
    }

    /**
     * Syncs a CRM customer whose e-mail changed into a ledger that already has it under its old e-mail.
     *
     * @param crm    the source
     * @param ledger the target, with the customer under the old e-mail
     * @return the report
     */
    public static SyncReport run(InMemoryConnector crm, InMemoryConnector ledger) {
        ledger.put(EntityType.CUSTOMER, "10042", Customer.builder().companyName("Müller Haustechnik GmbH")
                .contactPerson("Jürgen Müller").email("info@mueller-haustechnik.example").vatId("DE123456789")
                .build());
        crm.put(EntityType.CUSTOMER, "crm-7", Customer.builder().companyName("Müller Haustechnik GmbH")
                .contactPerson("Jürgen Müller").email("rechnung@mueller-haustechnik.example").vatId("DE123456789")
                .build());
        SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();
        return engine.run(SyncFlows.customers(crm, ledger).matchStrategy(BY_VAT_ID_THEN_EMAIL).build());
    }

    /**
     * A CRM to read customers from.
     *
     * @return the connector
     */
    public static InMemoryConnector crm() {
        return new InMemoryConnector("CRM", Capabilities.builder().entity(EntityType.CUSTOMER, Capability.READ)
                .build());
    }

    /**
     * A ledger that can search customers by VAT id and e-mail.
     *
     * @return the connector
     */
    public static InMemoryConnector ledger() {
        return new InMemoryConnector("Ledger", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.CUSTOMER, VAT_ID, MatchKey.EMAIL).build())
                .keyExtractor(EntityType.CUSTOMER, VAT_ID, Customer::vatId);
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        InMemoryConnector ledger = ledger();
        SyncReport report = run(crm(), ledger);
        report.flows().get(0).sample().forEach(r -> System.out.println(r));
        System.out.println("ledger now holds " + ledger.all(EntityType.CUSTOMER).size() + " customer(s): "
                + ledger.all(EntityType.CUSTOMER).get(0).value().email());
    }
}
