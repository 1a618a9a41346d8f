package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTTP requests the emulator receives for a realistic first run and rerun: the figure the 100/min limit bounds. */
class CallBudgetAgainstEmulatorTest {
    private final BbFixture bb = new BbFixture();

    @AfterEach
    void close() {
        bb.close();
    }

    @Test
    void hundredTwentyCustomersThenSixtyOrdersIntoBuchhaltungsButler() {
        InMemoryConnector av = BbFixture.accountView();
        for (int i = 0; i < 120; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, BbFixture.person("Person " + i, "p" + i + "@example.de"));
        }
        av.put(EntityType.PRODUCT, "A1", BbFixture.product("1001"));
        for (int i = 0; i < 60; i++) {
            av.put(EntityType.ORDER, "SO" + i, BbFixture.salesOrder("SO-" + i,
                    BbFixture.person("Person " + i, "p" + i + "@example.de"), BbFixture.line("1001", "2", "10")));
        }
        BuchhaltungsButlerConnector connector = bb.connector();
        List<SyncFlow> flows = List.of(SyncFlows.customers(av, connector).name("customers").build(),
                SyncFlows.orders(av, connector).name("orders").productCatalog(av).build());
        SyncEngine engine = bb.engine(Settings.builder().timeSource(bb.time).build());

        SyncReport first = engine.run(flows);

        assertEquals(180, first.count(Action.CREATED), first.toString());
        assertEquals(1, bb.calls("/settings/get/debtors"),
                "customers: 1 list of the empty ledger; orders: none, the customers flow registered all 120");
        assertEquals(120, bb.calls("/settings/add/debtor"));
        // the connector's cost estimate (first page of receipts: fewer than 500) says one read beats 60 look-ups,
        // and that page, being the whole list, is the read
        assertEquals(1, bb.calls("/receipts/get"), "the estimate's page serves the read of the outbound receipts");
        assertEquals(60, bb.calls("/invoices/create"));
        assertEquals(0, bb.calls("/settings/update/debtor"), "customers of the orders found up to date");
        assertEquals(1 + 120 + 1 + 60, bb.totalCalls());

        bb.resetCalls();
        SyncReport rerun = engine.run(flows);

        assertEquals(120, rerun.flow("customers").count(Action.UNCHANGED), rerun.toString());
        assertEquals(60, rerun.flow("orders").count(Action.SKIPPED));
        assertEquals(0, bb.totalCalls(), "nothing changed: no request at all");
    }
}
