package dev.ledgerbridge.scheduler;

import static dev.ledgerbridge.scheduler.RunRecorder.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.scheduler.internal.SchedulerTable;
import dev.ledgerbridge.scheduler.internal.TenantLease;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenants on db-scheduler against their own emulator pairs, on one H2 database: every tenant syncs its customers
 * AccountView -> BuchhaltungsButler in a flow named {@code customers}. Short intervals instead of clocks; waits are
 * bounded polls, nothing asserts how long anything took.
 */
class TenantSchedulerTest {
    private static final Duration FAST = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private DataSource dataSource;
    private JdbcTenantDirectory directory;
    private final EmulatorTenants emulators = new EmulatorTenants();
    private final RunRecorder runs = new RunRecorder();
    private final List<TenantScheduler> schedulers = new ArrayList<>();

    /** The database all workers of a test share. */
    DataSource database() {
        return Databases.h2(dir);
    }

    @BeforeEach
    void setUp() {
        dataSource = database();
        directory = JdbcTenantDirectory.of(dataSource);
    }

    @AfterEach
    void tearDown() {
        schedulers.forEach(TenantScheduler::stop);
        emulators.close();
    }

    private final Map<String, AtomicInteger> recordsSeenByHook = new ConcurrentHashMap<>();
    private final Set<String> customized = ConcurrentHashMap.newKeySet();

