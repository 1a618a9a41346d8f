package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.scheduler.TenantScheduler;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the tenant scheduler once the application context is ready (not while beans are still being created)
 * and stops it, waiting for a running sync, when the context closes.
 */
public final class SchedulerLifecycle implements SmartLifecycle {
    private final TenantScheduler scheduler;
    private volatile boolean running;

    /** @param scheduler the scheduler to start and stop */
    public SchedulerLifecycle(TenantScheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public synchronized void start() {
        if (!running) {
            scheduler.start();
            running = true;
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            scheduler.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
