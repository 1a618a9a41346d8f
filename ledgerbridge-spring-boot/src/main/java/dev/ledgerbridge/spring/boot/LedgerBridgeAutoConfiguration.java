package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.scheduler.CredentialsProvider;
import dev.ledgerbridge.scheduler.JdbcTenantDirectory;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantDirectory;
import dev.ledgerbridge.scheduler.TenantJob;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.scheduler.TenantState;
import dev.ledgerbridge.scheduler.TenantSyncFactory;
import dev.ledgerbridge.spring.boot.LedgerBridgeProperties.SchemaMode;
import dev.ledgerbridge.spring.boot.internal.PropertiesMapper;
import dev.ledgerbridge.spring.boot.internal.RunHistory;
import dev.ledgerbridge.spring.boot.internal.SchedulerLifecycle;
import dev.ledgerbridge.spring.boot.internal.SchemaCheck;
import dev.ledgerbridge.spring.boot.internal.SingleTenantDirectory;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ClientObserver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configuration of LedgerBridge from the {@code ledgerbridge.*} properties ({@link LedgerBridgeProperties}):
 * the configuration value, the state on the application's {@code DataSource}, the wired clients and flows
 * ({@link ConfiguredSync}), a {@link SyncEngine} for runs the application starts itself, and (unless
 * {@code ledgerbridge.schedule.enabled=false}) sync-scheduler's {@link TenantScheduler} running the flows every
 * {@code ledgerbridge.schedule.interval} as one tenant ({@code ledgerbridge.schedule.tenant-id}) on the same
 * {@code DataSource}: the same code path as a cluster of many tenants, so a second instance of the application on
 * the same database takes over instead of running twice.
 *
 * <p>Every bean is {@link ConditionalOnMissingBean}: declare one of the same type (for the health contributor,
 * the same name) to replace it. {@code ledgerbridge.enabled=false} switches all of it off.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBooleanProperty(name = "ledgerbridge.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LedgerBridgeProperties.class)
public class LedgerBridgeAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public LedgerBridgeAutoConfiguration() {
    }

    /**
     * The one configuration value, from the properties.
     *
     * @param properties the bound properties (already checked as a whole when bound)
     * @return the configuration
     */
    @Bean
    @ConditionalOnMissingBean
    public LedgerBridgeConfig ledgerBridgeConfig(LedgerBridgeProperties properties) {
        return PropertiesMapper.toConfig(properties);
    }

    /**
     * The application's one tenant: its id keys all state, its interval is the schedule.
     *
     * @param properties the properties
     * @param config     the configuration
     * @return the tenant
     */
    @Bean
    @ConditionalOnMissingBean
    public Tenant ledgerBridgeTenant(LedgerBridgeProperties properties, LedgerBridgeConfig config) {
        return Tenant.builder().id(properties.getSchedule().getTenantId()).syncInterval(config.syncInterval()).build();
    }

    /**
     * The state store in the application's {@code DataSource}; its tables are created, or only checked with
     * {@code ledgerbridge.state.schema=validate}.
     *
     * @param dataSource the application's data source
     * @param properties the properties
     * @return the store, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(StateStore.class)
    public JdbcStateStore ledgerBridgeStateStore(ObjectProvider<DataSource> dataSource,
                                                 LedgerBridgeProperties properties) {
        DataSource db = requireDataSource(dataSource);
        validateIfAsked(db, properties);
        return JdbcStateStore.open(db);
    }

    /**
     * With {@code ledgerbridge.state.schema=validate}, checks every table the SDK would otherwise create; called
     * by each bean that could create one, so that the first of them checks before anything is created.
     */
    static void validateIfAsked(DataSource db, LedgerBridgeProperties properties) {
        if (properties.getState().getSchema() != SchemaMode.VALIDATE) {
            return;
        }
        List<String> tables = new ArrayList<>();
        if (properties.getSchedule().isEnabled()) {
            tables.addAll(List.of("lb_tenant", "lb_tenant_property", "scheduled_tasks"));
        }
        boolean accountView = properties.getFlows().stream().anyMatch(f -> f.isEnabled()
                && (f.getFrom() == SystemName.ACCOUNTVIEW || f.getTo() == SystemName.ACCOUNTVIEW));
        if (accountView && properties.getAccountview().getTokenFile() == null) {
            tables.add("ledgerbridge_av_tokens");
        }
        SchemaCheck.validate(db, tables);
    }

    static DataSource requireDataSource(ObjectProvider<DataSource> dataSource) {
        DataSource db = dataSource.getIfUnique();
        if (db == null) {
            throw new IllegalStateException("LedgerBridge keeps its state in the application's DataSource, and there "
                    + "is none (or more than one without @Primary): set spring.datasource.url (PostgreSQL, or an H2 "
                    + "file) and add the database's driver, or set ledgerbridge.enabled=false");
        }
        return db;
    }

    /**
     * The tenant's views of the state store and activity log (every state key prefixed with the tenant id, as the
     * scheduler's runs see them), so that runs of the {@link SyncEngine} bean and scheduled runs share links,
     * cursors and locks.
     *
     * @param tenant the tenant
     * @param store  the state store
     * @return the tenant's state
     */
    @Bean
    @ConditionalOnMissingBean
    public TenantState ledgerBridgeTenantState(Tenant tenant, StateStore store) {
        return TenantState.of(tenant.id(), store,
                store instanceof JdbcStateStore jdbc ? jdbc.activityLog() : new InMemoryActivityLog());
    }

    /**
     * Where AccountView's tokens are kept: {@code ledgerbridge.accountview.token-file}, else the application's
     * database under the key the scheduler uses ({@code <tenant-id>/accountview}, table
     * {@code ledgerbridge_av_tokens}), so every instance of a cluster shares the rotating refresh token; encrypted
     * with {@code ledgerbridge.accountview.token-key} when set.
     *
     * @param dataSource the application's data source
     * @param properties the properties
     * @param tenant     the tenant
     * @param config     the configuration (its token key)
     * @return the token store
     */
    @Bean
    @ConditionalOnMissingBean
    public TokenStore ledgerBridgeTokenStore(ObjectProvider<DataSource> dataSource, LedgerBridgeProperties properties,
                                             Tenant tenant, LedgerBridgeConfig config) {
        if (properties.getAccountview().getTokenFile() != null) {
            return config.accountView().tokenStore(FileTokenStore.at(properties.getAccountview().getTokenFile()));
        }
        DataSource db = requireDataSource(dataSource);
        validateIfAsked(db, properties);
        return config.accountView().tokenStore(JdbcTokenStore.of(db, tenant.id() + "/accountview"));
    }

    /**
     * The run history that health reports, fed by every run.
     *
     * @return the history
     */
    @Bean
    @ConditionalOnMissingBean
    RunHistory ledgerBridgeRunHistory() {
        return new RunHistory(Clock.systemUTC());
    }

    /**
     * Lets the run history hear every run, scheduled or the application's own.
     *
     * @param history the run history
     * @return the listeners
     */
    @Bean
    TenantListeners ledgerBridgeRunHistoryListeners(RunHistory history) {
        return new TenantListeners() {
            @Override
            public dev.ledgerbridge.sync.SyncListener listener(Tenant tenant) {
                return history;
            }
        };
    }

    /**
     * The configuration wired into connectors, flows and engines on the tenant's state, with the client beans;
     * every {@link TenantListeners} bean (health, metrics, alerts, the application's) hears the runs of its engine.
     *
     * @param config     the configuration
     * @param state      the tenant's state
     * @param tokenStore AccountView's token store
     * @param tenant     the tenant
     * @param listeners  the listeners
     * @param bbClient   the BuchhaltungsButler client bean, asked for only when a flow uses BuchhaltungsButler
     * @param avClient   the AccountView client bean, asked for only when a flow uses AccountView
     * @return the wired sync, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ConfiguredSync ledgerBridgeSync(LedgerBridgeConfig config, TenantState state, TokenStore tokenStore,
                                           Tenant tenant, ObjectProvider<TenantListeners> listeners,
                                           ObjectProvider<BuchhaltungsButlerClient> bbClient,
                                           ObjectProvider<AccountViewClient> avClient) {
        TenantListeners all = TenantListeners.combine(listeners.orderedStream().toList());
        ConfiguredSync.Builder b = ConfiguredSync.builder().config(config)
                .state(state.stateStore(), state.activityLog()).tokenStore(tokenStore)
                .listener(all.listener(tenant)).failureNotifier(all.failureNotifier(tenant));
        if (config.uses(SystemName.BUCHHALTUNGSBUTLER)) {
            b.buchhaltungsButlerClient(bbClient.getObject());
        }
        if (config.uses(SystemName.ACCOUNTVIEW)) {
            b.accountViewClient(avClient.getObject());
        }
        return b.build();
    }

    /**
     * The BuchhaltungsButler client the configured flows use, from {@code ledgerbridge.buchhaltungsbutler.*}
     * (created when first asked for); one of your own replaces it, in the flows too. The one {@link ClientObserver}
     * bean, if any (sync-micrometer's, or the application's), sees its calls.
     *
     * @param config         the configuration
     * @param clientObserver the observer, when there is exactly one
     * @return the client, kept for the life of the context (its rate-limit buckets carry over between runs)
     * @throws IllegalStateException naming a credential setting that is not set
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public BuchhaltungsButlerClient ledgerBridgeBuchhaltungsButlerClient(LedgerBridgeConfig config,
                                                                         ObjectProvider<ClientObserver> clientObserver) {
        BuchhaltungsButlerClient.Builder b = config.buchhaltungsButler().clientBuilder();
        clientObserver.ifUnique(b::observer);
        return b.build();
    }

    /**
     * The AccountView client the configured flows use, from {@code ledgerbridge.accountview.*} and the token store
     * (created when first asked for), e.g. for the one-time authorization; one of your own replaces it, in the
     * flows too (give it the {@link TokenStore} bean).
     *
     * @param config         the configuration
     * @param tokenStore     AccountView's token store
     * @param clientObserver the observer, when there is exactly one
     * @return the client
     * @throws IllegalStateException naming {@code client-id} or {@code client-secret} when not set
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public AccountViewClient ledgerBridgeAccountViewClient(LedgerBridgeConfig config, TokenStore tokenStore,
                                                           ObjectProvider<ClientObserver> clientObserver) {
        AccountViewClient.Builder b = config.accountView().clientBuilder(tokenStore);
        clientObserver.ifUnique(b::observer);
        return b.build();
    }

    /**
     * The configured flows, built at the start of each run.
     *
     * @param sync the wired sync
     * @return the flows
     */
    @Bean
    @ConditionalOnMissingBean
    public LedgerBridgeFlows ledgerBridgeFlows(ConfiguredSync sync) {
        return sync::flows;
    }

    /**
     * An engine on the tenant's state with the configured settings, for runs the application starts itself:
     * {@code engine.run(flows.flows())}. Flow locks keep it and the scheduler from running a flow twice at once.
     *
     * @param sync the wired sync
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public SyncEngine ledgerBridgeEngine(ConfiguredSync sync) {
        return sync.engine();
    }

    /** The scheduled runs: sync-scheduler with the application's one tenant. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "ledgerbridge.schedule.enabled", matchIfMissing = true)
    public static class Scheduling {

        /** Creates the configuration; Spring calls it. */
        public Scheduling() {
        }

        /**
         * The tenant in the database's tenant directory ({@code lb_tenant}; paused there, it pauses on every
         * instance).
         *
         * @param dataSource the application's data source
         * @param tenant     the tenant
         * @param properties the properties
         * @return a directory of that one tenant
         */
        @Bean
        @ConditionalOnMissingBean
        public TenantDirectory ledgerBridgeTenantDirectory(ObjectProvider<DataSource> dataSource, Tenant tenant,
                                                           LedgerBridgeProperties properties) {
            DataSource db = requireDataSource(dataSource);
            validateIfAsked(db, properties);
            return SingleTenantDirectory.register(JdbcTenantDirectory.of(db), tenant);
        }

        /**
         * What a scheduled run runs: the flows with the configured engine settings.
         *
         * @param flows  the flows
         * @param config the configuration
         * @return the factory
         */
        @Bean
        @ConditionalOnMissingBean
        public TenantSyncFactory ledgerBridgeSyncFactory(LedgerBridgeFlows flows, LedgerBridgeConfig config) {
            return context -> TenantJob.builder().flows(flows.flows()).settings(config.engine()).build();
        }

        /**
         * The scheduler. The credentials are in the configured clients already, so it hands none out.
         *
         * @param dataSource the application's data source
         * @param directory  the tenant directory
         * @param factory    the run factory
         * @param listeners  every {@link TenantListeners} bean
         * @param history    the run history
         * @param properties the properties
         * @return the scheduler, started by {@link #ledgerBridgeSchedulerLifecycle} once the context is ready
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        TenantScheduler ledgerBridgeScheduler(ObjectProvider<DataSource> dataSource, TenantDirectory directory,
                                              TenantSyncFactory factory, ObjectProvider<TenantListeners> listeners,
                                              RunHistory history, LedgerBridgeProperties properties) {
            TenantScheduler.Builder b = TenantScheduler.builder().dataSource(requireDataSource(dataSource))
                    .tenants(directory).credentials(CredentialsProvider.none())
                    .syncFactory(factory).maxConcurrentRuns(properties.getSchedule().getMaxConcurrentRuns())
                    .addRunListener(history);
            listeners.orderedStream().forEach(b::addTenantListeners);
            return b.build();
        }

        /**
         * Starts the scheduler when the context is ready and stops it when it closes.
         *
         * @param scheduler the scheduler
         * @return the lifecycle
         */
        @Bean
        SchedulerLifecycle ledgerBridgeSchedulerLifecycle(TenantScheduler scheduler) {
            return new SchedulerLifecycle(scheduler);
        }
    }
}
