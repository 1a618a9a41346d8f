package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.scheduler.Credentials;
import dev.ledgerbridge.scheduler.CredentialsProvider;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantContext;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.HttpTransport;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** The {@link TenantContext} of one run. */
final class RunContext implements TenantContext {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private final Tenant tenant;
    private final CredentialsProvider credentials;
    private final StateStore stateStore;
    private final ActivityLog activityLog;
    private final DataSource dataSource;
    private final Supplier<HttpTransport> transport;

    RunContext(Tenant tenant, CredentialsProvider credentials, StateStore stateStore, ActivityLog activityLog,
               DataSource dataSource, Supplier<HttpTransport> transport) {
        this.transport = transport;
        this.tenant = tenant;
        this.credentials = credentials;
        this.stateStore = stateStore;
        this.activityLog = activityLog;
        this.dataSource = dataSource;
    }

    @Override
    public Tenant tenant() {
        return tenant;
    }

    @Override
    public Credentials credentials(String system) {
        Credentials c = credentials.credentials(tenant, system);
        if (c == null) {
            throw new IllegalStateException("the CredentialsProvider returned null for tenant '" + tenant.id()
                    + "' and system '" + system + "'");
        }
        return c;
    }

    @Override
    public StateStore stateStore() {
        return stateStore;
    }

    @Override
    public ActivityLog activityLog() {
        return activityLog;
    }

    @Override
    public TokenStore tokenStore(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token store name = " + TenantIds.shown(name)
                    + ": must be 1 to 100 letters, digits, '.', '_' and '-'");
        }
        return JdbcTokenStore.of(dataSource, tenant.id() + "/" + name);
    }

    @Override
    public HttpTransport transport() {
        return transport.get();
    }

    @Override
    public String toString() {
        return "TenantContext[" + tenant.id() + "]";
    }
}
