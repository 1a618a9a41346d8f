package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.scheduler.CredentialsProvider;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantDirectory;
import dev.ledgerbridge.scheduler.TenantEngineCustomizer;
import dev.ledgerbridge.scheduler.TenantJob;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantRunListener;
import dev.ledgerbridge.scheduler.TenantState;
import dev.ledgerbridge.scheduler.TenantSyncFactory;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.transport.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one tenant on this worker: reads the tenant, takes its lease and fencing token, builds the job with
 * the application's factory on the tenant's scoped and fenced state, runs the engine, and says when to run next.
 */
public final class TenantRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TenantRunner.class);

    /**
     * What a runner needs.
     *
     * @param dataSource   the shared database
     * @param directory    who the tenants are
     * @param credentials  the application's secrets
     * @param factory      the application's jobs
     * @param tenantListeners listeners and notifiers per tenant, combined
     * @param customizers  engine hooks, in order
     * @param listeners    run listeners
     * @param worker       this worker's name
     * @param lease        the tenant lease
     * @param timeSource   clock of the leases
     * @param renewer      renews leases
     * @param transports   the tenants' kept transports
     */
    public record Setup(DataSource dataSource, TenantDirectory directory, CredentialsProvider credentials,
                        TenantSyncFactory factory, List<TenantListeners> tenantListeners,
                        List<TenantEngineCustomizer> customizers,
                        List<TenantRunListener> listeners, String worker, Duration lease, TimeSource timeSource,
                        LeaseRenewer renewer, TenantTransports transports) {
    }

    private final Setup setup;

    /** A runner. */
    public TenantRunner(Setup setup) {
        this.setup = setup;
    }

    /**
     * Runs the tenant once.
     *
     * @return when to run it next, or empty when it is no longer in the directory (its task is removed)
     * @throws RuntimeException when the run failed ({@link TenantBusyException} when another run holds it)
     */
    public Optional<Instant> run(String tenantId) {
        Optional<Tenant> found = setup.directory().find(tenantId);
        if (found.isEmpty()) {
            LOG.info("Tenant {} is no longer in the directory; its schedule is removed", tenantId);
            return Optional.empty();
        }
        Tenant tenant = found.get();
        if (tenant.paused()) {
            tell(l -> l.runSkipped(tenant, "paused"));
            return Optional.of(Instant.now().plus(tenant.syncInterval()));
        }
        try (JdbcStateStore shared = JdbcStateStore.open(setup.dataSource())) {
            TenantState state = TenantState.of(tenantId, shared, shared.activityLog());
            String owner = setup.worker() + "/" + UUID.randomUUID().toString().substring(0, 8);
            TenantLease.Acquired acquired = TenantLease.acquire(tenantId, state.stateStore(), owner, setup.lease(),
                    setup.timeSource());
            if (acquired.lease() == null) {
                TenantBusyException busy = new TenantBusyException(tenantId, acquired.holder(),
                        setup.timeSource().now());
                tell(l -> l.runSkipped(tenant, busy.getMessage()));
                throw busy;
            }
            runLeased(tenant, state, acquired.lease());
        }
        return Optional.of(Instant.now().plus(tenant.syncInterval()));
    }

    private void runLeased(Tenant tenant, TenantState state, TenantLease lease) {
        ScheduledFuture<?> renewal = setup.renewer().renew(tenant.id(), lease);
        RunTransport transport = new RunTransport(setup.transports(), tenant);
        try {
            tell(l -> l.runStarted(tenant, setup.worker(), lease.token()));
            FencedStateStore fenced = new FencedStateStore(state.stateStore(), lease);
            TenantJob job = setup.factory().create(new RunContext(tenant, setup.credentials(), fenced,
                    state.activityLog(), setup.dataSource(), transport));
            SyncReport report;
            try {
                TenantListeners listeners = TenantListeners.combine(setup.tenantListeners());
                SyncEngine.Builder engine = SyncEngine.builder().settings(job.settings()).stateStore(fenced)
                        .activityLog(state.activityLog())
                        .listener(listeners.listener(tenant)).failureNotifier(listeners.failureNotifier(tenant));
                setup.customizers().forEach(c -> c.customize(tenant, engine));
                report = engine.build().run(job.flows());
            } finally {
                closeAll(tenant, job.closeAfterRun());
            }
            for (FlowReport flow : report.flows()) {
                if (flow.flowError().isPresent()) {
                    throw new TenantRunFailedException(tenant.id(), flow.flow(), flow.flowError().get());
                }
            }
            tell(l -> l.runFinished(tenant, report));
        } catch (RuntimeException e) {
            tell(l -> l.runFailed(tenant, e));
            throw e;
        } finally {
            transport.ended();
            renewal.cancel(false);
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.warn("Could not release the lease of tenant {}: {}", tenant.id(), e.getMessage());
            }
        }
    }

    private static void closeAll(Tenant tenant, List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing {} after the run of tenant {} failed: {}", c.getClass().getSimpleName(),
                        tenant.id(), e.getMessage());
            }
        }
    }

    private void tell(Consumer<TenantRunListener> event) {
        for (TenantRunListener listener : setup.listeners()) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Run listener {} threw {}", listener.getClass().getName(), e.toString());
            }
        }
    }
}
