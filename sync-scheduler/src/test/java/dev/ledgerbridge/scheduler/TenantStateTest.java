package dev.ledgerbridge.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.sync.state.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tenants with the same flow names on one H2 database: nothing of one is visible to the other. */
class TenantStateTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    private JdbcStateStore shared;

    @AfterEach
    void close() {
        if (shared != null) {
            shared.close();
        }
    }

    private TenantState tenant(String id) {
        if (shared == null) {
            shared = JdbcStateStore.open(Databases.h2(dir));
        }
        return TenantState.of(id, shared, shared.activityLog());
    }

    @Test
    void sameFlowNamesNeverMix() {
        TenantState a = tenant("acme");
        TenantState b = tenant("globex");
        a.stateStore().saveLink(new Link("customers", "1001", "BB-7", "hash-a", T0));
        a.stateStore().saveCursor("customers", "changes", "2026-12-01");
        a.stateStore().park("customers", "1002", "broken", T0);
        a.activityLog().append(new ActivityEvent(T0, "run-a", "customers", "AV -> BB", "1001", "BB-7",
                Action.CREATED, null));
        FlowLock lockA = a.stateStore().tryLock("customers", "run-a", Duration.ofMinutes(1), T0).orElseThrow();

        assertTrue(b.stateStore().link("customers", "1001").isEmpty());
        assertTrue(b.stateStore().cursor("customers", "changes").isEmpty());
        assertTrue(b.stateStore().parked("customers").isEmpty());
        assertTrue(b.activityLog().events("customers").isEmpty());
        assertTrue(b.activityLog().latestRun("customers").isEmpty());
        assertTrue(b.stateStore().lockHolder("customers").isEmpty());
        FlowLock lockB = b.stateStore().tryLock("customers", "run-b", Duration.ofMinutes(1), T0).orElseThrow();
        b.stateStore().saveLink(new Link("customers", "1001", "BB-99", "hash-b", T0));

        // what comes back carries the caller's names
        assertEquals(new Link("customers", "1001", "BB-7", "hash-a", T0), a.stateStore().link("customers", "1001")
                .orElseThrow());
        assertEquals("BB-99", b.stateStore().link("customers", "1001").orElseThrow().targetId());
        assertEquals("customers", lockA.flow());
        assertEquals("customers", a.stateStore().lockHolder("customers").orElseThrow().flow());
        assertEquals("customers", a.stateStore().parked("customers").get(0).flow());
        List<ActivityEvent> events = a.activityLog().events("customers");
        assertEquals(1, events.size());
        assertEquals("customers", events.get(0).flow());
        assertEquals(events, a.activityLog().latestRun("customers"));
        assertTrue(a.stateStore().renew(lockA, Duration.ofMinutes(1), T0).isPresent());
        a.stateStore().unlock(lockA);
        assertTrue(a.stateStore().lockHolder("customers").isEmpty());
        assertEquals("run-b", b.stateStore().lockHolder("customers").orElseThrow().owner(), "b's lock untouched");
        b.stateStore().unlock(lockB);

        // the shared store holds them under the tenant's namespace
        assertEquals("BB-7", shared.link("acme/customers", "1001").orElseThrow().targetId());
        assertTrue(shared.link("customers", "1001").isEmpty());
    }

    @Test
    void scopedPurgeLeavesOtherTenantsAlone() {
        TenantState a = tenant("acme");
        TenantState b = tenant("globex");
        b.activityLog().append(new ActivityEvent(T0, "run-b", "customers", "AV -> BB", "1", null, Action.FAILED,
                "x"));
        assertEquals(0, a.activityLog().purgeOlderThan(T0.plusSeconds(3600)));
        assertEquals(1, b.activityLog().events("customers").size());
    }

    @Test
    void longNamesAreHashedIntoTheTablesLimit() {
        String longestId = "t".repeat(Tenant.MAX_ID_LENGTH);
        String longFlow = "flow-" + "x".repeat(95); // 100 characters: with the tenant prefix beyond the column
        StateStore store = tenant(longestId).stateStore();
        store.saveLink(new Link(longFlow, "1", "2", "h", T0));
        store.saveCursor(longFlow, "changes", "c");
        assertEquals(longFlow, store.link(longFlow, "1").orElseThrow().flow());
        assertEquals("c", store.cursor(longFlow, "changes").orElseThrow());
        String otherLong = "flow-" + "y".repeat(95);
        assertTrue(store.link(otherLong, "1").isEmpty(), "different long names stay apart");
        // a name that looks like the hashed form is hashed too, so it cannot collide with one
        store.saveCursor("~abc", "changes", "tilde");
        assertEquals("tilde", store.cursor("~abc", "changes").orElseThrow());
    }

    @Test
    void badTenantIdsAreRejectedByName() {
        JdbcStateStore store = JdbcStateStore.open(Databases.h2(dir));
        shared = store;
        for (String bad : new String[] {"", "a/b", "-lead", "with space", "x".repeat(65), "a:b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TenantState.of(bad, store, store.activityLog()));
            assertTrue(e.getMessage().startsWith("tenantId = '" + bad.substring(0, Math.min(bad.length(), 200))),
                    e.getMessage());
        }
        assertFalse(TenantState.of("acme-01_x.y", store, store.activityLog()).toString().isEmpty());
    }
}
