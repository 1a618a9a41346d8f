package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.Transports;

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

    /**
     * The tenant's HTTP transport on this worker, kept across the tenant's runs: build the tenant's clients on it
     * ({@code BuchhaltungsButlerClient.builder().transport(context.transport())...}) so that their client-side
     * rate limits (BuchhaltungsButler: 100 requests/min per {@code api_key}) remember the requests of the previous
     * run. A client with a transport of its own starts every run with a full allowance; when two runs of a tenant
     * are less than a minute apart (a short {@link Tenant#syncInterval()}, a retry, {@code syncNow}), the tenant
     * can then exceed its API's limit. The scheduler makes it with
     * {@link TenantScheduler.Builder#tenantTransports} and drops it when the tenant leaves the directory or has not
     * run for {@link TenantScheduler#TRANSPORT_IDLE_TIMEOUT}. Clients built on it must not be given their own
     * transport options (timeouts, retries): the transport's apply.
     *
     * <p>This default, for contexts not made by the scheduler, returns a new transport on every call.
     *
     * @return the transport, thread-safe
     */
    default HttpTransport transport() {
        return Transports.builder().build();
    }
}
