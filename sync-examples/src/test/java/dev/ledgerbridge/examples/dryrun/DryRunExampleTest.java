package dev.ledgerbridge.examples.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import org.junit.jupiter.api.Test;

class DryRunExampleTest {

    @Test
    void plansTwoCreatesAndOneUpdateAndWritesNothing() {
        InMemoryConnector ledger = DryRunExample.ledger();
        InMemoryStateStore state = new InMemoryStateStore();
        SyncReport plan = DryRunExample.run(ledger, state);
        assertTrue(plan.dryRun());
        assertEquals(2, plan.count(Action.CREATED), plan.toString());
        assertEquals(1, plan.count(Action.UPDATED), plan.toString());
        assertEquals(0, ledger.writeCalls());
        assertEquals(1, ledger.all(EntityType.CUSTOMER).size());
        assertEquals("+31 30 7654321", ledger.all(EntityType.CUSTOMER).get(0).value().phone());
        assertTrue(state.link(plan.flows().get(0).flow(), "c2").isEmpty(), "no state written");
    }
}
