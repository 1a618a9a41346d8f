package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.sync.state.JdbcActivityLog;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {
    @TempDir
    Path dir;

    private static InMemoryConnector avWithData() {
        InMemoryConnector av = Systems.accountView();
        av.put(EntityType.CUSTOMER, "1001", Systems.company("Müller GmbH", "Anna Müller", "anna@mueller.de"));
        av.put(EntityType.CUSTOMER, "1002", Systems.person("Jan de Vries", "jan@devries.nl"));
        av.put(EntityType.PRODUCT, "A1", Systems.product("1001", "Schraube"));
        av.put(EntityType.ORDER, "SO-1", Systems.salesOrder("SO-1", Systems.person("Eva Example", "eva@example.de"),
                Systems.line("1001", "2", "10.00")));
        return av;
    }

    @Test
    void customersAndOrdersOnAnH2FileStoreRerunWithZeroWritesAndNoPayloadInState() throws Exception {
        InMemoryConnector av = avWithData();
        InMemoryConnector bb = Systems.buchhaltungsButler();
        List<SyncFlow> flows = List.of(SyncFlows.customers(av, bb).name("customers").build(),
                SyncFlows.orders(av, bb).name("orders").productCatalog(av).build());
        Path file = dir.resolve("ledgerbridge");

        try (JdbcStateStore store = JdbcStateStore.h2File(file)) {
            SyncReport first = SyncEngine.builder().stateStore(store).activityLog(store.activityLog()).build()
                    .run(flows);
            assertTrue(first.succeeded(), first.toString());
            assertEquals(3, first.count(Action.CREATED));
        }
        bb.resetCalls();
        try (JdbcStateStore store = JdbcStateStore.h2File(file)) {
            JdbcActivityLog log = store.activityLog();
            SyncReport rerun = SyncEngine.builder().stateStore(store).activityLog(log).build().run(flows);
            assertEquals(0, bb.writeCalls(), rerun.toString());
            assertEquals(Action.SKIPPED, rerun.flow("orders").findResult("SO-1").orElseThrow().action());
            assertEquals(2, log.events("orders").size());
            assertEquals(2, log.events("customers").size(), "second run read nothing new");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT flow, source_id, target_id, content_hash FROM lb_link")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String row = rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4);
                assertFalse(row.contains("@") || row.contains("Eva") || row.contains("Müller"), row);
            }
            assertEquals(8, rows, "2 customers, 1 order, 1 order customer (keyed by e-mail hash), 1 written-order "
                    + "origin, 3 target-key registry entries (key hash -> target id)");
        }
    }

    @Test
    void secondEngineOnTheSameStateIsRefusedWhileTheFirstRuns() {
        InMemoryStateStore state = new InMemoryStateStore();
        InMemoryConnector av = avWithData();
        InMemoryConnector bb = Systems.buchhaltungsButler();
        SyncFlow flow = SyncFlows.customers(av, bb).name("customers").build();
        SyncEngine second = SyncEngine.builder().stateStore(state).build();
        List<String> outcome = new ArrayList<>();
        SyncListener tryingInParallel = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                if (outcome.isEmpty()) {
                    FlowLockedException e = assertThrows(FlowLockedException.class, () -> second.run(flow));
                    outcome.add(e.getMessage());
                }
            }
        };

        SyncEngine.builder().stateStore(state).listener(tryingInParallel).build().run(flow);

        assertEquals(1, outcome.size());
        assertTrue(outcome.get(0).contains("Flow 'customers' is locked by run "), outcome.get(0));
        assertTrue(outcome.get(0).contains("SyncEngine.releaseLock(\"customers\")"), outcome.get(0));
        assertEquals(2, bb.all(EntityType.CUSTOMER).size(), "the refused engine wrote nothing");
        FlowReport afterwards = second.run(flow).flow("customers"); // the lock is free again
        assertTrue(afterwards.succeeded());
        assertEquals(0, bb.writeCalls() - 1, "only the first engine's one batch call");
    }

    @Test
    void aLockLeftByACrashedEngineIsTakenOverAfterItsLease() {
        ManualTimeSource clock = new ManualTimeSource();
        InMemoryStateStore state = new InMemoryStateStore();
        state.tryLock("customers", "crashed-engine", Duration.ofMinutes(30), clock.now());
        SyncFlow flow = SyncFlows.customers(avWithData(), Systems.buchhaltungsButler()).name("customers").build();
        SyncEngine engine = SyncEngine.builder().stateStore(state)
                .settings(Settings.builder().timeSource(clock).build()).build();

        assertThrows(FlowLockedException.class, () -> engine.run(flow));
        clock.advance(Duration.ofMinutes(31));
        assertEquals(2, engine.run(flow).flow("customers").count(Action.CREATED));
    }

    @Test
    void activityOlderThanTheRetentionIsPurgedAfterARun() {
        ManualTimeSource clock = new ManualTimeSource();
        InMemoryStateStore state = new InMemoryStateStore();
        var log = new dev.ledgerbridge.sync.state.InMemoryActivityLog();
        InMemoryConnector av = avWithData();
        SyncEngine engine = SyncEngine.builder().stateStore(state).activityLog(log)
                .settings(Settings.builder().timeSource(clock).activityRetention(Duration.ofDays(30)).build()).build();
        engine.run(SyncFlows.customers(av, Systems.buchhaltungsButler()).name("customers").build());
        assertEquals(2, log.events("customers").size());

        clock.advance(Duration.ofDays(31));
        av.put(EntityType.CUSTOMER, "1003", Systems.person("Neu", "neu@example.de"));
        engine.run(SyncFlows.customers(av, Systems.buchhaltungsButler()).name("customers").build());

        List<ActivityEvent> left = log.events("customers");
        assertEquals(1, left.size());
        assertEquals("1003", left.get(0).sourceId());
    }

    @Test
    void listenerSeesEveryRecordAndEveryFlow() {
        List<String> seen = new ArrayList<>();
        SyncListener listener = new SyncListener() {
            @Override
            public void flowStarted(String flow, String direction) {
                seen.add("start " + flow + " " + direction);
            }

            @Override
            public void recordDone(RecordResult result) {
                seen.add(result.action() + " " + result.sourceId());
            }

            @Override
            public void flowFinished(FlowReport report) {
                seen.add("end " + report.flow());
            }
        };
        SyncEngine.builder().stateStore(new InMemoryStateStore()).listener(listener).build()
                .run(SyncFlows.customers(avWithData(), Systems.buchhaltungsButler()).name("customers").build());

        assertEquals(List.of("start customers AccountView -> BuchhaltungsButler", "CREATED 1001", "CREATED 1002",
                "end customers"), seen);
    }

    @Test
    void interruptedThreadStopsTheFlowBetweenRecordsAndKeepsTheCursor() {
        InMemoryStateStore state = new InMemoryStateStore();
        InMemoryConnector av = avWithData();
        InMemoryConnector bb = Systems.buchhaltungsButler();
        SyncListener interrupter = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                Thread.currentThread().interrupt();
            }
        };
        SyncEngine engine = SyncEngine.builder().stateStore(state).listener(interrupter)
                .settings(Settings.builder().batchSize(1).build()).build();
        FlowReport report = engine.run(SyncFlows.customers(av, bb).name("customers").build()).flow("customers");
        Thread.interrupted();

        assertTrue(report.flowError().orElseThrow().startsWith("interrupted"));
        assertEquals(1, Arrays.stream(Action.values()).mapToInt(report::count).sum());
        assertTrue(state.cursor("customers", "changes").isEmpty());

        FlowReport rerun = SyncEngine.builder().stateStore(state).build()
                .run(SyncFlows.customers(av, bb).name("customers").build()).flow("customers");
        assertEquals(Action.UNCHANGED, rerun.findResult("1001").orElseThrow().action());
        assertEquals(Action.CREATED, rerun.findResult("1002").orElseThrow().action());
        assertEquals(2, bb.all(EntityType.CUSTOMER).size());
    }

    @Test
    void aLongRunRenewsItsLeaseSoNoOtherEngineCanTakeItOver() {
        ManualTimeSource clock = new ManualTimeSource();
        InMemoryStateStore state = new InMemoryStateStore();
        InMemoryConnector av = avWithData();
        av.put(EntityType.CUSTOMER, "1003", Systems.person("Drei", "drei@example.de"));
        List<Boolean> othersGotIn = new ArrayList<>();
        SyncListener slowAndWatching = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                clock.advance(Duration.ofMinutes(20)); // each record takes 20 of the lease's 30 minutes
                othersGotIn.add(state.tryLock("customers", "intruder", Duration.ofMinutes(30), clock.now())
                        .isPresent());
            }
        };
        SyncEngine engine = SyncEngine.builder().stateStore(state).listener(slowAndWatching)
                .settings(Settings.builder().timeSource(clock).batchSize(1).lockLease(Duration.ofMinutes(30))
                        .build()).build();

        FlowReport report = engine.run(SyncFlows.customers(av, Systems.buchhaltungsButler()).name("customers")
                .build()).flow("customers");

        assertEquals(3, report.count(Action.CREATED));
        assertEquals(List.of(false, false, false), othersGotIn);
    }

    @Test
    void aRunWhoseLockWasTakenOverStopsInsteadOfWritingOnSomeoneElsesState() {
        ManualTimeSource clock = new ManualTimeSource();
        InMemoryStateStore state = new InMemoryStateStore();
        InMemoryConnector av = avWithData();
        SyncListener stalled = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                clock.advance(Duration.ofMinutes(45)); // e.g. a long GC pause or a hung call
                state.tryLock("customers", "other-engine", Duration.ofMinutes(30), clock.now()).orElseThrow();
            }
        };
        InMemoryConnector bb = Systems.buchhaltungsButler();
        SyncEngine engine = SyncEngine.builder().stateStore(state).listener(stalled)
                .settings(Settings.builder().timeSource(clock).batchSize(1).build()).build();

        assertThrows(FlowLockedException.class,
                () -> engine.run(SyncFlows.customers(av, bb).name("customers").build()));
        assertEquals(1, bb.all(EntityType.CUSTOMER).size(), "stopped after the first record");
    }

    @Test
    void concurrentWritesOnTheJdbcStoreLinkEveryRecordOnce() {
        InMemoryConnector bb = Systems.buchhaltungsButler();
        for (int i = 0; i < 60; i++) {
            bb.put(EntityType.CUSTOMER, "1" + i, Systems.person("Person " + i, "x" + i + "@example.de"));
        }
        InMemoryConnector av = Systems.accountView();
        try (JdbcStateStore store = JdbcStateStore.h2File(dir.resolve("concurrent"))) {
            SyncEngine engine = SyncEngine.builder().stateStore(store).activityLog(store.activityLog())
                    .settings(Settings.builder().concurrency(6).build()).build();
            SyncFlow flow = SyncFlows.customers(bb, av).name("bb-av").build();

            FlowReport first = engine.run(flow).flow("bb-av");
            FlowReport second = engine.run(flow).flow("bb-av");

            assertEquals(60, first.count(Action.CREATED), first.toString());
            assertEquals(60, second.count(Action.UNCHANGED));
            assertEquals(60, av.all(EntityType.CUSTOMER).size());
            assertEquals(120, store.activityLog().events("bb-av").size());
        }
    }

    @Test
    void aLockLeftByAKilledRunNamesItsHolderAndCanBeReleasedAtOnce() {
        InMemoryStateStore state = new InMemoryStateStore();
        state.tryLock("customers", "killed-run", Duration.ofMinutes(2), Instant.now());
        SyncEngine engine = SyncEngine.builder().stateStore(state).build();
        SyncFlow flow = SyncFlows.customers(avWithData(), Systems.buchhaltungsButler()).name("customers").build();

        FlowLockedException refused = assertThrows(FlowLockedException.class, () -> engine.run(flow));
        assertTrue(refused.getMessage().contains("killed-run") && refused.getMessage().contains("until "),
                refused.getMessage());

        assertTrue(engine.releaseLock("customers"));
        assertTrue(engine.run(flow).flow("customers").succeeded());
    }

    @Test
    void aJdbcStateStoreKeepsTheActivityLogInItsOwnDatabaseWithoutASecondCall(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (var store = dev.ledgerbridge.sync.state.JdbcStateStore.h2File(dir.resolve("state"))) {
            SyncEngine.builder().stateStore(store).build()
                    .run(SyncFlows.customers(avWithData(), Systems.buchhaltungsButler()).name("customers").build());

            assertEquals(2, store.activityLog().events("customers").size(), "logged in the state database");
        }
    }

    @Test
    void theLockRenewerIsNotInterruptedMidWriteWhenTheRunEnds() throws Exception {
        // An interrupt during a write to an H2 file closes the database for the whole process (crash suite, H2
        // ClosedByInterruptException). Here the run ends while the renewer is inside renew(): it must finish.
        InMemoryStateStore memory = new InMemoryStateStore();
        java.util.concurrent.CountDownLatch renewing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch renewed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        StateStore state = (StateStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StateStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("renew")
                            && Thread.currentThread().getName().equals("ledgerbridge-lock-renewer")
                            && armed.get() && renewing.getCount() > 0) {
                        renewing.countDown();
                        try {
                            Thread.sleep(2000); // longer than the rest of the run
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                        } finally {
                            renewed.countDown();
                        }
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SyncListener waitForRenewal = new SyncListener() {
            @Override
            public void recordDone(RecordResult result) {
                if (done.incrementAndGet() < 2) {
                    return;
                }
                armed.set(true); // after the last record: the run ends while the renewer is inside renew()
                try {
                    renewing.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        SyncEngine engine = SyncEngine.builder().stateStore(state)
                .listener(waitForRenewal)
                .settings(Settings.builder().lockLease(Duration.ofMillis(30)).build()).build();

        engine.run(SyncFlows.customers(avWithData(), Systems.buchhaltungsButler()).name("customers").build());

        assertTrue(renewed.await(5, java.util.concurrent.TimeUnit.SECONDS), "the renewal never ran");
        assertFalse(interrupted.get(), "the renewer was interrupted in the middle of a state store write");
    }
}
