package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.report.FlowReport;
import java.util.List;
import java.util.Optional;

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
     * The flow's own settings, which replace the engine's for this flow's records (see {@link Settings} for the
     * engine-wide ones, which stay the engine's); empty, the default: the engine's.
     */
    default Optional<Settings> settings() {
        return Optional.empty();
    }

    /**
     * What stops this flow from working with these settings and connectors, e.g. "BuchhaltungsButler's API has
     * no products"; empty when it can run.
     *
     * @param settings the settings the flow's records will be handled with: the engine passes the flow's own
     *                 {@link #settings()} (with the engine-wide ones of the engine), else its own
     */
    List<String> configurationProblems(Settings settings);

    /**
     * Runs the flow. Never throws for a single record: failures are reported per record. May throw
     * {@link Error}s and exceptions from the state store, which stop the run.
     */
    FlowReport run(RunContext context);
}
