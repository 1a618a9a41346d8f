package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;

/**
 * Follows a run's progress. Every method has an empty default. With {@link Settings#concurrency()} above 1,
 * {@link #recordDone} is called from several threads.
 */
public interface SyncListener {
    /** A flow starts. */
    default void flowStarted(String flow, String direction) {
    }

    /**
     * A record was handled (in a dry run: planned). Every result passes here, in processing order per thread; the
     * {@link FlowReport} keeps only counts, failures and a sample, so a listener is the place to collect or
     * aggregate results over all records.
     */
    default void recordDone(RecordResult result) {
    }

    /** A flow ended. */
    default void flowFinished(FlowReport report) {
    }

    /** The listener that does nothing. */
    static SyncListener none() {
        return new SyncListener() {
        };
    }
}
