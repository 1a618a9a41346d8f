package dev.ledgerbridge.sync.report;

import dev.ledgerbridge.sync.state.ParkedRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one flow did in one run.
 *
 * @param flow        the flow's name
 * @param direction   e.g. {@code AccountView -> BuchhaltungsButler}
 * @param dryRun      true when nothing was written and the actions are planned ones
 * @param read        records read from the source
 * @param results     one result per record (flattened variants: one per variant), in processing order
 * @param flowError   why the flow stopped early (a read failed, the run was interrupted), if it did
 * @param notes       remarks about the whole flow (e.g. stock not written because the target does not manage it)
 * @param duration    how long the flow ran
 * @param parked      the records that failed in this run, as parked for retry on later runs (attempts, failing
 *                    since)
 */
public record FlowReport(String flow, String direction, boolean dryRun, int read, List<RecordResult> results,
                         Optional<String> flowError, List<String> notes, Duration duration,
                         List<ParkedRecord> parked) {
    /** Copies the lists. */
    public FlowReport {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
        parked = List.copyOf(parked);
    }

    /** A report without parked records (a dry run, or a flow that parks nothing). */
    public FlowReport(String flow, String direction, boolean dryRun, int read, List<RecordResult> results,
                      Optional<String> flowError, List<String> notes, Duration duration) {
        this(flow, direction, dryRun, read, results, flowError, notes, duration, List.of());
    }

    /** The results with the given action. */
    public List<RecordResult> withAction(Action action) {
        return results.stream().filter(r -> r.action() == action).toList();
    }

    /** How many results have the given action. */
    public int count(Action action) {
        return (int) results.stream().filter(r -> r.action() == action).count();
    }

    /** Records created (or planned to be). */
    public List<RecordResult> created() {
        return withAction(Action.CREATED);
    }

    /** Records updated (or planned to be). */
    public List<RecordResult> updated() {
        return withAction(Action.UPDATED);
    }

    /** Records already up to date. */
    public List<RecordResult> unchanged() {
        return withAction(Action.UNCHANGED);
    }

    /** Records deliberately not written. */
    public List<RecordResult> skipped() {
        return withAction(Action.SKIPPED);
    }

    /** Records that failed, with reasons. */
    public List<RecordResult> failed() {
        return withAction(Action.FAILED);
    }

    /** The result for a source id, if there is one. */
    public Optional<RecordResult> result(String sourceId) {
        return results.stream().filter(r -> r.sourceId().equals(sourceId)).findFirst();
    }

    /** True when no record failed and the flow ran to its end. */
    public boolean succeeded() {
        return flowError.isEmpty() && count(Action.FAILED) == 0;
    }

    @Override
    public String toString() {
        return flow + " (" + direction + (dryRun ? ", dry run" : "") + "): read " + read + ", created "
                + count(Action.CREATED) + ", updated " + count(Action.UPDATED) + ", unchanged "
                + count(Action.UNCHANGED) + ", skipped " + count(Action.SKIPPED) + ", failed "
                + count(Action.FAILED) + flowError.map(e -> ", stopped: " + e).orElse("");
    }
}
