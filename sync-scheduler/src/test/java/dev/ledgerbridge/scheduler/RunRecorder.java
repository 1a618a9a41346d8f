package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.report.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Records runs per tenant, and every moment a tenant ran twice at once (shared by all workers of a test). */
final class RunRecorder implements TenantRunListener {
    final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> started = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> finished = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> skipped = new ConcurrentHashMap<>();
    final Map<String, Long> lastToken = new ConcurrentHashMap<>();
    final List<String> overlaps = new CopyOnWriteArrayList<>();
    final List<String> workers = new CopyOnWriteArrayList<>();

    private static int inc(Map<String, AtomicInteger> counts, String id) {
        return counts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    int count(Map<String, AtomicInteger> counts, String id) {
        AtomicInteger n = counts.get(id);
        return n == null ? 0 : n.get();
    }

    @Override
    public void runStarted(Tenant tenant, String worker, long token) {
        if (inc(inFlight, tenant.id()) > 1) {
            overlaps.add(tenant.id() + " on " + worker + " with token " + token);
        }
        inc(started, tenant.id());
        lastToken.put(tenant.id(), token);
        workers.add(worker + " " + tenant.id());
    }

    @Override
    public void runFinished(Tenant tenant, SyncReport report) {
        inFlight.get(tenant.id()).decrementAndGet();
        inc(finished, tenant.id());
    }

    @Override
    public void runFailed(Tenant tenant, RuntimeException failure) {
        inFlight.get(tenant.id()).decrementAndGet(); // a run that fails before it started throws, unreported
        inc(failed, tenant.id());
    }

    @Override
    public void runSkipped(Tenant tenant, String reason) {
        inc(skipped, tenant.id());
    }

    /** Waits until the condition holds (polling), failing after a generous bound: no timing is asserted. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
