package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;

/**
 * Told about failures, e.g. to send an e-mail or open a ticket. A failing record is parked and retried on every run;
 * it is reported here once, when it has failed {@code Settings.escalateAfterFailures} runs in a row (default 1: its
 * first failure), not again on every run. Exceptions a notifier throws are logged and otherwise ignored, so a
 * broken notifier never stops a sync.
 */
@FunctionalInterface
public interface FailureNotifier {
    /** A record has failed {@code Settings.escalateAfterFailures} runs in a row; it stays parked and is retried. */
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
