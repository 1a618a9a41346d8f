package dev.ledgerbridge.sync.state;

import java.time.Instant;
import java.util.Objects;

/**
 * The remembered connection between a source record and the target record a flow wrote for it.
 *
 * @param flow        the flow's name
 * @param sourceId    the record's id in the source
 * @param targetId    the record's id in the target
 * @param contentHash hash of what was last written (SHA-256, hex); empty when not known
 * @param updatedAt   when the link was last saved
 */
public record Link(String flow, String sourceId, String targetId, String contentHash, Instant updatedAt) {
    /** Checks that the parts are present. */
    public Link {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
