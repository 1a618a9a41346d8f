package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.spring.boot.internal.RunHistory.FinishedFlow;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of one system: DOWN when its connection check failed (unreachable, credentials refused, not authorized) (checked at most once per
 * {@code ledgerbridge.health.check-interval}, never per probe), with the last run of each flow that touches it and
 * the records parked at its end.
 */
public final class SystemHealthIndicator implements HealthIndicator {
    private final String system;
    private final Supplier<CachedCheck.Stamped<SystemCheck>> check;
    private final RunHistory history;

    /**
     * @param system  the system's name as flow directions spell it ({@code BuchhaltungsButler}, {@code AccountView})
     * @param check   the system's connection check, cached
     * @param history the runs of this process
     */
    public SystemHealthIndicator(String system, Supplier<CachedCheck.Stamped<SystemCheck>> check,
                                 RunHistory history) {
        this.system = Objects.requireNonNull(system, "system");
        this.check = Objects.requireNonNull(check, "check");
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public Health health() {
        CachedCheck.Stamped<SystemCheck> result = check.get();
        SystemCheck c = result.value();
        Health.Builder b = c.ok() ? Health.up() : Health.down();
        b.withDetail("connection", c.outcome()).withDetail("checkedAt", result.at().toString());
        if (!c.problem().isEmpty()) {
            b.withDetail("problem", c.problem());
        }
        List<FinishedFlow> flows = history.flowsOf(system);
        int parked = 0;
        Map<String, Object> runs = new LinkedHashMap<>();
        for (FinishedFlow f : flows) {
            parked += f.report().parked().size();
            runs.put(f.report().flow(), describe(f));
        }
        b.withDetail("lastRuns", runs).withDetail("parkedRecords", parked);
        history.lastFailure().ifPresent(f -> b.withDetail("lastFailedRun",
                Map.of("at", f.at().toString(), "reason", f.message())));
        return b.build();
    }

    private static Map<String, Object> describe(FinishedFlow f) {
        FlowReport r = f.report();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("finishedAt", f.at().toString());
        run.put("succeeded", r.succeeded());
        run.put("created", r.count(Action.CREATED));
        run.put("updated", r.count(Action.UPDATED));
        run.put("failed", r.count(Action.FAILED));
        run.put("parked", r.parked().size());
        r.flowError().ifPresent(e -> run.put("error", e));
        return run;
    }
}
