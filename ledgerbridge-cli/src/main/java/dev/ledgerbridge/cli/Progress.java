package dev.ledgerbridge.cli;

import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.RateLimit;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a run: on a terminal one line per flow that counts up as records are done, and a note when a
 * client waits for a rate limit; when piped, plain lines (one per finished flow, one per rate-limit wait of a
 * second or more), so that logs stay readable.
 */
final class Progress implements SyncListener, ClientObserver {
    private static final int LIVE_EVERY = 10;
    private static final Duration NOTEWORTHY_WAIT = Duration.ofSeconds(1);

    private final PrintWriter out;
    private final boolean live;
    private String flow = "";
    private int done;
    private int failed;

    Progress(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void flowStarted(String name, String direction) {
        flow = name;
        done = 0;
        failed = 0;
        if (live) {
            out.print("  " + name + " (" + direction + ") ...");
            out.flush();
        }
    }

    @Override
    public synchronized void recordDone(RecordResult result) {
        done++;
        if (result.action() == Action.FAILED) {
            failed++;
        }
        if (live && done % LIVE_EVERY == 0) {
            out.print("\r\033[K  " + flow + " ... " + done + " records" + (failed > 0 ? ", " + failed + " failed" : ""));
            out.flush();
        }
    }

    @Override
    public synchronized void flowFinished(FlowReport report) {
        if (live) {
            out.print("\r\033[K");
        }
        out.println(summary(report));
        out.flush();
    }

    static String summary(FlowReport r) {
        return String.format("  %-28s read %5d  created %4d  updated %4d  unchanged %5d  skipped %4d  failed %4d%s",
                r.flow(), r.read(), r.count(Action.CREATED), r.count(Action.UPDATED), r.count(Action.UNCHANGED),
                r.count(Action.SKIPPED), r.count(Action.FAILED),
                r.flowError().map(e -> "  STOPPED: " + e).orElse(""));
    }

    @Override
    public Step rateLimitWaitStarted(ApiRequest request, RateLimit limit, Duration wait) {
        if (wait.compareTo(NOTEWORTHY_WAIT) >= 0) {
            synchronized (this) {
                String note = "waiting " + wait.toSeconds() + " s for the rate limit (" + request.endpoint() + ")";
                if (live) {
                    out.print("\r\033[K  " + flow + " ... " + done + " records, " + note);
                } else {
                    out.println("  " + note);
                }
                out.flush();
            }
        }
        return Step.NONE;
    }
}
