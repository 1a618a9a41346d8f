package dev.ledgerbridge.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events the way Micrometer's meter handler turns them into counters: by observation name, event name and the
 * observation's low-cardinality key values at the time of the event. TestObservationRegistry only says whether an
 * event happened, not how often.
 */
final class EventCounter implements ObservationHandler<Observation.Context> {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
        counts.merge(key(context.getName() + "." + event.getName(),
                context.getLowCardinalityKeyValue(ObservationNames.OUTCOME).getValue()), 1, Integer::sum);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    /** How many events of this counter name were signalled with this outcome key value. */
    int count(String counter, String outcome) {
        return counts.getOrDefault(key(counter, outcome), 0);
    }

    private static String key(String counter, String outcome) {
        return counter + "{" + outcome + "}";
    }
}