    private TenantScheduler scheduler(String worker) {
        TenantScheduler scheduler = TenantScheduler.builder().dataSource(dataSource).tenants(directory)
                .credentials(emulators.credentials()).syncFactory(emulators.factory())
                .workerName(worker).maxConcurrentRuns(3)
                .pollingInterval(Duration.ofMillis(200)).directoryRefreshInterval(Duration.ofMillis(500))
                .deadWorkerTimeout(Duration.ofSeconds(4)).tenantLease(Duration.ofSeconds(6))
                .retryBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)).stopTimeout(Duration.ofMinutes(1))
                .addRunListener(runs)
                .addTenantListeners(new TenantListeners() { // a broken module never silences the others
                    @Override
                    public SyncListener listener(Tenant tenant) {
                        return new SyncListener() {
                            @Override
                            public void recordDone(RecordResult result) {
                                throw new IllegalStateException("broken listener");
                            }
                        };
                    }
                })
                .addTenantListeners(new TenantListeners() {
                    @Override
                    public SyncListener listener(Tenant tenant) {
                        return new SyncListener() {
                            @Override
                            public void recordDone(RecordResult result) {
                                recordsSeenByHook.computeIfAbsent(tenant.id(), k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        };
                    }
                })
                .addEngineCustomizer((tenant, engine) -> customized.add(tenant.id()))
                .build();
        schedulers.add(scheduler);
        return scheduler;
    }

    private Tenant tenant(String id, Duration interval, String... customers) {
        Tenant tenant = emulators.add(id, interval);
        for (String name : customers) {
            addCustomer(id, name);
        }
        directory.add(tenant);
        return tenant;
    }

    private void addCustomer(String tenantId, String name) {
        emulators.pair(tenantId).av().company().addDebtor(name, email(tenantId, name));
    }

    private static String email(String tenantId, String name) {
        return name.toLowerCase() + "@" + tenantId + ".test";
    }

    private Set<String> debtorEmails(String tenantId) {
        return emulators.pair(tenantId).bb().tenant().debtors().stream().map(d -> String.valueOf(d.get("email")))
                .collect(Collectors.toSet());
    }

    private boolean arrived(String tenantId, String name) {
        return debtorEmails(tenantId).contains(email(tenantId, name));
    }

    @Test
    void tenantsRunOnScheduleIntoTheirOwnSystemsWithTheSameFlowNames() {
        for (String id : List.of("acme", "globex", "initech")) {
            tenant(id, FAST, "Anna", "Bert");
        }
        scheduler("w1").start();
        for (String id : List.of("acme", "globex", "initech")) {
            await(id + " ran twice", () -> runs.count(runs.finished, id) >= 2);
            // its own customers only, each once (same flow name, same database, no cross-talk)
            assertEquals(Set.of(email(id, "Anna"), email(id, "Bert")), debtorEmails(id));
        }
        addCustomer("globex", "Carla");
        await("a later scheduled run brings Carla", () -> arrived("globex", "Carla"));
        assertEquals(3, debtorEmails("globex").size());
        assertEquals(2, debtorEmails("acme").size());
        assertTrue(runs.overlaps.isEmpty(), runs.overlaps.toString());
        // state is kept per tenant: each has its own link for its source record 1
        try (JdbcStateStore shared = JdbcStateStore.open(dataSource)) {
            for (String id : List.of("acme", "globex")) {
                assertFalse(TenantState.of(id, shared, shared.activityLog()).activityLog()
                        .events(EmulatorTenants.FLOW).isEmpty(), id);
            }
            assertTrue(shared.activityLog().events(EmulatorTenants.FLOW).isEmpty(), "nothing unscoped");
        }
        // each tenant's listeners heard its records, next to a broken one; the engine hook saw every tenant
        for (String id : List.of("acme", "globex", "initech")) {
            assertTrue(recordsSeenByHook.get(id).get() >= 2, id);
        }
        assertEquals(Set.of("acme", "globex", "initech"), customized);
        // each tenant's rotating AccountView tokens are kept under its own key, for every worker to find
        assertEquals(Set.of("acme/accountview", "globex/accountview", "initech/accountview"),
                column("SELECT key_name FROM ledgerbridge_av_tokens"));
    }

    @Test
    void syncNowRacingWithTheWorkersThatPickTheRunNeverFails() throws InterruptedException {
        // db-scheduler's reschedule reads, then updates by version: a worker picking or finishing the run in
        // between made syncNow throw "Expected one execution to be updated, but updated 0" (seen in the CLI's run)
        tenant("busy", FAST, "Anna");
        scheduler("w1").start();
        TenantScheduler second = scheduler("w2");
        second.start();
        await("busy's first run", () -> runs.count(runs.finished, "busy") >= 1);
        int calls = 0;
        int due = 0;
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < until) {
            if (second.syncNow("busy")) {
                due++;
            }
            calls++;
            Thread.sleep(2);
        }
        int finished = runs.count(runs.finished, "busy");
        await("runs go on after the calls", () -> runs.count(runs.finished, "busy") > finished);
        assertTrue(due > 0 && calls > due, calls + " calls, " + due + " made due");
        assertTrue(runs.overlaps.isEmpty(), runs.overlaps.toString());
        assertEquals(Set.of(email("busy", "Anna")), debtorEmails("busy"));
    }

    @Test
    void syncNowPauseAndResume() {
        tenant("hourly", Duration.ofHours(1), "Anna");
        tenant("fast", FAST, "Anna");
        tenant("clock", FAST);
        TenantScheduler scheduler = scheduler("w1");
        scheduler.start();
        await("hourly's first run", () -> runs.count(runs.finished, "hourly") == 1 && arrived("hourly", "Anna"));
        addCustomer("hourly", "Bert");
        assertTrue(scheduler.syncNow("hourly"));
        await("syncNow brings Bert long before the hour", () -> arrived("hourly", "Bert"));

        await("fast ran", () -> runs.count(runs.finished, "fast") >= 1);
        scheduler.pause("fast");
        IllegalStateException paused = assertThrows(IllegalStateException.class, () -> scheduler.syncNow("fast"));
        assertTrue(paused.getMessage().contains("'fast' is paused"), paused.getMessage());
        await("fast's run in progress ends", () -> runs.count(runs.inFlight, "fast") == 0);
        int fastRuns = runs.count(runs.started, "fast");
        addCustomer("fast", "Carla");
        int clockRuns = runs.count(runs.finished, "clock");
        await("fast found paused, clock ran on", () -> runs.count(runs.skipped, "fast") >= 2
                && runs.count(runs.finished, "clock") >= clockRuns + 3);
        assertEquals(fastRuns, runs.count(runs.started, "fast"), "no run of a paused tenant");
        assertFalse(arrived("fast", "Carla"));

        scheduler.resume("fast");
        await("resumed, Carla arrives", () -> arrived("fast", "Carla"));
        assertThrows(IllegalArgumentException.class, () -> scheduler.syncNow("nobody"));
    }

    @Test
    void twoWorkersNeverRunOneTenantTwiceAndEveryTenantRuns() {
        List<String> ids = List.of("t1", "t2", "t3", "t4", "t5", "t6");
        ids.forEach(id -> tenant(id, FAST, "Anna"));
        scheduler("w1").start();
        scheduler("w2").start();
        for (String id : ids) {
            await(id + " ran three times", () -> runs.count(runs.finished, id) >= 3);
        }
        schedulers.forEach(TenantScheduler::stop);
        assertTrue(runs.overlaps.isEmpty(), "overlapping runs: " + runs.overlaps);
        for (String id : ids) {
            assertEquals(Set.of(email(id, "Anna")), debtorEmails(id), id);
            assertEquals(0, runs.count(runs.inFlight, id));
        }
        assertTrue(runs.workers.stream().anyMatch(w -> w.startsWith("w1 ")) || runs.workers.stream()
                .anyMatch(w -> w.startsWith("w2 ")));
    }

    @Test
    void aFailingRunIsRetriedWithBackoffUntilItSucceeds() {
        tenant("flaky", Duration.ofHours(1), "Anna");
        emulators.pair("flaky").av().faults().failRate("*", Fault.SERVER_ERROR, 1.0);
        scheduler("w1").start();
        await("two failed attempts", () -> runs.count(runs.failed, "flaky") >= 2);
        assertFalse(arrived("flaky", "Anna"));
        emulators.pair("flaky").av().faults().clear();
        // the schedule is an hour: only a retry can bring Anna now
        await("a retry succeeds", () -> runs.count(runs.finished, "flaky") == 1 && arrived("flaky", "Anna"));
        assertEquals(1, debtorEmails("flaky").size());
    }

    @Test
    void aDeadWorkersTenantIsTakenOver() throws SQLException {
        tenant("orphan", Duration.ofHours(1), "Anna");
        // what a worker killed mid-run leaves: its picked execution with an old heartbeat, and its tenant lease
        SchedulerTable.createIfMissing(dataSource);
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, "
                        + "last_heartbeat, consecutive_failures, version, priority) VALUES (?, ?, ?, TRUE, ?, ?, 0, 1, 0)")) {
            ps.setString(1, TenantScheduler.TASK_NAME);
            ps.setString(2, "orphan");
            ps.setObject(3, OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC));
            ps.setString(4, "dead-worker");
            ps.setObject(5, OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC));
            ps.executeUpdate();
        }
        try (JdbcStateStore shared = JdbcStateStore.open(dataSource)) {
            TenantLease dead = TenantLease.acquire("orphan", TenantState.of("orphan", shared, shared.activityLog())
                    .stateStore(), "dead-worker/1", Duration.ofMinutes(2), new ManualTimeSource(longAgo)).lease();
            assertEquals(1, dead.token());
        }
        scheduler("w-live").start();
        // an hourly tenant whose instance exists is run now only because its dead execution is revived
        await("the orphan runs on the live worker", () -> runs.count(runs.finished, "orphan") == 1);
        assertTrue(arrived("orphan", "Anna"));
        assertEquals(2L, runs.lastToken.get("orphan"), "a newer fencing token than the dead run's");
        assertEquals(List.of("w-live orphan"), runs.workers);
    }

    @Test
    void tenantsAddedAndRemovedWhileRunning() {
        tenant("first", FAST, "Anna");
        scheduler("w1").start();
        await("first runs", () -> runs.count(runs.finished, "first") >= 1);
        tenant("late", FAST, "Bert");
        await("a tenant added while running is picked up", () -> arrived("late", "Bert"));
        directory.remove("first");
        await("the removed tenant's schedule is gone", () -> scheduledTenants().equals(Set.of("late")));
        int runsOfFirst = runs.count(runs.started, "first");
        int late = runs.count(runs.finished, "late");
        await("late ran on", () -> runs.count(runs.finished, "late") >= late + 2);
        assertEquals(runsOfFirst, runs.count(runs.started, "first"));
    }

    private Set<String> scheduledTenants() {
        return column("SELECT task_instance FROM scheduled_tasks WHERE task_name = '" + TenantScheduler.TASK_NAME
                + "'");
    }

    private Set<String> column(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            Set<String> values = new HashSet<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
