package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.Link;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow's run: collects results, tells the listener and notifier, writes the activity log (redacted) and
 * saves links. Thread-safe.
 */
public final class FlowRun {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRun.class);
    /** Cursor name of the change cursor. */
    public static final String CHANGES = "changes";
    /** Cursor name of the run checkpoint. */
    public static final String CHECKPOINT = "checkpoint";

    private final String flow;
    private final String direction;
    private final RunContext context;
    private final long startNanos;
    private final AtomicInteger read = new AtomicInteger();
    private final List<RecordResult> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private volatile String flowError;

    /** Starts a run and records the checkpoint; notes an earlier interrupted run. */
    public FlowRun(String flow, String direction, RunContext context) {
        this.flow = flow;
        this.direction = direction;
        this.context = context;
        this.startNanos = context.settings().timeSource().nanoTime();
        context.listener().flowStarted(flow, direction);
        if (!dryRun()) {
            context.stateStore().cursor(flow, CHECKPOINT).filter(c -> c.startsWith("running "))
                    .ifPresent(c -> note("the previous run (" + c.substring(8) + ") did not finish; records "
                            + "without a link are looked up in the target before anything is written"));
            context.stateStore().saveCursor(flow, CHECKPOINT, "running " + context.runId() + " since "
                    + context.settings().timeSource().now());
        }
    }

    /** True in a dry run. */
    public boolean dryRun() {
        return context.settings().dryRun();
    }

    /** The run context. */
    public RunContext context() {
        return context;
    }

    /** Counts a record read from the source. */
    public void countRead() {
        read.incrementAndGet();
    }

    /** Adds a remark about the whole flow. */
    public synchronized void note(String note) {
        notes.add(note);
    }

    /** Marks the flow as stopped early. */
    public void stop(String reason) {
        this.flowError = reason;
    }

    /** True when no record failed and the flow was not stopped. */
    public synchronized boolean clean() {
        return flowError == null && results.stream().noneMatch(r -> r.action() == Action.FAILED);
    }

    /** Saves a link right after a successful write (not in a dry run). */
    public void saveLink(String sourceId, String targetId, String hash) {
        if (!dryRun()) {
            context.stateStore().saveLink(new Link(flow, sourceId, targetId, hash,
                    context.settings().timeSource().now()));
        }
    }

    /** Records a success (created, updated, unchanged, skipped). */
    public void done(String sourceId, String targetId, Action action, String reason, List<String> recordNotes,
                     Collection<String> personal) {
        record(new RecordResult(flow, sourceId, Optional.ofNullable(targetId), action, Optional.ofNullable(reason),
                recordNotes), personal);
    }

    /** Records a failure. */
    public void failed(String sourceId, String targetId, String reason, List<String> recordNotes,
                       Collection<String> personal) {
        RecordResult result = new RecordResult(flow, sourceId, Optional.ofNullable(targetId), Action.FAILED,
                Optional.of(reason), recordNotes);
        record(result, personal);
        try {
            context.notifier().recordFailed(result);
        } catch (RuntimeException e) {
            LOG.warn("Failure notifier threw {} for {} {}", e.getClass().getSimpleName(), flow, sourceId);
        }
    }

    private void record(RecordResult result, Collection<String> personal) {
        synchronized (this) {
            results.add(result);
        }
        if (!dryRun()) {
            String reason = result.reason().orElse(null);
            if (context.settings().redactPersonalData()) {
                reason = Redactor.redact(reason, personal);
            }
            context.activityLog().append(new ActivityEvent(context.settings().timeSource().now(), context.runId(),
                    flow, direction, result.sourceId(), result.targetId().orElse(null), result.action(), reason));
        }
        context.listener().recordDone(result);
    }

    /** Ends the run: saves the checkpoint, builds the report, tells the listener (and the notifier if stopped). */
    public FlowReport finish() {
        if (!dryRun() && flowError == null) {
            context.stateStore().saveCursor(flow, CHECKPOINT, "finished " + context.runId() + " at "
                    + context.settings().timeSource().now());
        }
        FlowReport report;
        synchronized (this) {
            report = new FlowReport(flow, direction, dryRun(), read.get(), results, Optional.ofNullable(flowError),
                    notes, Duration.ofNanos(context.settings().timeSource().nanoTime() - startNanos));
        }
        context.listener().flowFinished(report);
        if (flowError != null) {
            try {
                context.notifier().flowFailed(report);
            } catch (RuntimeException e) {
                LOG.warn("Failure notifier threw {} for flow {}", e.getClass().getSimpleName(), flow);
            }
        }
        return report;
    }

    /** A readable reason from an exception. */
    public static String reasonOf(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
