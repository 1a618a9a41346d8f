package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.config.FlowStatus;
import dev.ledgerbridge.spring.boot.internal.RunHistory.FinishedFlow;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of one system: DOWN when its connection check failed (unreachable, credentials refused, not authorized);
 * the details show, for each flow that reads or writes the system, the last run recorded in the state (by any
 * instance), its records, the records parked for retry, and the last run of this process with its error. The
 * check and the state are read at most once per {@code ledgerbridge.health.check-interval}, never per probe.
 */
public final class SystemHealthIndicator implements HealthIndicator {
    private final String system;
    private final Supplier<CachedCheck.Stamped<SystemCheck>> check;
    private final Supplier<List<FlowStatus>> flows;
    private final RunHistory history;

    /**
     * @param system  the system's name as flow directions spell it ({@code BuchhaltungsButler}, {@code AccountView})
     * @param check   the system's connection check, cached
     * @param flows   the state of the flows that touch the system, cached
     * @param history the runs of this process
     */
    public SystemHealthIndicator(String system, Supplier<CachedCheck.Stamped<SystemCheck>> check,
                                 Supplier<List<FlowStatus>> flows, RunHistory history) {
        this.system = Objects.requireNonNull(system, "system");
        this.check = Objects.requireNonNull(check, "check");
        this.flows = Objects.requireNonNull(flows, "flows");
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
        Map<String, FinishedFlow> here = new LinkedHashMap<>();
        history.flowsOf(system).forEach(f -> here.put(f.report().flow(), f));
        int parked = 0;
        Map<String, Object> details = new LinkedHashMap<>();
        for (FlowStatus flow : flows.get()) {
            parked += flow.parked().size();
            details.put(flow.name(), describe(flow, Optional.ofNullable(here.get(flow.name()))));
        }
        b.withDetail("flows", details).withDetail("parkedRecords", parked);
        history.lastFailure().ifPresent(f -> b.withDetail("lastFailedRun",
                Map.of("at", f.at().toString(), "reason", f.message())));
        return b.build();
    }

    private static Map<String, Object> describe(FlowStatus flow, Optional<FinishedFlow> inThisProcess) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("enabled", flow.enabled());
        flow.lastRunTime().ifPresent(at -> d.put("lastRecordedRunAt", at.toString()));
        d.put("created", flow.count(Action.CREATED));
        d.put("updated", flow.count(Action.UPDATED));
        d.put("failed", flow.count(Action.FAILED));
        d.put("parked", flow.parked().size());
        if (flow.runningUntil() != null) {
            d.put("runningUntil", flow.runningUntil().toString());
        }
        inThisProcess.ifPresent(f -> d.put("lastRunInThisProcess", describe(f)));
        return d;
    }

    private static Map<String, Object> describe(FinishedFlow f) {
        FlowReport r = f.report();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("finishedAt", f.at().toString());
        run.put("succeeded", r.succeeded());
        run.put("failed", r.count(Action.FAILED));
        r.flowError().ifPresent(e -> run.put("error", e));
        return run;
    }
}
