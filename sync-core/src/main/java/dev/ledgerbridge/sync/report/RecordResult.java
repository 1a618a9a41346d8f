package dev.ledgerbridge.sync.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one record.
 *
 * @param flow     the flow's name
 * @param sourceId the record's id in the source (for flattened variants: {@code productId/variantSku})
 * @param targetId the record's id in the target, when known
 * @param action   what happened
 * @param reason   why (always present for {@link Action#SKIPPED} and {@link Action#FAILED})
 * @param notes    remarks that did not stop the record, e.g. images that were not transferred
 */
public record RecordResult(String flow, String sourceId, Optional<String> targetId, Action action,
                           Optional<String> reason, List<String> notes) {
    /** Checks the parts and copies the notes. */
    public RecordResult {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
        return action + " " + flow + " " + sourceId + targetId.map(t -> " -> " + t).orElse("")
                + reason.map(r -> ": " + r).orElse("") + (notes.isEmpty() ? "" : " " + notes);
    }
}
