package dev.ledgerbridge.sync.report;

/** What happened to one record (in a dry run: what would happen). */
public enum Action {
    /** Created in the target. */
    CREATED,
    /** Updated in the target. */
    UPDATED,
    /** Already up to date in the target; nothing written. */
    UNCHANGED,
    /** Deliberately not written (e.g. the order exists already); the reason says why. */
    SKIPPED,
    /** Could not be written; the reason says why. Retried on the next run. */
    FAILED
}
