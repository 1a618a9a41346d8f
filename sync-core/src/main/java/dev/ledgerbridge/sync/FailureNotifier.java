package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;

/**
 * Told about every failure, e.g. to send an e-mail or open a ticket. Exceptions it throws are logged and
 * otherwise ignored, so a broken notifier never stops a sync.
 */
@FunctionalInterface
public interface FailureNotifier {
    /** A record failed; it will be retried on the next run. */
    void recordFailed(RecordResult result);

    /** A flow stopped early (a read failed or the run was interrupted); the default does nothing. */
    default void flowFailed(FlowReport report) {
    }

    /** The notifier that does nothing. */
    static FailureNotifier none() {
        return result -> {
        };
    }
}
