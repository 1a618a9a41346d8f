package dev.ledgerbridge.scheduler.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that renews the leases of all runs in progress on this worker, each every third of its lease, so a
 * slow call (a rate-limit wait) never loses a lease while a dead worker's lease ends soon.
 */
public final class LeaseRenewer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseRenewer.class);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-tenant-lease-renewer");
        t.setDaemon(true);
        return t;
    });

    /** Starts renewing; cancel the result when the run ends (before releasing the lease). */
    public ScheduledFuture<?> renew(String tenantId, TenantLease lease) {
        long period = Math.max(10, lease.lease().toMillis() / 3);
        return executor.scheduleAtFixedRate(() -> {
            try {
                lease.renew();
            } catch (RuntimeException e) {
                LOG.warn("Lease of tenant {} could not be renewed: {}", tenantId, e.getMessage());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the thread, letting a renewal in progress finish (an interrupt during an H2 file write would close the
     * database for every tenant of the process).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A lease renewal is still running after a minute; leaving it to finish on its own");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
