package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.sync.internal.Reasons;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that failed and is retried on every later run until it succeeds: the change cursor moves on without
 * it, so one permanently broken record never turns later runs into full reads.
 *
 * @param flow         the flow's name
 * @param sourceId     the record's id in the source
 * @param attempts     failed runs in a row (1 after the first failure)
 * @param firstFailure when it first failed
 * @param lastFailure  when it last failed
 * @param reason       why it last failed (redacted when personal data is redacted), at most {@link #MAX_REASON}
 *                     characters (longer ones are cut)
 */
public record ParkedRecord(String flow, String sourceId, int attempts, Instant firstFailure, Instant lastFailure,
                           String reason) {
    /** Longest reason kept. */
    public static final int MAX_REASON = Reasons.MAX;

    /** Checks that the parts are present and cuts the reason to {@link #MAX_REASON} characters. */
    public ParkedRecord {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(firstFailure, "firstFailure");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(reason, "reason");
        reason = Reasons.bounded(reason);
    }
}
