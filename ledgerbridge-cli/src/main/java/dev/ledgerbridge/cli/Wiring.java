package dev.ledgerbridge.cli;

import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.scheduler.TenantState;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import javax.sql.DataSource;

/**
 * The application's wiring of one configuration: the state database, scoped to the one tenant
 * {@value #TENANT} exactly as sync-scheduler scopes it (so {@code sync --once}, {@code status} and {@code run}
 * share links, cursors and parked records), AccountView's tokens (the configured file, else the state database
 * under {@code <tenant>/accountview}, where the scheduler's runs find them) and the {@link ConfiguredSync}.
 */
final class Wiring implements AutoCloseable {

    /** The one tenant the application runs: state keys and the scheduler's task instance. */
    static final String TENANT = "ledgerbridge";

    private final DataSource dataSource;
    private final JdbcStateStore store;
    private final ConfiguredSync sync;
    private final Progress progress;

    private Wiring(DataSource dataSource, JdbcStateStore store, ConfiguredSync sync, Progress progress) {
        this.dataSource = dataSource;
        this.store = store;
        this.sync = sync;
        this.progress = progress;
    }

    static Wiring open(LedgerBridgeConfig config, Progress progress) {
        DataSource ds = config.state().dataSource();
        JdbcStateStore store = JdbcStateStore.open(ds);
        try {
            TenantState scoped = TenantState.of(TENANT, store, store.activityLog());
            ConfiguredSync.Builder b = ConfiguredSync.builder().config(config)
                    .state(scoped.stateStore(), scoped.activityLog())
                    .tokenStore(tokenStore(config, ds));
            if (progress != null) {
                b.listener(progress).clientObserver(progress);
            }
            return new Wiring(ds, store, b.build(), progress);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The configured token file, else the state database under the key the scheduler's runs use; encrypted with
     * {@code accountview.token-key} when set.
     */
    private static TokenStore tokenStore(LedgerBridgeConfig config, DataSource ds) {
        return config.accountView().tokenStore(config.accountView().tokenFile()
                .map(f -> (TokenStore) FileTokenStore.at(f))
                .orElseGet(() -> JdbcTokenStore.of(ds, TENANT + "/" + AccountViewConfig.TOKEN_KEY)));
    }

    /** Where the state is, for people: the H2 file, or the JDBC URL without its parameters (they may hold a password). */
    String stateDescription() {
        String url = sync.config().state().jdbcUrl().orElse("the given DataSource");
        String bare = url.split("[;?]", 2)[0];
        return bare.startsWith("jdbc:h2:file:") ? "H2 file " + bare.substring("jdbc:h2:file:".length()) + ".mv.db"
                : bare;
    }

    DataSource dataSource() {
        return dataSource;
    }

    ConfiguredSync sync() {
        return sync;
    }

    /** The progress its clients and engine report to; null when opened without. */
    Progress progress() {
        return progress;
    }

    @Override
    public void close() {
        sync.close();
        store.activityLog().close();
        store.close();
    }
}
