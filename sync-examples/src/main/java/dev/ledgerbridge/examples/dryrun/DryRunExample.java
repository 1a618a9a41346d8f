package dev.ledgerbridge.examples.dryrun;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.InMemoryStateStore;

/**
 * Example: a dry run plans every record (what would be created, updated, left unchanged, or fail) and writes
 * nothing: no target call that writes, no state, no activity log. Use it before the first run against real accounts.
 */
public final class DryRunExample {

    private DryRunExample() {
    }

    /**
     * Plans a customer sync into a ledger that already has one of the three customers, with an old phone number.
     *
     * @param ledger the target
     * @param state  the state store (stays empty)
     * @return the planned report
     */
    public static SyncReport run(InMemoryConnector ledger, InMemoryStateStore state) {
        InMemoryConnector crm = new InMemoryConnector("CRM", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ).build());
        crm.put(EntityType.CUSTOMER, "c1", Customer.builder().contactPerson("Anouk Mulder")
                .email("anouk.mulder@mail.example").phone("+31 30 1234567").build());
        crm.put(EntityType.CUSTOMER, "c2", Customer.builder().contactPerson("Paul Becker")
                .email("paul.becker@mail.example").build());
        crm.put(EntityType.CUSTOMER, "c3", Customer.builder().companyName("Schreinerei Koch")
                .contactPerson("Katrin Koch").email("info@schreinerei-koch.example").build());
        ledger.put(EntityType.CUSTOMER, "10001", Customer.builder().contactPerson("Anouk Mulder")
                .email("anouk.mulder@mail.example").phone("+31 30 7654321").build());
        return SyncEngine.builder()
                .settings(Settings.builder().dryRun(true).build())
                .stateStore(state)
                .build()
                .run(SyncFlows.customers(crm, ledger).build());
    }

    /**
     * A ledger that can find customers by e-mail.
     *
     * @return the connector
     */
    public static InMemoryConnector ledger() {
        return new InMemoryConnector("Ledger", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.CUSTOMER, MatchKey.EMAIL).build());
    }

    /**
     * Runs the example and prints the plan.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        InMemoryConnector ledger = ledger();
        SyncReport plan = run(ledger, new InMemoryStateStore());
        System.out.println(plan);
        plan.flows().get(0).sample().forEach(r -> System.out.println("  would be " + r));
        System.out.println("write calls to the ledger: " + ledger.writeCalls());
    }
}
