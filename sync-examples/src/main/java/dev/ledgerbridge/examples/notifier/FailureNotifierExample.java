package dev.ledgerbridge.examples.notifier;

import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.state.InMemoryStateStore;

/**
 * Example: plug a {@link DigestNotifier} into the engine. Two of three customers are invalid; the valid one is
 * synced, the other two end up in the digest with their reasons.
 */
public final class FailureNotifierExample {

    private FailureNotifierExample() {
    }

    /**
     * Runs a customer flow with two invalid records.
     *
     * @return the notifier with the digest
     */
    public static DigestNotifier run() {
        InMemoryConnector shop = new InMemoryConnector("Webshop", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ).build());
        InMemoryConnector ledger = new InMemoryConnector("Ledger", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .searchKeys(EntityType.CUSTOMER, MatchKey.EMAIL).build());
        shop.put(EntityType.CUSTOMER, "web-1", Customer.builder().contactPerson("Lotte Visser")
                .email("lotte.visser@mail.example").build());
        shop.put(EntityType.CUSTOMER, "web-2", Customer.builder().contactPerson("Bram Smit")
                .email("bram.smit(at)mail.example").build());
        shop.put(EntityType.CUSTOMER, "web-3", Customer.builder().companyName("Bakkerij de Groot")
                .email("info@bakkerij-degroot.example").vatId("NL-123").build());
        DigestNotifier notifier = new DigestNotifier();
        SyncEngine.builder().stateStore(new InMemoryStateStore()).failureNotifier(notifier).build()
                .run(SyncFlows.customers(shop, ledger).build());
        return notifier;
    }

    /**
     * Runs the example and prints the digest.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println(run().digest());
    }
}
