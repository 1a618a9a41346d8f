package dev.ledgerbridge.sync.report;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What a run of the engine did, one {@link FlowReport} per flow in run order. Its size does not grow with the number
 * of records: each flow's report keeps counts, the first failures and a bounded sample (see {@link FlowReport});
 * every single result goes to the {@link dev.ledgerbridge.sync.SyncListener} and the activity log.
 *
 * @param runId  the run's id, also found in the activity log
 * @param dryRun true when nothing was written
 * @param flows  the flows' reports
 */
public record SyncReport(String runId, boolean dryRun, List<FlowReport> flows) {
    /** Copies the list. */
    public SyncReport {
        flows = List.copyOf(flows);
    }

    /**
     * The report of the named flow.
     *
     * @throws NoSuchElementException if no flow of that name ran
     */
    public FlowReport flow(String name) {
        return flows.stream().filter(f -> f.flow().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No flow named '" + name + "' in this report"));
    }

    /** True when every flow succeeded. */
    public boolean succeeded() {
        return flows.stream().allMatch(FlowReport::succeeded);
    }

    /** Total records with the action over all flows. */
    public int count(Action action) {
        return flows.stream().mapToInt(f -> f.count(action)).sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sync run ").append(runId).append(dryRun ? " (dry run)" : "");
        flows.forEach(f -> sb.append("\n  ").append(f));
        return sb.toString();
    }
}
