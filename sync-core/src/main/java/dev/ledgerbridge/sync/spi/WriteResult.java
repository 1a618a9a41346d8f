package dev.ledgerbridge.sync.spi;

import java.util.Optional;

/**
 * The outcome of one item of a batch create: the new id, or why that item failed.
 *
 * @param targetId the id of the created record, when it succeeded
 * @param error    the reason, when it failed
 */
public record WriteResult(Optional<String> targetId, Optional<String> error) {

    /** A created item. */
    public static WriteResult created(String targetId) {
        return new WriteResult(Optional.of(targetId), Optional.empty());
    }

    /** A failed item. */
    public static WriteResult failed(String reason) {
        return new WriteResult(Optional.empty(), Optional.of(reason));
    }

    /** True when the item was created. */
    public boolean succeeded() {
        return targetId.isPresent();
    }
}
