package dev.ledgerbridge.examples.notifier;

import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom {@link FailureNotifier}: collects every failed record and every stopped flow into one digest, the way a
 * bookkeeper wants it by e-mail once per run instead of one alert per record. {@link #digest()} gives the text;
 * sending it (SMTP, Slack, a ticket) is up to you. Thread-safe: the engine may report from several threads.
 */
public final class DigestNotifier implements FailureNotifier {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void recordFailed(RecordResult result) {
        lines.add("- " + result.flow() + ", record " + result.sourceId() + ": " + result.reason().orElse("?"));
    }

    @Override
    public synchronized void flowFailed(FlowReport report) {
        lines.add("- flow " + report.flow() + " stopped: " + report.flowError().orElse("?"));
    }

    /**
     * The digest so far.
     *
     * @return a subject line and one line per failure, or empty when nothing failed
     */
    public synchronized String digest() {
        if (lines.isEmpty()) {
            return "";
        }
        return "LedgerBridge: " + lines.size() + " problem(s) need a look\n" + String.join("\n", lines);
    }

    /**
     * The failures so far.
     *
     * @return one entry per failure
     */
    public synchronized List<String> failures() {
        return List.copyOf(lines);
    }
}
