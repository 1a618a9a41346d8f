package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One emulator pair per tenant, and the application side a real user writes: a {@link CredentialsProvider} with
 * each tenant's secrets, and a {@link TenantSyncFactory} that builds the clients from the tenant's properties
 * (base URLs, company), its credentials and its token store, and syncs customers AccountView -> BuchhaltungsButler
 * in a flow every tenant names {@code customers}.
 */
final class EmulatorTenants implements AutoCloseable {
    static final String FLOW = "customers";
    static final String ORDERS_FLOW = "orders";

    /** A tenant's systems. */
    record Pair(AccountViewEmulator av, BuchhaltungsButlerEmulator bb) {
    }

    private final Map<String, Pair> pairs = new ConcurrentHashMap<>();

    /** Starts a pair for a tenant and returns the tenant with the properties pointing at it. */
    Tenant add(String tenantId, Duration interval) {
        Pair pair = new Pair(AccountViewEmulator.start(),
                BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO)
                        .apiKeys("key-" + tenantId).start());
        pairs.put(tenantId, pair);
        return Tenant.builder().id(tenantId).syncInterval(interval)
                .property("bb.baseUrl", pair.bb().baseUrl())
                .property("av.baseUrl", pair.av().baseUrl())
                .property("av.company", AccountViewEmulator.DEFAULT_COMPANY_CODE).build();
    }

    Pair pair(String tenantId) {
        return pairs.get(tenantId);
    }

    /** The secrets of each tenant, as a vault would hand them out. */
    CredentialsProvider credentials() {
        return (tenant, system) -> {
            Pair pair = pairs.get(tenant.id());
            return switch (system) {
                case "buchhaltungsbutler" -> Credentials.builder().secret("apiClient", pair.bb().apiClient())
                        .secret("apiSecret", pair.bb().apiSecret()).secret("apiKey", pair.bb().apiKey()).build();
                case "accountview" -> Credentials.builder().secret("clientId", pair.av().clientId())
                        .secret("clientSecret", pair.av().clientSecret()).build();
                default -> throw new IllegalArgumentException("no system " + system);
            };
        };
    }

    /** Builds a tenant's run; first AccountView tokens issued by the tenant's emulator (the user's consent). */
    TenantSyncFactory factory() {
        return factory(tenant -> {
            AccountViewTokens issued = pairs.get(tenant.id()).av().issueTokens();
            return TokenSet.builder().accessToken(issued.accessToken()).refreshToken(issued.refreshToken())
                    .tokenType("Bearer").scope(issued.scope()).build();
        });
    }

    /**
     * Builds a tenant's run from its properties ({@code bb.baseUrl}, {@code av.baseUrl}, {@code av.company}), its
     * credentials and its token store: customers AccountView -> BuchhaltungsButler in flow {@value #FLOW}.
     *
     * @param consent the tenant's first AccountView tokens, asked for only while its token store is empty
     */
    static TenantSyncFactory factory(Function<Tenant, TokenSet> consent) {
        return factory(consent, false, Duration.ofSeconds(30));
    }

    /**
     * Like {@link #factory(Function)}, optionally with sales orders AccountView -> BuchhaltungsButler after the
     * customers (flow {@value #ORDERS_FLOW}, 19 % VAT on the BuchhaltungsButler side as AccountView lines carry
     * none).
     *
     * @param withOrders also sync sales orders
     * @param flowLockLease how long a killed run's flow and key locks block the next run of its tenant
     */
    static TenantSyncFactory factory(Function<Tenant, TokenSet> consent, boolean withOrders, Duration flowLockLease) {
        return context -> {
            Tenant tenant = context.tenant();
            Credentials bbSecrets = context.credentials("buchhaltungsbutler");
            Credentials avSecrets = context.credentials("accountview");
            BuchhaltungsButlerClient bb = BuchhaltungsButlerClient.builder()
                    .baseUrl(tenant.property("bb.baseUrl").orElseThrow())
                    .apiClient(bbSecrets.secret("apiClient")).apiSecret(bbSecrets.secret("apiSecret"))
                    .apiKey(bbSecrets.secret("apiKey")).rateLimits(RateLimitSettings.disabled()).build();
            TokenStore tokens = context.tokenStore("accountview");
            if (tokens.load().isEmpty()) { // the user's consent, once: later runs refresh from the stored tokens
                tokens.save(consent.apply(tenant));
            }
            AccountViewClient av = AccountViewClient.builder().baseUrl(tenant.property("av.baseUrl").orElseThrow())
                    .credentials(OAuthCredentials.of(avSecrets.secret("clientId"), avSecrets.secret("clientSecret")))
                    .tokenStore(tokens).build();
            AccountViewConnector source = AccountViewConnector.builder(
                    av.forCompany(tenant.property("av.company").orElseThrow())).build();
            BuchhaltungsButlerConnector target = BuchhaltungsButlerConnector.builder().client(bb)
                    .defaultVatPercent(new BigDecimal("19")).build();
            TenantJob.Builder job = TenantJob.builder().flow(SyncFlows.customers(source, target).name(FLOW).build());
            if (withOrders) {
                job.flow(SyncFlows.orders(source, target).productCatalog(source).name(ORDERS_FLOW).build());
            }
            return job.settings(Settings.builder().lockLease(flowLockLease).build()).build();
        };
    }

    @Override
    public void close() {
        pairs.values().forEach(p -> {
            p.av().close();
            p.bb().close();
        });
    }
}
