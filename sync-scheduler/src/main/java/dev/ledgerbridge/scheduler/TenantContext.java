package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.StateStore;

/**
 * What a {@link TenantSyncFactory} builds one run from: the tenant, its secrets, and its scoped state. Valid for
 * one run only. Thread-safe.
 */
public interface TenantContext {
    /** The tenant as the directory gave it at the start of this run. */
    Tenant tenant();

    /**
     * The tenant's secrets for a system, from the application's {@link CredentialsProvider}.
     *
     * @throws RuntimeException what the provider threw
     */
    Credentials credentials(String system);

    /**
     * The tenant's state for this run: scoped to the tenant ({@link TenantState}) and fenced (every write checks
     * that no newer run of the tenant took over, {@link TenantFencedException}). The scheduler gives it to the
     * engine; a factory needs it only for its own bookkeeping.
     */
    StateStore stateStore();

    /** The tenant's activity log (scoped). */
    ActivityLog activityLog();

    /**
     * A durable token store for one of the tenant's OAuth authorisations (e.g. {@code "accountview"}), in the
     * scheduler's database (table {@code ledgerbridge_av_tokens}, key {@code <tenantId>/<name>}), shared by every
     * worker, so rotating refresh tokens survive runs and machines. Tokens are secrets: protect that table like a
     * password store, or keep tokens in the application's own (encrypted) {@link TokenStore} instead.
     *
     * @param name which authorisation: 1 to 100 letters, digits, {@code .}, {@code _}, {@code -}
     * @throws IllegalArgumentException for a bad name
     */
    TokenStore tokenStore(String name);
}
