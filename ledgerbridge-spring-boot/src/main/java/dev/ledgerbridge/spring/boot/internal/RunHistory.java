package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantRunListener;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last report of every flow and the last failed run of this process, for health: fed by the engine's
 * listener (scheduled runs and the application's own) and the scheduler. Bounded by the number of flows.
 * Thread-safe.
 */
public final class RunHistory implements SyncListener, TenantRunListener {
    private final Clock clock;
    private final Map<String, FinishedFlow> flows = new ConcurrentHashMap<>();
    private volatile FailedRun lastFailure;

    /** @param clock the clock that stamps the reports */
    public RunHistory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void flowFinished(FlowReport report) {
        flows.put(report.flow(), new FinishedFlow(report, clock.instant()));
    }

    @Override
    public void runFailed(Tenant tenant, RuntimeException failure) {
        lastFailure = new FailedRun(String.valueOf(failure.getMessage()), clock.instant());
    }

    /** The last report of each flow whose direction names the system (e.g. {@code "AccountView"}). */
    public List<FinishedFlow> flowsOf(String system) {
        return flows.values().stream().filter(f -> f.report().direction().contains(system))
                .sorted((a, b) -> a.report().flow().compareTo(b.report().flow())).toList();
    }

    /** The last failed scheduled run, if any since start. */
    public Optional<FailedRun> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * A flow's last report.
     *
     * @param report the report
     * @param at     when it finished
     */
    public record FinishedFlow(FlowReport report, Instant at) {
    }

    /**
     * A run that failed.
     *
     * @param message the failure's message (the SDK's messages carry no secrets)
     * @param at      when
     */
    public record FailedRun(String message, Instant at) {
    }
}
