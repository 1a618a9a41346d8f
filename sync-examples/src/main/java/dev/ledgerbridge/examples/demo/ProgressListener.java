package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prints one compact line per flow when it finishes; on an interactive console it also keeps a live counter on
 * that line while the flow runs. Engine callbacks may come from several threads (flow concurrency), hence the
 * synchronisation.
 */
public final class ProgressListener implements SyncListener {

    private static final int LIVE_EVERY = 10;

    private final PrintStream out;
    private final boolean live;
    private final Map<Action, Integer> counts = new EnumMap<>(Action.class);
    private String flow = "";
    private int done;

    /**
     * Creates a listener.
     *
     * @param out  where to print
     * @param live whether to redraw a live counter with carriage returns (only sensible on a terminal)
     */
    public ProgressListener(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void flowStarted(String flow, String direction) {
        this.flow = flow;
        this.done = 0;
        counts.clear();
        if (live) {
            out.print("  " + flow + " ...");
            out.flush();
        }
    }

    @Override
    public synchronized void recordDone(RecordResult result) {
        done++;
        counts.merge(result.action(), 1, Integer::sum);
        if (live && done % LIVE_EVERY == 0) {
            out.print("\r  " + flow + " ... " + done + " records " + tally(counts));
            out.flush();
        }
    }

    @Override
    public synchronized void flowFinished(FlowReport report) {
        if (live) {
            out.print("\r\033[K");
        }
        Map<Action, Integer> finalCounts = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            finalCounts.put(a, report.count(a));
        }
        out.printf("  %-44s read %4d  %s  %5d ms%s%n", report.flow(), report.read(), tally(finalCounts),
                report.duration().toMillis(), report.flowError().map(e -> "  STOPPED: " + e).orElse(""));
    }

    private static String tally(Map<Action, Integer> counts) {
        return String.format("+%-4d ~%-4d =%-4d >%-3d !%-3d", counts.getOrDefault(Action.CREATED, 0),
                counts.getOrDefault(Action.UPDATED, 0), counts.getOrDefault(Action.UNCHANGED, 0),
                counts.getOrDefault(Action.SKIPPED, 0), counts.getOrDefault(Action.FAILED, 0));
    }
}
