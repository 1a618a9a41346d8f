package dev.ledgerbridge.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;

/** Keeps every stopped observation's context, in order, to count them (TestObservationRegistry asserts, not counts). */
final class StoppedContexts implements ObservationHandler<Observation.Context> {
    private final List<Observation.Context> stopped;

    StoppedContexts(List<Observation.Context> stopped) {
        this.stopped = stopped;
    }

    @Override
    public void onStop(Observation.Context context) {
        stopped.add(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }
}
