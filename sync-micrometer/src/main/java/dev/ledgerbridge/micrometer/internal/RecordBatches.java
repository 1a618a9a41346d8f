package dev.ledgerbridge.micrometer.internal;

import dev.ledgerbridge.micrometer.ObservationNames;
import dev.ledgerbridge.sync.report.Action;
import io.micrometer.observation.Observation;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The record outcomes of one flow run as events: one {@value ObservationNames#RECORD_EVENT} event per record on a
 * {@value ObservationNames#SYNC_RECORDS} observation per outcome, which is stopped and replaced after
 * {@link #EVENTS_PER_BATCH} events so that no trace span collects an unbounded number of annotations. Thread-safe:
 * records of one flow may be handled by several threads.
 */
final class RecordBatches {
    /** Events per batch observation: bounds what one span holds, costs one timer sample per this many records. */
    static final int EVENTS_PER_BATCH = 1_000;

    private static final Map<Action, Observation.Event> EVENTS = new EnumMap<>(Action.class);

    static {
        for (Action action : Action.values()) {
            EVENTS.put(action, Observation.Event.of(ObservationNames.RECORD_EVENT, outcome(action)));
        }
    }

    private final ObservationFactory factory;
    private final Observation run;
    private final String flow;
    private final String direction;
    private final Map<Action, Observation> open = new EnumMap<>(Action.class);
    private final Map<Action, Integer> events = new EnumMap<>(Action.class);

    RecordBatches(ObservationFactory factory, Observation run, String flow, String direction) {
        this.factory = factory;
        this.run = run;
        this.flow = flow;
        this.direction = direction;
    }

    /** The outcome key value of an action: its name in lower case. */
    static String outcome(Action action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /** Signals one record with this action. */
    synchronized void record(Action action) {
        Observation batch = open.get(action);
        if (batch == null) {
            batch = factory.create(ObservationNames.SYNC_RECORDS).parentObservation(run)
                    .lowCardinalityKeyValue(ObservationNames.FLOW, flow)
                    .lowCardinalityKeyValue(ObservationNames.DIRECTION, direction)
                    .lowCardinalityKeyValue(ObservationNames.OUTCOME, outcome(action))
                    .start();
            open.put(action, batch);
        }
        batch.event(EVENTS.get(action));
        if (events.merge(action, 1, Integer::sum) == EVENTS_PER_BATCH) {
            batch.stop();
            open.remove(action);
            events.remove(action);
        }
    }

    /** Stops the open batches at the end of the run. */
    synchronized void close() {
        open.values().forEach(Observation::stop);
        open.clear();
        events.clear();
    }
}
