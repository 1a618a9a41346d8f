package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** API calls per record, the figure that bounds a sync against rate-limited APIs. */
class CallBudgetTest {
    @Test
    void hundredTwentyCustomersAndSixtyOrdersIntoBuchhaltungsButler() {
        InMemoryConnector av = Systems.accountView();
        InMemoryConnector bb = Systems.buchhaltungsButler();
        for (int i = 0; i < 120; i++) {
            av.put(EntityType.CUSTOMER, "C" + i, Systems.person("Person " + i, "p" + i + "@example.de"));
        }
        for (int i = 0; i < 5; i++) {
            av.put(EntityType.PRODUCT, "A" + i, Systems.product("100" + i, "Article " + i));
        }
        for (int i = 0; i < 60; i++) {
            av.put(EntityType.ORDER, "SO" + i, Systems.salesOrder("SO" + i,
                    Systems.person("Person " + i, "p" + i + "@example.de"),
                    Systems.line("100" + (i % 5), "1", "10"), Systems.line("100" + ((i + 1) % 5), "2", "10")));
        }
        List<SyncFlow> flows = List.of(SyncFlows.customers(av, bb).name("customers").build(),
                SyncFlows.orders(av, bb).name("orders").productCatalog(av).build());
        SyncEngine engine = SyncEngine.builder().stateStore(new InMemoryStateStore()).build();

        SyncReport first = engine.run(flows);

        assertEquals(180, first.count(Action.CREATED), first.toString());
        // customers: 1 debtor list (prefetch, BB cannot search) + 3 add-batch calls of at most 50
        assertEquals(1, bb.calls("read", EntityType.CUSTOMER),
                "one prefetch by the customers flow; the order flow uses the customers it registered");
        assertEquals(3, bb.calls("createAll", EntityType.CUSTOMER));
        // orders: reference look-ups for the first 25 (Settings.searchesBeforeIndex), then one listing answers the
        // rest; one create per order; customers all matched, none re-created
        assertEquals(25, bb.calls("find", EntityType.ORDER));
        assertEquals(1, bb.calls("read", EntityType.ORDER));
        assertEquals(60, bb.calls("create", EntityType.ORDER));
        assertEquals(0, bb.calls("create", EntityType.CUSTOMER));
        // SKU checks: 5 distinct SKUs looked up once each, not 120 times
        assertEquals(5, av.calls("find", EntityType.PRODUCT));
        int bbCalls = bb.calls().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(1 + 3 + 25 + 1 + 60, bbCalls);

        bb.resetCalls();
        av.resetCalls();
        SyncReport rerun = engine.run(flows);

        assertEquals(0, bb.calls().values().stream().mapToInt(Integer::intValue).sum(), rerun.toString());
        assertEquals(1, av.calls("read", EntityType.CUSTOMER), "incremental read, nothing changed");
        assertEquals(1, av.calls("read", EntityType.ORDER));
    }

    @Test
    void aTargetThatSearchesAndListsIsSearchedForAFewRecordsAndReadOnceForMany() {
        InMemoryConnector bb = Systems.buchhaltungsButler();
        for (int i = 0; i < 200; i++) {
            bb.put(EntityType.CUSTOMER, "D" + i, Systems.person("Person " + i, "p" + i + "@example.de"));
        }
        InMemoryConnector av = Systems.accountView(); // customers searchable by e-mail and listable
        av.put(EntityType.CUSTOMER, "10001", Systems.person("Person 7", "p7@example.de"));

        SyncReport first = SyncEngine.builder().stateStore(new InMemoryStateStore()).build()
                .run(SyncFlows.customers(bb, av).name("c").build());
        assertEquals(199, first.count(Action.CREATED), first.toString());
        assertEquals(25, av.calls("find", EntityType.CUSTOMER), "searches up to Settings.searchesBeforeIndex");
        assertEquals(1, av.calls("read", EntityType.CUSTOMER), "then one listing answers the other 175");

        InMemoryConnector av2 = Systems.accountView();
        SyncEngine searchOnly = SyncEngine.builder().stateStore(new InMemoryStateStore())
                .settings(Settings.builder().searchesBeforeIndex(Integer.MAX_VALUE).build()).build();
        searchOnly.run(SyncFlows.customers(bb, av2).name("c").build());
        assertEquals(200, av2.calls("find", EntityType.CUSTOMER));
        assertEquals(0, av2.calls("read", EntityType.CUSTOMER));
    }
}
