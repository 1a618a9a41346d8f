package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.report.FlowReport;
import java.util.List;

/**
 * One flow of records from a source connector to a target connector. The engine first asks every flow for
 * {@link #configurationProblems} and runs none if any flow has one.
 */
public interface SyncFlow {
    /** The flow's name; unique per state store, it keys links, cursors and the lock. */
    String name();

    /** Source and target, e.g. {@code AccountView -> BuchhaltungsButler}. */
    String direction();

    /**
     * What stops this flow from working with these settings and connectors, e.g. "BuchhaltungsButler's API has
     * no products"; empty when it can run.
     */
    List<String> configurationProblems(Settings settings);

    /**
     * Runs the flow. Never throws for a single record: failures are reported per record. May throw
     * {@link Error}s and exceptions from the state store, which stop the run.
     */
    FlowReport run(RunContext context);
}
