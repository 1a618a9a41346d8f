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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a flow's status from the state store and the activity log (its latest run only). */
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
        List<ActivityEvent> events = log.latestRun(flow.name());
        Optional<ActivityEvent> last = events.isEmpty() ? Optional.empty()
                : Optional.of(events.get(events.size() - 1));
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        List<String> failures = new ArrayList<>();
        events.forEach(e -> {
            counts.merge(e.action(), 1, Integer::sum);
            if (e.action() == Action.FAILED && failures.size() < FlowStatus.MAX_FAILURES) {
                failures.add(e.sourceId() + ": " + e.reason());
            }
        });
        Instant runningUntil = state.lockHolder(flow.name()).map(FlowLock::expiresAt)
                .filter(until -> until.isAfter(now)).orElse(null);
        return new FlowStatus(flow.name(), flow.enabled(), last.map(ActivityEvent::at).orElse(null),
                last.map(ActivityEvent::runId).orElse(null), counts, failures, state.parked(flow.name()),
                runningUntil);
    }
}
