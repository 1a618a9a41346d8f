package dev.ledgerbridge.examples.readme;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.scheduler.Credentials;
import dev.ledgerbridge.scheduler.JdbcTenantDirectory;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantJob;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.spi.Connector;
import java.time.Duration;
import javax.sql.DataSource;

/** sync-scheduler/README.md: many tenants on db-scheduler. Compiled only. */
final class SchedulerSnippets {

    /** Where the application keeps its secrets. */
    interface Vault {
        Credentials credentials(String tenantId, String system);
    }

    /** Where the snippet sends its alerts. */
    interface Alerts {
        void send(String message);
    }

    private SchedulerSnippets() {
    }

    static TenantScheduler scheduler(DataSource dataSource, Vault vault, Alerts alerts) {
        // readme:start scheduler
        JdbcTenantDirectory tenants = JdbcTenantDirectory.of(dataSource);          // table lb_tenant, same database
        tenants.add(Tenant.builder().id("acme").syncInterval(Duration.ofMinutes(5))
                .property("av.company", "ACME").build());                           // non-secret settings only

        TenantScheduler scheduler = TenantScheduler.builder()
                .dataSource(dataSource)                                             // H2 file, or PostgreSQL for a cluster
                .tenants(tenants)
                .credentials((tenant, system) -> vault.credentials(tenant.id(), system)) // never stored by the SDK
                .syncFactory(context -> {                                          // one tenant's run
                    Credentials bbSecrets = context.credentials("buchhaltungsbutler");
                    Credentials avSecrets = context.credentials("accountview");
                    BuchhaltungsButlerClient bbClient = BuchhaltungsButlerClient.builder()
                            .transport(context.transport())                         // kept across runs: rate limits too
                            .apiClient(bbSecrets.secret("apiClient")).apiSecret(bbSecrets.secret("apiSecret"))
                            .apiKey(bbSecrets.secret("apiKey")).build();          // its own rate limit
                    AccountViewClient avClient = AccountViewClient.builder().transport(context.transport())
                            .credentials(OAuthCredentials.of(avSecrets.secret("clientId"), avSecrets.secret("clientSecret")))
                            .tokenStore(context.tokenStore("accountview"))        // rotating tokens, shared by all workers
                            .build();
                    Connector av = AccountViewConnector.builder(
                            avClient.forCompany(context.tenant().property("av.company").orElseThrow())).build();
                    Connector bb = BuchhaltungsButlerConnector.builder().client(bbClient).build();
                    return TenantJob.builder().flow(SyncFlows.customers(av, bb).build()).build();
                })
                .addTenantListeners(new TenantListeners() {                        // alerts, metrics: per tenant, combined
                    @Override
                    public FailureNotifier failureNotifier(Tenant tenant) {
                        return result -> alerts.send(tenant.id() + ": " + result);
                    }
                })
                .build();
        scheduler.start();                                                          // runs every tenant on its schedule
        scheduler.syncNow("acme");                                                  // now, on whichever worker is free
        scheduler.pause("acme");                                                    // on every worker, until resume("acme")
        // readme:end scheduler
        return scheduler;
    }
}
