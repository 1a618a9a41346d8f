package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.scheduler.Credentials;
import dev.ledgerbridge.scheduler.JdbcTenantDirectory;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantContext;
import dev.ledgerbridge.scheduler.TenantJob;
import dev.ledgerbridge.scheduler.TenantRunListener;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ClientObserver;
import org.h2.jdbcx.JdbcConnectionPool;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker of the {@code tenants} benchmark, written as an application would: one {@link TenantScheduler} on an
 * H2 file, a {@link JdbcTenantDirectory}, and a factory building each tenant's clients (BuchhaltungsButler's
 * published rate limits ON), connectors and flows (customers, then sales orders AccountView -> BuchhaltungsButler)
 * from the tenant's properties, credentials and token store. Counts what it needs for the figures: finished runs
 * and their latency, and BuchhaltungsButler's answers by status (HTTP 429 = the emulator throttled a tenant).
 */
final class TenantWorker implements AutoCloseable {
    /** A tenant as the emulator process printed it. */
    record TenantSpec(String id, String bbUrl, String apiKey, String avUrl, String company, String access,
                      String refresh) {
        static TenantSpec parse(String line) {
            String[] p = line.split("\\|", -1);
            return new TenantSpec(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
        }
    }

    /** A finished run: whose, when it started and ended, records written. */
    record Run(String tenant, long startNanos, long endNanos, long records) {
        long latencyNanos() {
            return endNanos - startNanos;
        }
    }

    final List<Run> runs = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicLong failedRuns = new AtomicLong();
    volatile String lastFailure = "none";
    final AtomicLong bbAnswered = new AtomicLong();
    final AtomicLong bbThrottled = new AtomicLong();
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final java.util.Set<String> ranOnce = ConcurrentHashMap.newKeySet();
    private final JdbcConnectionPool pool;
    private final TenantScheduler scheduler;
    private final boolean keptTransport;

    /**
     * @param keptTransport true: clients on {@link TenantContext#transport()} (rate limits carry over between runs);
     *                      false: each run's clients have transports of their own (the behaviour before it)
     */
    TenantWorker(Path dir, List<TenantSpec> tenants, Duration interval, boolean keptTransport) {
        this.keptTransport = keptTransport;
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.toAbsolutePath().resolve("worker")
                + ";WRITE_DELAY=0;RETENTION_TIME=0", "sa", "");
        pool.setMaxConnections(tenants.size() + 20); // one per running tenant + db-scheduler's short ones
        JdbcTenantDirectory directory = JdbcTenantDirectory.of(pool);
        for (TenantSpec t : tenants) {
            directory.add(Tenant.builder().id(t.id()).syncInterval(interval).property("bb.baseUrl", t.bbUrl())
                    .property("bb.apiKey", t.apiKey()).property("av.baseUrl", t.avUrl())
                    .property("av.company", t.company()).property("av.accessToken", t.access())
                    .property("av.refreshToken", t.refresh()).build());
        }
        scheduler = TenantScheduler.builder().dataSource(pool).tenants(directory)
                .credentials(TenantWorker::emulatorCredentials).syncFactory(this::job)
                .maxConcurrentRuns(Math.min(1000, tenants.size())).pollingInterval(Duration.ofSeconds(1))
                .retryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1)).stopTimeout(Duration.ofSeconds(30))
                .addRunListener(listener()).build();
    }

    void start() {
        scheduler.start();
    }

    private TenantJob job(TenantContext context) {
        Tenant tenant = context.tenant();
        Credentials bbSecrets = context.credentials("buchhaltungsbutler");
        Credentials avSecrets = context.credentials("accountview");
        BuchhaltungsButlerClient.Builder bb = BuchhaltungsButlerClient.builder()
                .baseUrl(tenant.property("bb.baseUrl").orElseThrow())
                .apiClient(bbSecrets.secret("apiClient")).apiSecret(bbSecrets.secret("apiSecret"))
                .apiKey(bbSecrets.secret("apiKey")).rateLimits(RateLimitSettings.defaults()).observer(statuses());
        TokenStore tokens = context.tokenStore("accountview");
        if (tokens.load().isEmpty()) { // the user's consent, once; later runs refresh from the stored tokens
            tokens.save(TokenSet.builder().accessToken(tenant.property("av.accessToken").orElseThrow())
                    .refreshToken(tenant.property("av.refreshToken").orElseThrow()).tokenType("Bearer").build());
        }
        AccountViewClient.Builder av = AccountViewClient.builder().baseUrl(tenant.property("av.baseUrl").orElseThrow())
                .credentials(OAuthCredentials.of(avSecrets.secret("clientId"), avSecrets.secret("clientSecret")))
                .tokenStore(tokens);
        if (keptTransport) {
            bb.transport(context.transport());
            av.transport(context.transport());
        }
        AccountViewConnector source = AccountViewConnector.builder(
                av.build().forCompany(tenant.property("av.company").orElseThrow())).build();
        BuchhaltungsButlerConnector target = BuchhaltungsButlerConnector.builder().client(bb.build())
                .defaultVatPercent(new BigDecimal("19")).build();
        return TenantJob.builder().flow(SyncFlows.customers(source, target).name("customers").build())
                .flow(SyncFlows.orders(source, target).productCatalog(source).name("orders").build()).build();
    }

    private static Credentials emulatorCredentials(Tenant tenant, String system) {
        return switch (system) {
            case "buchhaltungsbutler" -> Credentials.builder()
                    .secret("apiClient", BuchhaltungsButlerEmulator.DEFAULT_API_CLIENT)
                    .secret("apiSecret", BuchhaltungsButlerEmulator.DEFAULT_API_SECRET)
                    .secret("apiKey", tenant.property("bb.apiKey").orElseThrow()).build();
            case "accountview" -> Credentials.builder().secret("clientId", AccountViewEmulator.DEFAULT_CLIENT_ID)
                    .secret("clientSecret", AccountViewEmulator.DEFAULT_CLIENT_SECRET).build();
            default -> throw new IllegalArgumentException("no system " + system);
        };
    }

    /** Counts BuchhaltungsButler's answers: 429 is the emulator's "this api_key exceeded 100 requests/min". */
    private ClientObserver statuses() {
        return new ClientObserver() {
            @Override
            public Step attemptStarted(ApiRequest request) {
                return new Step() {
                    @Override
                    public void responded(ApiResponse response) {
                        (response.status() == 429 ? bbThrottled : bbAnswered).incrementAndGet();
                    }
                };
            }
        };
    }

    private TenantRunListener listener() {
        return new TenantRunListener() {
            @Override
            public void runStarted(Tenant tenant, String worker, long token) {
                startedAt.put(tenant.id(), System.nanoTime());
            }

            @Override
            public void runFinished(Tenant tenant, SyncReport report) {
                long now = System.nanoTime();
                Long start = startedAt.remove(tenant.id());
                ranOnce.add(tenant.id());
                runs.add(new Run(tenant.id(), start == null ? now : start, now, report.count(Action.CREATED)
                        + report.count(Action.UPDATED)));
            }

            @Override
            public void runFailed(Tenant tenant, RuntimeException failure) {
                startedAt.remove(tenant.id());
                failedRuns.incrementAndGet();
                lastFailure = tenant.id() + ": " + failure.getMessage();
            }
        };
    }

    /** Tenants whose first run finished. */
    int tenantsDone() {
        return ranOnce.size();
    }

    @Override
    public void close() {
        scheduler.stop();
        pool.dispose();
    }
}
