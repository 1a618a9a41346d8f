package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints one compact line per flow when it finishes; on an interactive console it also keeps a live counter on
 * that line while the flow runs. It also tallies the skip reasons and record notes of the run (messages that differ
 * only in ids count together) for {@link ReportPrinter}: the engine's report keeps only counts, failures and a
 * sample, so whatever is summed over every record is summed here, as the results stream past. Engine callbacks may
 * come from several threads (flow concurrency), hence the synchronisation.
 */
public final class ProgressListener implements SyncListener {

    private static final int LIVE_EVERY = 10;

    private final PrintStream out;
    private final boolean live;
    private final Map<Action, Integer> counts = new EnumMap<>(Action.class);
    private final Map<String, Long> skipReasons = new LinkedHashMap<>();
    private final Map<String, Long> recordNotes = new TreeMap<>();
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
        if (result.action() == Action.SKIPPED) {
            skipReasons.merge(result.flow() + ": " + generic(result.reason().orElse("skipped")), 1L, Long::sum);
        }
        result.notes().forEach(n -> recordNotes.merge(result.flow() + ": " + generic(n), 1L, Long::sum));
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

    /** Skip reasons of this listener's runs ({@code flow: reason}) with how many records each, first seen first. */
    public synchronized Map<String, Long> skipReasons() {
        return new LinkedHashMap<>(skipReasons);
    }

    /** Record notes of this listener's runs ({@code flow: note}) with how many records each, sorted. */
    public synchronized Map<String, Long> recordNotes() {
        return new TreeMap<>(recordNotes);
    }

    /** Ids in a message become "…", so that messages differing only in ids are counted together. */
    private static String generic(String message) {
        return message.replaceAll("(?<=order )\\d+|\\d{2,}", "…");
    }

    private static String tally(Map<Action, Integer> counts) {
        return String.format("+%-4d ~%-4d =%-4d >%-3d !%-3d", counts.getOrDefault(Action.CREATED, 0),
                counts.getOrDefault(Action.UPDATED, 0), counts.getOrDefault(Action.UNCHANGED, 0),
                counts.getOrDefault(Action.SKIPPED, 0), counts.getOrDefault(Action.FAILED, 0));
    }
}
