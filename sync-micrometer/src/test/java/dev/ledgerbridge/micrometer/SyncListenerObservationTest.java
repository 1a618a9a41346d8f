package dev.ledgerbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The listener's edges, driven as the engine drives it: large and concurrent runs, flows that stop early and flows that
 * never report their end.
 */
class SyncListenerObservationTest {
    private static final String FLOW = "customers";
    private static final String DIRECTION = "AccountView -> BuchhaltungsButler";

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final EventCounter events = new EventCounter();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private final SyncListener listener;

    SyncListenerObservationTest() {
        registry.observationConfig().observationHandler(events).observationHandler(new StoppedContexts(stopped));
        listener = LedgerbridgeObservations.builder().registry(registry).build().syncListener();
    }

    private static RecordResult result(int i, Action action) {
        return new RecordResult(FLOW, "src-" + i, Optional.empty(), action,
                action == Action.FAILED || action == Action.SKIPPED ? Optional.of("because") : Optional.empty(),
                List.of());
    }

    private long stoppedNamed(String name) {
        return stopped.stream().filter(c -> c.getName().equals(name)).count();
    }

    @Test
    void recordsFromSeveralThreadsAreAllCountedInBoundedBatches() throws Exception {
        int perThread = 1_250;
        listener.flowStarted(FLOW, DIRECTION);
        FlowReport.Builder report = FlowReport.builder().flow(FLOW).direction(DIRECTION);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Action action = t < 2 ? Action.UNCHANGED : Action.UPDATED;
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    listener.recordDone(result(thread * perThread + i, action));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (int i = 0; i < 2 * perThread; i++) {
            report.add(result(i, Action.UNCHANGED));
            report.add(result(i, Action.UPDATED));
        }
        listener.flowFinished(report.read(4 * perThread).build());

        assertEquals(2 * perThread, events.count("ledgerbridge.sync.records.processed", "unchanged"));
        assertEquals(2 * perThread, events.count("ledgerbridge.sync.records.processed", "updated"));
        // 2500 events per outcome in batches of at most 1000: 3 batches each, all closed by the end of the run
        assertEquals(6, stoppedNamed(ObservationNames.SYNC_RECORDS));
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ObservationNames.SYNC_RECORDS, 6)
                .hasObservationWithNameEqualTo(ObservationNames.SYNC_RUN).that()
                .hasLowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.RUN_SUCCESS)
                .hasBeenStopped();
    }

    @Test
    void aFlowThatStoppedEarlyIsStoppedWithAnErrorNamingOnlyTheFlow() {
        listener.flowStarted(FLOW, DIRECTION);
        listener.recordDone(result(1, Action.CREATED));
        listener.flowFinished(FlowReport.builder().flow(FLOW).direction(DIRECTION).read(1).add(result(1, Action.CREATED))
                .flowError("reading AR1 failed: HTTP 500 from server with secret-ish text").build());

        assertThat(registry).hasObservationWithNameEqualTo(ObservationNames.SYNC_RUN).that()
                .hasLowCardinalityKeyValue(ObservationNames.OUTCOME, ObservationNames.RUN_STOPPED)
                .hasHighCardinalityKeyValue(ObservationNames.BACKLOG, "0");
        Throwable error = stopped.stream().filter(c -> c instanceof SyncRunContext).findFirst().orElseThrow()
                .getError();
        assertNotNull(error);
        assertEquals("flow customers stopped early; its report says why", error.getMessage());
    }

    @Test
    void aRunThatNeverReportedItsEndIsClosedAsAbandonedWhenTheFlowStartsAgain() {
        listener.flowStarted(FLOW, DIRECTION);
        listener.recordDone(result(1, Action.FAILED));
        // the engine threw: no flowFinished; the next run of the flow starts
        listener.flowStarted(FLOW, DIRECTION);
        listener.recordDone(result(1, Action.CREATED));
        listener.flowFinished(FlowReport.builder().flow(FLOW).direction(DIRECTION).read(1)
                .add(result(1, Action.CREATED)).build());

        List<String> runs = stopped.stream().filter(c -> c instanceof SyncRunContext)
                .map(c -> c.getLowCardinalityKeyValue(ObservationNames.OUTCOME).getValue()).toList();
        assertEquals(List.of(ObservationNames.RUN_ABANDONED, ObservationNames.RUN_SUCCESS), runs);
        SyncRunContext abandoned = (SyncRunContext) stopped.stream().filter(c -> c instanceof SyncRunContext)
                .findFirst().orElseThrow();
        assertEquals(Optional.empty(), abandoned.report());
        assertInstanceOf(RuntimeException.class, abandoned.getError());
        assertEquals(2, stoppedNamed(ObservationNames.SYNC_RECORDS), "the abandoned run's batch was closed too");
        assertEquals(1, events.count("ledgerbridge.sync.records.processed", "failed"));
    }

    @Test
    void aRegistryWithoutHandlersTracksNoRunAndSeesNothing() {
        io.micrometer.observation.ObservationRegistry bare = io.micrometer.observation.ObservationRegistry.create();
        SyncListener quiet = LedgerbridgeObservations.builder().registry(bare).build().syncListener();

        quiet.flowStarted(FLOW, DIRECTION);
        quiet.recordDone(result(1, Action.CREATED));
        quiet.flowFinished(FlowReport.builder().flow(FLOW).direction(DIRECTION).read(1).add(result(1, Action.CREATED))
                .build());
        // handlers added later (as a framework may) see the next run
        bare.observationConfig().observationHandler(new StoppedContexts(stopped));
        quiet.flowStarted(FLOW, DIRECTION);
        quiet.flowFinished(FlowReport.builder().flow(FLOW).direction(DIRECTION).build());

        assertEquals(List.of(ObservationNames.SYNC_RUN), stopped.stream().map(Observation.Context::getName).toList());
    }

    @Test
    void aResultOfAFlowThatWasNotStartedIsIgnored() {
        listener.recordDone(result(1, Action.CREATED));
        listener.flowFinished(FlowReport.builder().flow(FLOW).direction(DIRECTION).build());

        assertThat(registry).doesNotHaveAnyObservation();
    }
}
