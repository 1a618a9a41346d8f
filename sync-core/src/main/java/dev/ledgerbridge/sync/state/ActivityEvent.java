package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.report.Action;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the activity log: what a flow did with one record.
 *
 * @param at        when
 * @param runId     the engine run
 * @param flow      the flow's name
 * @param direction e.g. {@code AccountView -> BuchhaltungsButler}
 * @param sourceId  the record's id in the source
 * @param targetId  the record's id in the target, or {@code null}
 * @param action    what happened
 * @param reason    why, or {@code null}; personal data redacted when the settings say so
 */
public record ActivityEvent(Instant at, String runId, String flow, String direction, String sourceId,
                            String targetId, Action action, String reason) {
    /** Checks the required parts. */
    public ActivityEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(action, "action");
    }
}
