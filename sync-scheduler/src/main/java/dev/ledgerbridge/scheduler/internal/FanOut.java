package dev.ledgerbridge.scheduler.internal;

import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several listeners or notifiers as one, since an engine takes one of each: alerts, metrics and the application's
 * own all hear every event, and one that throws never keeps the others from hearing it.
 */
public final class FanOut {
    private static final Logger LOG = LoggerFactory.getLogger(FanOut.class);

    private FanOut() {
    }

    /** One listener telling all of them, in order. */
    public static SyncListener listeners(List<SyncListener> all) {
        return new SyncListener() {
            @Override
            public void flowStarted(String flow, String direction) {
                each(all, l -> l.flowStarted(flow, direction));
            }

            @Override
            public void recordDone(RecordResult result) {
                each(all, l -> l.recordDone(result));
            }

            @Override
            public void flowFinished(FlowReport report) {
                each(all, l -> l.flowFinished(report));
            }
        };
    }

    /** One notifier telling all of them, in order. */
    public static FailureNotifier notifiers(List<FailureNotifier> all) {
        return new FailureNotifier() {
            @Override
            public void recordFailed(RecordResult result) {
                each(all, n -> n.recordFailed(result));
            }

            @Override
            public void flowFailed(FlowReport report) {
                each(all, n -> n.flowFailed(report));
            }
        };
    }

    private static <T> void each(List<T> all, Consumer<T> event) {
        for (T one : all) {
            try {
                event.accept(one);
            } catch (RuntimeException e) {
                LOG.warn("{} threw {}", one.getClass().getName(), e.toString());
            }
        }
    }
}
