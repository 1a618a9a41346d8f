package dev.ledgerbridge.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.scheduler.internal.FencedStateStore;
import dev.ledgerbridge.scheduler.internal.TenantLease;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that stalled past its lease and was taken over writes no more state. */
class FencingTest {
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dir;
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-12-01T10:00:00Z"));
    private JdbcStateStore shared;
    private StateStore tenant;

    @BeforeEach
    void open() {
        shared = JdbcStateStore.open(Databases.h2(dir));
        tenant = TenantState.of("acme", shared, shared.activityLog()).stateStore();
    }

    @AfterEach
    void close() {
        shared.close();
    }

    @Test
    void aRunTakenOverIsFencedOffAndTheNewerOneWrites() {
        TenantLease first = TenantLease.acquire("acme", tenant, "worker-1/a", LEASE, time).lease();
        StateStore firstStore = new FencedStateStore(tenant, first);
        firstStore.saveLink(new Link("customers", "1", "BB-1", "h", time.now()));

        TenantLease.Acquired refused = TenantLease.acquire("acme", tenant, "worker-2/b", LEASE, time);
        assertNull(refused.lease(), "a live lease is not taken");
        assertEquals("worker-1/a", refused.holder().owner());

        time.advance(LEASE.plusSeconds(1)); // worker 1 stalls past its lease, e.g. a long GC pause
        TenantLease second = TenantLease.acquire("acme", tenant, "worker-2/b", LEASE, time).lease();
        assertEquals(first.token() + 1, second.token());
        StateStore secondStore = new FencedStateStore(tenant, second);

        TenantFencedException fenced = assertThrows(TenantFencedException.class,
                () -> firstStore.saveLink(new Link("customers", "2", "BB-2", "h", time.now())));
        assertEquals(first.token(), fenced.token());
        assertTrue(fenced.getMessage().contains("fencing token " + first.token()), fenced.getMessage());
        assertThrows(TenantFencedException.class, () -> firstStore.saveCursor("customers", "changes", "x"));
        assertThrows(TenantFencedException.class,
                () -> firstStore.tryLock("#key:abc", "run", LEASE, time.now()));
        assertTrue(tenant.link("customers", "2").isEmpty(), "the fenced write never happened");

        secondStore.saveLink(new Link("customers", "2", "BB-2", "h", time.now()));
        first.renew();   // notices the takeover
        first.release(); // and so leaves the newer run's lease alone
        assertEquals("worker-2/b", tenant.lockHolder(TenantLease.LOCK).orElseThrow().owner());
        second.release();
        assertTrue(tenant.lockHolder(TenantLease.LOCK).isEmpty());
    }

    @Test
    void renewalKeepsTheLeaseAcrossLongRuns() {
        TenantLease lease = TenantLease.acquire("acme", tenant, "worker-1/a", LEASE, time).lease();
        for (int i = 0; i < 5; i++) {
            time.advance(LEASE.dividedBy(3));
            lease.renew();
        }
        assertNull(TenantLease.acquire("acme", tenant, "worker-2/b", LEASE, time).lease());
        new FencedStateStore(tenant, lease).saveCursor("customers", "changes", "still mine");
        assertEquals("still mine", tenant.cursor("customers", "changes").orElseThrow());
    }
}
