package dev.ledgerbridge.scheduler;

import static dev.ledgerbridge.scheduler.RunRecorder.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.Transports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant's clients built on {@link TenantContext#transport()} keep BuchhaltungsButler's per-api_key limit across
 * runs: two runs a second apart, each making 2 requests under a limit of 3 per minute, get no throttled answer from
 * the emulator (the second run waits for the window instead); clients with a transport of their own each start
 * with a full allowance and are throttled. The client's rate limiter and the emulator share one manual clock, so
 * "waiting a minute" takes no time.
 */
class TenantTransportTest {
    private static final int LIMIT = 3;
    private static final int REQUESTS_PER_RUN = 2;

    @TempDir
    Path dir;
    private final ManualTimeSource time = new ManualTimeSource();
    private final BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().clock(clockOf(time))
            .requestsPerMinute(LIMIT).throttleStatus(429).apiKeys("key-t1", "key-t2").start();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final Map<String, List<HttpTransport>> transportsSeen = new ConcurrentHashMap<>();
    private final RunRecorder runs = new RunRecorder();
    private TenantScheduler scheduler;

    @AfterEach
    void tearDown() {
        if (scheduler != null) {
            scheduler.stop();
        }
        bb.close();
    }

    @Test
    void clientsOnTheTenantsTransportStayWithinTheLimitAcrossRuns() {
        JdbcTenantDirectory directory = start(true);
        add(directory, "t1");
        await("two runs of t1", () -> runs.count(runs.finished, "t1") >= 2);

        assertEquals(0, throttled.get(), "throttled answers from the emulator");
        assertTrue(answered.get() >= 2 * REQUESTS_PER_RUN, "answers: " + answered);
        assertTrue(time.totalSlept().compareTo(Duration.ofMinutes(1)) >= 0,
                "the second run waited for the first run's requests to leave the window: " + time.totalSlept());
        assertSame(seen("t1").get(0), seen("t1").get(1), "one transport across the runs of a tenant");
    }

    @Test
    void clientsWithTransportsOfTheirOwnExceedTheLimitAcrossRuns() {
        JdbcTenantDirectory directory = start(false);
        add(directory, "t1");
        await("a throttled answer", () -> throttled.get() > 0);
    }

    @Test
    void eachTenantHasItsOwnTransportAndLosesItWhenRemoved() {
        JdbcTenantDirectory directory = start(true);
        add(directory, "t1");
        add(directory, "t2");
        await("a run of each", () -> runs.count(runs.finished, "t1") >= 1 && runs.count(runs.finished, "t2") >= 1);
        HttpTransport before = seen("t1").get(0);
        assertNotSame(before, seen("t2").get(0), "tenants share no transport");

        directory.remove("t1");
        scheduler.refreshTenants(); // a run in progress keeps its transport until it ends: refresh once more then
        await("t1 not running", () -> runs.count(runs.inFlight, "t1") == 0);
        scheduler.refreshTenants();
        int runsBefore = seen("t1").size();
        add(directory, "t1");
        await("t1 ran again", () -> seen("t1").size() > runsBefore);
        assertNotSame(before, seen("t1").get(runsBefore), "a removed tenant's transport is not reused");
    }

    /** Adds a tenant run every second and schedules it at once. */
    private void add(JdbcTenantDirectory directory, String id) {
        directory.add(Tenant.builder().id(id).syncInterval(Duration.ofSeconds(1)).property("apiKey", "key-" + id)
                .build());
        scheduler.refreshTenants();
    }

    private JdbcTenantDirectory start(boolean onContextTransport) {
        DataSource dataSource = Databases.h2(dir);
        JdbcTenantDirectory directory = JdbcTenantDirectory.of(dataSource);
        scheduler = TenantScheduler.builder().dataSource(dataSource).tenants(directory)
                .credentials((tenant, system) -> Credentials.builder().secret("apiKey", "unused").build())
                .syncFactory(context -> job(context, onContextTransport))
                .tenantTransports(tenant -> Transports.builder().timeSource(time).build())
                .pollingInterval(Duration.ofMillis(200)).directoryRefreshInterval(Duration.ofMinutes(1))
                .retryBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)).addRunListener(runs).build();
        scheduler.start();
        return directory;
    }

    /** The application's factory: a BuchhaltungsButler client per run, making its requests as a flow would. */
    private TenantJob job(TenantContext context, boolean onContextTransport) {
        BuchhaltungsButlerClient.Builder client = BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl())
                .apiClient(bb.apiClient()).apiSecret(bb.apiSecret())
                .apiKey(context.tenant().property("apiKey").orElseThrow())
                .rateLimits(RateLimitSettings.builder().requestsPerMinute(LIMIT).build()).observer(statuses());
        if (onContextTransport) {
            transportsSeen.computeIfAbsent(context.tenant().id(), k -> new CopyOnWriteArrayList<>())
                    .add(context.transport());
            client.transport(context.transport());
        } else {
            client.transport(Transports.builder().timeSource(time).build());
        }
        BuchhaltungsButlerClient built = client.build();
        for (int i = 0; i < REQUESTS_PER_RUN; i++) {
            built.paymentAccounts().list();
        }
        InMemoryConnector none = new InMemoryConnector("none", Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE).build());
        return TenantJob.builder().flow(SyncFlows.customers(none, none).name("customers").build()).build();
    }

    private ClientObserver statuses() {
        return new ClientObserver() {
            @Override
            public Step attemptStarted(ApiRequest request) {
                return new Step() {
                    @Override
                    public void responded(ApiResponse response) {
                        (response.status() == 429 ? throttled : answered).incrementAndGet();
                    }
                };
            }
        };
    }

    private List<HttpTransport> seen(String tenantId) {
        return transportsSeen.getOrDefault(tenantId, List.of());
    }

    private static Clock clockOf(ManualTimeSource time) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.now();
            }
        };
    }
}
