package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.FlowStatus;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a flow's status from the state store and the activity log. The activity log has no "latest run" query, so
 * this reads the flow's events (bounded by the log's retention) and keeps those of the newest run.
 */
public final class StatusReader {
    private StatusReader() {
    }

    /**
     * The status of one flow.
     *
     * @param flow  the flow's configuration
     * @param state the state store
     * @param log   the activity log
     * @param now   the current time, to tell a live lock from an expired one
     * @return the status
     */
    public static FlowStatus read(FlowConfig flow, StateStore state, ActivityLog log, Instant now) {
        List<ActivityEvent> events = log.events(flow.name());
        Optional<ActivityEvent> last = events.stream().max(Comparator.comparing(ActivityEvent::at));
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        List<String> failures = new ArrayList<>();
        last.ifPresent(l -> events.stream().filter(e -> e.runId().equals(l.runId())).forEach(e -> {
            counts.merge(e.action(), 1, Integer::sum);
            if (e.action() == Action.FAILED && failures.size() < FlowStatus.MAX_FAILURES) {
                failures.add(e.sourceId() + ": " + e.reason());
            }
        }));
        Instant runningUntil = state.lockHolder(flow.name()).map(FlowLock::expiresAt)
                .filter(until -> until.isAfter(now)).orElse(null);
        return new FlowStatus(flow.name(), flow.enabled(), last.map(ActivityEvent::at).orElse(null),
                last.map(ActivityEvent::runId).orElse(null), counts, failures, state.parked(flow.name()),
                runningUntil);
    }
}
