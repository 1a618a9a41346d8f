package dev.ledgerbridge.config;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.internal.ConnectionChecker;
import dev.ledgerbridge.config.internal.Descriptions;
import dev.ledgerbridge.config.internal.FlowFactory;
import dev.ledgerbridge.config.internal.StatusReader;
import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ClientObserver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link LedgerBridgeConfig} wired into working objects: the two clients (built from their parts, no call made
 * yet), the connectors, the configured flows through {@code SyncFlows}, and a {@link SyncEngine} on the state
 * store. Also says what each flow will do ({@link #describe()}) and checks both systems with one cheap call each
 * ({@link #checkConnections()}).
 *
 * <p>State: a JDBC URL from the configuration, or the {@code DataSource} given to the builder, or a state store
 * and activity log given to the builder (e.g. scoped to a tenant). AccountView's tokens: the configured token file,
 * else the state database ({@link JdbcTokenStore}, key {@link AccountViewConfig#TOKEN_KEY}), unless a token store
 * is given. The AccountView company is looked up (one call) the first time the flows are built, unless
 * {@code accountview.company-id} is configured.
 *
 * <p>Clients: built from the configuration, or given to the builder ({@link Builder#buchhaltungsButlerClient},
 * {@link Builder#accountViewClient}) to keep one client, its HTTP connections and its rate-limit buckets across
 * many {@code ConfiguredSync}s, e.g. one per scheduled run.
 *
 * <p>Thread-safe. {@link #close()} closes what this object opened (the state store it opened), never what it was
 * given.
 */
public final class ConfiguredSync implements AutoCloseable {

    private final LedgerBridgeConfig config;
    private final StateStore stateStore;
    private final ActivityLog activityLog;
    private final boolean ownsState;
    private final TokenStore tokenStore;
    private final SyncListener listener;
    private final FailureNotifier failureNotifier;
    private final BuchhaltungsButlerClient bbClient;
    private final AccountViewClient avClient;
    private Map<SystemName, Connector> connectors;

    private ConfiguredSync(Builder b, StateStore stateStore, ActivityLog activityLog, boolean ownsState,
                           TokenStore tokenStore) {
        this.config = b.config;
        this.stateStore = stateStore;
        this.activityLog = activityLog;
        this.ownsState = ownsState;
        this.tokenStore = tokenStore;
        this.listener = b.listener;
        this.failureNotifier = b.failureNotifier;
        this.bbClient = !config.uses(SystemName.BUCHHALTUNGSBUTLER) ? null : b.bbClient != null ? b.bbClient
                : config.buchhaltungsButler().clientBuilder().observer(b.clientObserver).build();
        this.avClient = !config.uses(SystemName.ACCOUNTVIEW) ? null : b.avClient != null ? b.avClient
                : config.accountView().clientBuilder(tokenStore).observer(b.clientObserver).build();
    }

    /**
     * A builder; {@code config} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public LedgerBridgeConfig config() {
        return config;
    }

    /**
     * The BuchhaltungsButler client.
     *
     * @return the client
     * @throws IllegalStateException when no enabled flow uses BuchhaltungsButler
     */
    public BuchhaltungsButlerClient buchhaltungsButlerClient() {
        if (bbClient == null) {
            throw new IllegalStateException("no enabled flow uses BuchhaltungsButler");
        }
        return bbClient;
    }

    /**
     * The AccountView client (for the one-time authorization: {@code authorizationUri}, {@code exchangeCode}).
     *
     * @return the client
     * @throws IllegalStateException when no enabled flow uses AccountView
     */
    public AccountViewClient accountViewClient() {
        if (avClient == null) {
            throw new IllegalStateException("no enabled flow uses AccountView");
        }
        return avClient;
    }

    /**
     * Where AccountView's tokens are kept.
     *
     * @return the token store
     */
    public TokenStore tokenStore() {
        return tokenStore;
    }

    /**
     * The state store the engine uses.
     *
     * @return the state store
     */
    public StateStore stateStore() {
        return stateStore;
    }

    /**
     * The activity log the engine writes.
     *
     * @return the activity log
     */
    public ActivityLog activityLog() {
        return activityLog;
    }

    /**
     * What each configured flow will do, from the configuration alone (no call).
     *
     * @return one description per flow, disabled ones included, in order
     */
    public List<FlowDescription> describe() {
        return config.flows().stream().map(f -> Descriptions.of(f, config.engine())).toList();
    }

    /**
     * What the state says about each configured flow: last recorded run, its outcome, parked records, a run in
     * progress. Reads the state store and activity log only (no call to either system).
     *
     * @return one status per configured flow, in order
     */
    public List<FlowStatus> status() {
        java.time.Instant now = config.engine().timeSource().now();
        return config.flows().stream().map(f -> StatusReader.read(f, stateStore, activityLog, now)).toList();
    }

    /**
     * Checks each system an enabled flow uses with one cheap call (BuchhaltungsButler: list the payment accounts;
     * AccountView: look for tokens, then list the companies and find the configured one). Never throws for a
     * system's failure: it is in the result.
     *
     * @return one result per used system, BuchhaltungsButler first
     */
    public List<ConnectionCheck> checkConnections() {
        List<ConnectionCheck> checks = new ArrayList<>();
        if (bbClient != null) {
            checks.add(ConnectionChecker.buchhaltungsButler(bbClient));
        }
        if (avClient != null) {
            checks.add(ConnectionChecker.accountView(avClient, tokenStore, config.accountView()).check());
        }
        return checks;
    }

    /**
     * The enabled flows, built on the connectors (the first call looks the AccountView company up unless its id
     * is configured).
     *
     * @return the flows, in order
     * @throws dev.ledgerbridge.transport.error.ApiException when the company look-up fails
     */
    public List<SyncFlow> flows() {
        Map<SystemName, Connector> c = connectors();
        return config.enabledFlows().stream().map(f -> FlowFactory.build(f, c::get)).toList();
    }

    /**
     * Some of the enabled flows, by name, in the configured order.
     *
     * @param names flow names; empty for all enabled flows
     * @return the flows
     * @throws IllegalArgumentException naming an unknown or disabled flow and the enabled ones
     */
    public List<SyncFlow> flows(Collection<String> names) {
        List<SyncFlow> all = flows();
        if (names.isEmpty()) {
            return all;
        }
        Set<String> known = new LinkedHashSet<>();
        all.forEach(f -> known.add(f.name()));
        for (String n : names) {
            if (!known.contains(n)) {
                throw new IllegalArgumentException("flow '" + n + "' is not an enabled flow; enabled: " + known);
            }
        }
        return all.stream().filter(f -> names.contains(f.name())).toList();
    }

    /**
     * The engine on the state store, with the configured settings (dry run as configured).
     *
     * @return a new engine
     */
    public SyncEngine engine() {
        return engine(config.engine().dryRun());
    }

    /**
     * The engine on the state store, with the configured settings and this dry-run choice.
     *
     * @param dryRun plan only, write nothing
     * @return a new engine
     */
    public SyncEngine engine(boolean dryRun) {
        Settings settings = config.engine().toBuilder().dryRun(dryRun).build();
        SyncEngine.Builder b = SyncEngine.builder().settings(settings).stateStore(stateStore)
                .activityLog(activityLog);
        if (listener != null) {
            b.listener(listener);
        }
        if (failureNotifier != null) {
            b.failureNotifier(failureNotifier);
        }
        return b.build();
    }

    /**
     * Runs the enabled flows once.
     *
     * @return the report
     * @throws dev.ledgerbridge.sync.SyncConfigurationException when a flow cannot work with its connectors
     */
    public SyncReport run() {
        return engine().run(flows());
    }

    /**
     * Runs some flows once.
     *
     * @param names  flow names; empty for all enabled flows
     * @param dryRun plan only, write nothing
     * @return the report
     * @throws IllegalArgumentException naming an unknown flow
     * @throws dev.ledgerbridge.sync.SyncConfigurationException when a flow cannot work with its connectors
     */
    public SyncReport run(Collection<String> names, boolean dryRun) {
        return engine(dryRun).run(flows(names));
    }

    private synchronized Map<SystemName, Connector> connectors() {
        if (connectors == null) {
            Map<SystemName, Connector> c = new EnumMap<>(SystemName.class);
            if (bbClient != null) {
                BuchhaltungsButlerConnector.Builder bb = BuchhaltungsButlerConnector.builder().client(bbClient);
                config.buchhaltungsButler().defaultVatPercent().ifPresent(bb::defaultVatPercent);
                c.put(SystemName.BUCHHALTUNGSBUTLER, bb.build());
            }
            if (avClient != null) {
                c.put(SystemName.ACCOUNTVIEW, AccountViewConnector.builder(company()).build());
            }
            connectors = c;
        }
        return connectors;
    }

    private CompanyClient company() {
        AccountViewConfig av = config.accountView();
        return av.companyId().map(avClient::forCompanyId)
                .orElseGet(() -> avClient.forCompany(av.company().orElseThrow()));
    }

    /** Closes the state store and activity log if this object opened them. */
    @Override
    public void close() {
        if (ownsState) {
            activityLog.close();
            stateStore.close();
        }
    }

    /** The configuration (secrets masked) and the state store. */
    @Override
    public String toString() {
        return "ConfiguredSync[" + config + ", " + stateStore + "]";
    }

    /** Builds a {@link ConfiguredSync}; not thread-safe. */
    public static final class Builder {
        private LedgerBridgeConfig config;
        private DataSource dataSource;
        private StateStore stateStore;
        private ActivityLog activityLog;
        private TokenStore tokenStore;
        private SyncListener listener;
        private FailureNotifier failureNotifier;
        private ClientObserver clientObserver = ClientObserver.none();
        private BuchhaltungsButlerClient bbClient;
        private AccountViewClient avClient;

        private Builder() {
        }

        /**
         * The BuchhaltungsButler client to use instead of one built from {@code buchhaltungsbutler.*}: e.g. one kept
         * across runs (a client built per run starts with a full rate-limit allowance each time; the API counts the
         * last minute), or one the application configured itself. Its base URL, credentials, timeouts and observer
         * are its own; the configuration's other BuchhaltungsButler settings ({@code default-vat-percent}) still
         * apply. {@link #clientObserver} is not added to it.
         *
         * @param value the client
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder buchhaltungsButlerClient(BuchhaltungsButlerClient value) {
            this.bbClient = dev.ledgerbridge.config.internal.Checks.requireSet(value, "buchhaltungsButlerClient");
            return this;
        }

        /**
         * The AccountView client to use instead of one built from {@code accountview.*}, as for
         * {@link #buchhaltungsButlerClient}; the company still comes from the configuration. Give it the same token
         * store as {@link #tokenStore}, which {@link ConfiguredSync#checkConnections()} reads.
         *
         * @param value the client
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder accountViewClient(AccountViewClient value) {
            this.avClient = dev.ledgerbridge.config.internal.Checks.requireSet(value, "accountViewClient");
            return this;
        }

        /**
         * Sees every call of both clients (e.g. rate-limit waits for progress output, or metrics).
         *
         * @param value the observer
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder clientObserver(ClientObserver value) {
            this.clientObserver = dev.ledgerbridge.config.internal.Checks.requireSet(value, "clientObserver");
            return this;
        }

        /**
         * The configuration (required).
         *
         * @param value the configuration
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder config(LedgerBridgeConfig value) {
            this.config = dev.ledgerbridge.config.internal.Checks.requireSet(value, "config");
            return this;
        }

        /**
         * The database for state and tokens; required when the configuration's state is
         * {@link StateConfig#givenDataSource()} and no state store is given; wins over a configured JDBC URL.
         *
         * @param value the data source (a pool in a server application)
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder dataSource(DataSource value) {
            this.dataSource = dev.ledgerbridge.config.internal.Checks.requireSet(value, "dataSource");
            return this;
        }

        /**
         * A state store and activity log to use instead of opening one (e.g. scoped to a tenant with
         * sync-scheduler's {@code TenantState}); they are not closed by {@link ConfiguredSync#close()}.
         *
         * @param store the state store
         * @param log   the activity log
         * @return this builder
         * @throws IllegalArgumentException when either is null
         */
        public Builder state(StateStore store, ActivityLog log) {
            this.stateStore = dev.ledgerbridge.config.internal.Checks.requireSet(store, "stateStore");
            this.activityLog = dev.ledgerbridge.config.internal.Checks.requireSet(log, "activityLog");
            return this;
        }

        /**
         * Where AccountView's tokens are kept, instead of the configured token file or the state database; used as
         * given (with {@code accountview.token-key}, pass it through {@link AccountViewConfig#tokenStore} first, as
         * the stores this builder makes are).
         *
         * @param value the token store
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder tokenStore(TokenStore value) {
            this.tokenStore = dev.ledgerbridge.config.internal.Checks.requireSet(value, "tokenStore");
            return this;
        }

        /**
         * Receives the engine's progress events (records per flow, rate-limit waits).
         *
         * @param value the listener
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder listener(SyncListener value) {
            this.listener = dev.ledgerbridge.config.internal.Checks.requireSet(value, "listener");
            return this;
        }

        /**
         * Is told about failed records.
         *
         * @param value the notifier
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder failureNotifier(FailureNotifier value) {
            this.failureNotifier = dev.ledgerbridge.config.internal.Checks.requireSet(value, "failureNotifier");
            return this;
        }

        /**
         * Opens the state (unless given) and builds the clients; makes no call to either system.
         *
         * @return the wired sync
         * @throws IllegalStateException when {@code config} is missing, or no database is known for state or
         *                               tokens (naming the setter or setting to add)
         */
        public ConfiguredSync build() {
            if (config == null) {
                throw new IllegalStateException("config(...) is required");
            }
            DataSource db = dataSource != null ? dataSource
                    : config.state().usesGivenDataSource() ? null : config.state().dataSource();
            TokenStore tokens = tokenStore != null ? tokenStore
                    : config.accountView().tokenFile().map(f -> config.accountView().tokenStore(FileTokenStore.at(f)))
                    .orElse(null);
            if (stateStore == null && db == null) {
                throw new IllegalStateException("state: configure state.jdbc-url, or call dataSource(...) or "
                        + "state(...)");
            }
            if (tokens == null && config.uses(SystemName.ACCOUNTVIEW)) {
                if (db == null) {
                    throw new IllegalStateException("accountview.token-file: configure it, or call tokenStore(...) "
                            + "or dataSource(...)");
                }
                tokens = config.accountView().tokenStore(JdbcTokenStore.of(db, AccountViewConfig.TOKEN_KEY));
            }
            if (stateStore != null) {
                return new ConfiguredSync(this, stateStore, activityLog, false, tokens);
            }
            JdbcStateStore store = JdbcStateStore.open(db);
            return new ConfiguredSync(this, store, store.activityLog(), true, tokens);
        }
    }
}
