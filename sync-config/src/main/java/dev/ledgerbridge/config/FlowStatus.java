package dev.ledgerbridge.config;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.state.ParkedRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the state store and activity log say about one configured flow ({@link ConfiguredSync#status()}): its last
 * run that touched a record, what happened to the records in that run, the records parked for retry and whether a
 * run holds the flow's lock now. Read from the state alone; no call to either system.
 *
 * @param name         the flow's name
 * @param enabled      whether it runs
 * @param lastRunAt    when the last recorded run wrote its last event, or null when none is recorded (a run that
 *                     found nothing to do leaves no event)
 * @param lastRunId    that run's id, or null
 * @param lastRun      records per action in that run, unmodifiable, empty when none
 * @param lastFailures the reasons of the failed records of that run (at most {@link #MAX_FAILURES}), personal
 *                     data redacted as the settings say
 * @param parked       the records waiting for retry, unmodifiable
 * @param runningUntil the lease end of a run holding the flow's lock now, or null
 */
public record FlowStatus(String name, boolean enabled, Instant lastRunAt, String lastRunId,
                         Map<Action, Integer> lastRun, List<String> lastFailures, List<ParkedRecord> parked,
                         Instant runningUntil) {

    /** Most failure reasons kept per flow. */
    public static final int MAX_FAILURES = 20;

    /**
     * Copies the collections.
     *
     * @throws NullPointerException when a collection or the name is null
     */
    public FlowStatus {
        java.util.Objects.requireNonNull(name, "name");
        lastRun = Map.copyOf(lastRun);
        lastFailures = List.copyOf(lastFailures);
        parked = List.copyOf(parked);
    }

    /**
     * When the last recorded run ended.
     *
     * @return the instant, or empty when no run is recorded
     */
    public Optional<Instant> lastRunTime() {
        return Optional.ofNullable(lastRunAt);
    }

    /**
     * Records of the last run with this action.
     *
     * @param action the action
     * @return the count, 0 when none
     */
    public int count(Action action) {
        return lastRun.getOrDefault(action, 0);
    }
}
