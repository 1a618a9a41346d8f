package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.report.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every state store and activity log must do; run against each implementation. */
abstract class StateStoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(30);

    abstract StateStore store();

    abstract StateStore secondStoreOnSameState();

    abstract ActivityLog log();

    @Test
    void linksAreSavedReplacedAndDeleted() {
        StateStore s = store();
        assertTrue(s.link("customers", "1001").isEmpty());
        s.saveLink(new Link("customers", "1001", "10001", "aa", T0));
        s.saveLink(new Link("customers", "1001", "10002", "bb", T0.plusSeconds(5)));
        s.saveLink(new Link("orders", "1001", "RE-1", "cc", T0));

        Link link = s.link("customers", "1001").orElseThrow();
        assertEquals("10002", link.targetId());
        assertEquals("bb", link.contentHash());
        assertEquals(T0.plusSeconds(5), link.updatedAt());
        assertEquals("RE-1", s.link("orders", "1001").orElseThrow().targetId());

        s.deleteLink("customers", "1001");
        assertTrue(s.link("customers", "1001").isEmpty());
    }

    @Test
    void cursorsAreNamedPerFlow() {
        StateStore s = store();
        s.saveCursor("customers", "changes", "2026-03-01 10:00:00");
        s.saveCursor("customers", "changes", "2026-03-02 10:00:00");
        s.saveCursor("customers", "checkpoint", "finished");
        assertEquals(Optional.of("2026-03-02 10:00:00"), s.cursor("customers", "changes"));
        assertEquals(Optional.of("finished"), s.cursor("customers", "checkpoint"));
        assertTrue(s.cursor("orders", "changes").isEmpty());
    }

    @Test
    void aLockIsExclusiveUntilReleasedOrExpired() {
        StateStore a = store();
        StateStore b = secondStoreOnSameState();
        FlowLock held = a.tryLock("customers", "engine-a", LEASE, T0).orElseThrow();

        assertTrue(b.tryLock("customers", "engine-b", LEASE, T0.plusSeconds(60)).isEmpty(), "contended");
        assertTrue(b.tryLock("orders", "engine-b", LEASE, T0).isPresent(), "other flows are free");

        FlowLock renewed = a.renew(held, LEASE, T0.plus(Duration.ofMinutes(20))).orElseThrow();
        assertTrue(b.tryLock("customers", "engine-b", LEASE, T0.plus(Duration.ofMinutes(40))).isEmpty(),
                "renewed lease still live");

        FlowLock taken = b.tryLock("customers", "engine-b", LEASE, renewed.expiresAt().plusSeconds(1))
                .orElseThrow();
        assertEquals("engine-b", taken.owner());
        assertTrue(a.renew(renewed, LEASE, renewed.expiresAt().plusSeconds(2)).isEmpty(), "lost after expiry");

        a.unlock(renewed); // not the owner any more: no effect
        assertTrue(a.tryLock("customers", "engine-a", LEASE, renewed.expiresAt().plusSeconds(3)).isEmpty());
        b.unlock(taken);
        assertTrue(a.tryLock("customers", "engine-a", LEASE, renewed.expiresAt().plusSeconds(4)).isPresent());
    }

    @Test
    void activityLogAppendsReadsAndPurges() {
        ActivityLog log = log();
        log.append(new ActivityEvent(T0, "run-1", "customers", "AccountView -> BuchhaltungsButler", "1001",
                "10001", Action.CREATED, null));
        log.append(new ActivityEvent(T0.plus(Duration.ofDays(10)), "run-2", "customers",
                "AccountView -> BuchhaltungsButler", "1002", null, Action.FAILED, "field 'email': [redacted]"));
        log.append(new ActivityEvent(T0, "run-1", "orders", "AccountView -> BuchhaltungsButler", "SO-1", "RE-1",
                Action.SKIPPED, "already written"));

        List<ActivityEvent> events = log.events("customers");
        assertEquals(2, events.size());
        assertEquals(Action.FAILED, events.get(1).action());
        assertEquals("field 'email': [redacted]", events.get(1).reason());
        assertEquals(T0.plus(Duration.ofDays(10)), events.get(1).at());

        assertEquals(2, log.purgeOlderThan(T0.plus(Duration.ofDays(1))));
        assertEquals(1, log.events("customers").size());
        assertTrue(log.events("orders").isEmpty());
    }

    @Test
    void theLatestRunIsTheNewestRunsEventsOldestFirst() {
        ActivityLog log = log();
        assertTrue(log.latestRun("customers").isEmpty());
        for (int i = 0; i < 3; i++) {
            log.append(event("run-1", "customers", i));
        }
        // a run longer than a JDBC page, interleaved with another flow's events
        for (int i = 0; i < 1_201; i++) {
            log.append(event("run-2", "customers", i));
            if (i % 100 == 0) {
                log.append(event("run-2", "orders", i));
            }
        }
        List<ActivityEvent> latest = log.latestRun("customers");
        assertEquals(1_201, latest.size());
        assertTrue(latest.stream().allMatch(e -> e.runId().equals("run-2") && e.flow().equals("customers")));
        assertEquals("0", latest.get(0).sourceId());
        assertEquals("1200", latest.get(1_200).sourceId());

        log.append(event("run-3", "customers", 7));
        assertEquals(List.of("7"), log.latestRun("customers").stream().map(ActivityEvent::sourceId).toList());
        assertEquals(13, log.latestRun("orders").size());
    }

    private static ActivityEvent event(String runId, String flow, int i) {
        return new ActivityEvent(T0.plusSeconds(i), runId, flow, "AccountView -> BuchhaltungsButler",
                String.valueOf(i), null, Action.UNCHANGED, null);
    }

    @Test
    void failingRecordsAreParkedWithAttemptsAndUnparked() {
        StateStore s = store();
        ParkedRecord first = s.park("customers", "1004", "field 'email' = 'x': must be an e-mail", T0);
        assertEquals(1, first.attempts());
        ParkedRecord second = secondStoreOnSameState().park("customers", "1004", "still broken", T0.plusSeconds(60));
        assertEquals(2, second.attempts());
        assertEquals(T0, second.firstFailure());
        assertEquals(T0.plusSeconds(60), second.lastFailure());
        s.park("customers", "1005", "x".repeat(5_000), T0);
        s.park("orders", "SO-1", "line 1: SKU missing", T0);

        List<ParkedRecord> parked = s.parked("customers");
        assertEquals(List.of("1004", "1005"), parked.stream().map(ParkedRecord::sourceId).toList());
        assertEquals("still broken", parked.get(0).reason());
        assertTrue(parked.get(1).reason().length() <= 2000, "reasons are bounded");

        s.unpark("customers", "1004");
        assertEquals(List.of("1005"), s.parked("customers").stream().map(ParkedRecord::sourceId).toList());
        assertEquals(1, s.parked("orders").size());
    }

    @Test
    void aLockLeftByADeadProcessShowsItsHolderAndCanBeReleased() {
        StateStore s = store();
        FlowLock dead = s.tryLock("customers", "run-that-was-killed", LEASE, T0).orElseThrow();
        assertTrue(secondStoreOnSameState().tryLock("customers", "next-run", LEASE, T0.plusSeconds(1)).isEmpty());

        FlowLock holder = secondStoreOnSameState().lockHolder("customers").orElseThrow();
        assertEquals("run-that-was-killed", holder.owner());
        assertEquals(dead.expiresAt(), holder.expiresAt());
        assertTrue(secondStoreOnSameState().releaseLock("customers"));
        assertTrue(s.lockHolder("customers").isEmpty());
        assertTrue(secondStoreOnSameState().tryLock("customers", "next-run", LEASE, T0.plusSeconds(2)).isPresent());
        assertEquals(false, s.releaseLock("orders"));
    }
}
