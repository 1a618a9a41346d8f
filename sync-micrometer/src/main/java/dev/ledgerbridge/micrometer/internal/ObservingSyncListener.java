package dev.ledgerbridge.micrometer.internal;

import dev.ledgerbridge.micrometer.ObservationNames;
import dev.ledgerbridge.micrometer.SyncRunContext;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.state.StateStore;
import io.micrometer.observation.Observation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the engine's progress into observations: a {@value ObservationNames#SYNC_RUN} per flow run and the record
 * outcomes as events ({@link RecordBatches}). Runs are kept by flow name from start to end; a flow that starts again
 * while its previous run never reported its end (it threw) closes that one as abandoned, so at most one run per flow is
 * open. Thread-safe.
 */
public final class ObservingSyncListener implements SyncListener {
    private final ObservationFactory factory;
    private final StateStore stateStore;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /**
     * @param factory    creates the observations
     * @param stateStore where the exact backlog is counted, or null to take it from the report
     */
    public ObservingSyncListener(ObservationFactory factory, StateStore stateStore) {
        this.factory = factory;
        this.stateStore = stateStore;
    }

    @Override
    public void flowStarted(String flow, String direction) {
        SyncRunContext context = new SyncRunContext(factory.tenant(), flow, direction);
        Observation observation = factory.create(ObservationNames.SYNC_RUN, () -> context)
                .lowCardinalityKeyValue(ObservationNames.FLOW, flow)
                .lowCardinalityKeyValue(ObservationNames.DIRECTION, direction)
                .start();
        // a registry without handlers makes no-op observations: then track nothing, so records cost a map lookup
        Run previous = observation.isNoop() ? runs.remove(flow) : runs.put(flow, new Run(observation, context,
                new RecordBatches(factory, observation, flow, direction)));
        if (previous != null) {
            previous.abandon();
        }
    }

    @Override
    public void recordDone(RecordResult result) {
        Run run = runs.get(result.flow());
        if (run != null) {
            run.records.record(result.action());
        }
    }

    @Override
    public void flowFinished(FlowReport report) {
        Run run = runs.remove(report.flow());
        if (run == null) {
            return;
        }
        run.records.close();
        run.context.ended(report, backlog(report));
        run.observation.lowCardinalityKeyValue(ObservationNames.OUTCOME, outcome(report))
                .highCardinalityKeyValue(ObservationNames.BACKLOG, Long.toString(run.context.backlog().orElse(0)));
        if (report.flowError().isPresent()) {
            run.observation.error(new FlowStoppedException(report.flow(), "stopped early"));
        }
        run.observation.stop();
    }

    private long backlog(FlowReport report) {
        return stateStore == null ? report.parked().size() : stateStore.parked(report.flow()).size();
    }

    private static String outcome(FlowReport report) {
        if (report.flowError().isPresent()) {
            return ObservationNames.RUN_STOPPED;
        }
        return report.succeeded() ? ObservationNames.RUN_SUCCESS : ObservationNames.RUN_PARTIAL;
    }

    /** A run from start to end. */
    private record Run(Observation observation, SyncRunContext context, RecordBatches records) {
        void abandon() {
            records.close();
            observation.lowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.RUN_ABANDONED);
            observation.error(new FlowStoppedException(context.flow(), "never reported its end"));
            observation.stop();
        }
    }
}
