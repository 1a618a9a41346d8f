package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.transport.HttpTransport;
import java.util.function.Supplier;

/**
 * A run's access to its tenant's kept transport: taken from {@link TenantTransports} on first use only (a factory
 * that builds its clients otherwise costs nothing), handed back when the run ends. Thread-safe.
 */
final class RunTransport implements Supplier<HttpTransport> {
    private final TenantTransports transports;
    private final Tenant tenant;
    private HttpTransport taken;

    RunTransport(TenantTransports transports, Tenant tenant) {
        this.transports = transports;
        this.tenant = tenant;
    }

    @Override
    public synchronized HttpTransport get() {
        if (taken == null) {
            taken = transports.runStarted(tenant);
        }
        return taken;
    }

    /** The run ended: the tenant's idle time starts, if the run used the transport. */
    synchronized void ended() {
        if (taken != null) {
            transports.runEnded(tenant.id());
        }
    }
}
