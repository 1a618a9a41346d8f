package dev.ledgerbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import org.junit.jupiter.api.Test;

/**
 * A create that ends without an answer may have been applied: no other flow of the same run creates the same
 * record again; the next run matches first and then writes exactly once.
 */
class UnknownOutcomeTest {
    private final InMemoryConnector av = Systems.accountView();
    private final InMemoryConnector bbStore = Systems.buchhaltungsButler();
    private final FaultyConnector bb = new FaultyConnector(bbStore)
            .timeOutWhen(v -> v instanceof Customer c && "anna@mueller.de".equals(c.email()));
    private final InMemoryStateStore state = new InMemoryStateStore();

    private SyncReport run() {
        SyncFlow customers = SyncFlows.customers(av, bb).name("customers").build();
        SyncFlow orders = SyncFlows.orders(av, bb).name("orders").productCatalog(av).build();
        return SyncEngine.builder().settings(Settings.builder().batchSize(1).build()).stateStore(state).build()
                .run(customers, orders);
    }

    @Test
    void aTimedOutCustomerCreateIsNotRepeatedByTheOrderFlowOfTheSameRun() {
        av.put(EntityType.PRODUCT, "A1", Systems.product("1001", "Schraube"));
        av.put(EntityType.CUSTOMER, "C1", Systems.company("Müller GmbH", "Anna", "anna@mueller.de"));
        av.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", Systems.company("Müller GmbH", "Anna",
                "anna@mueller.de"), Systems.line("1001", "2", "10.00")));

        SyncReport first = run();
        FlowReport customers = first.flow("customers");
        assertEquals(1, customers.count(Action.FAILED), customers.toString());
        FlowReport orders = first.flow("orders");
        assertEquals(1, orders.count(Action.FAILED), orders.toString());
        assertTrue(orders.failures().get(0).reason().orElseThrow().contains("ended without an answer"),
                orders.toString());
        assertEquals(0, bbStore.all(EntityType.CUSTOMER).size(), "the order flow did not create Anna a second time");
        assertEquals(0, bbStore.all(EntityType.ORDER).size());

        bb.healed();
        SyncReport second = run();
        assertEquals(1, second.flow("customers").count(Action.CREATED), second.toString());
        assertEquals(1, second.flow("orders").count(Action.CREATED), second.toString());
        assertEquals(1, bbStore.all(EntityType.CUSTOMER).size());
        assertEquals(1, bbStore.all(EntityType.ORDER).size());
    }
}
