package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.sync.state.Link;
import dev.ledgerbridge.sync.state.ParkedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow's run: counts results into a bounded report (see {@link FlowReport}), streams every result to the
 * listener and the activity log (redacted), tells the notifier, saves links and keeps the parked set: a failing record is parked (attempts, first and last failure) at once, escalated
 * to the notifier when it has failed {@code Settings.escalateAfterFailures} runs in a row, and unparked at the end
 * of a run in which it was processed without failure. Thread-safe.
 *
 * <p>Memory: nothing is kept per processed record except for failing ones (their parked state, and the id of each
 * beyond {@link FlowReport#FAILURES_KEPT}, to count a record with several failing items as one attempt).
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
    private final FlowReport.Builder report;
    private final Instant startedAt;
    private final Map<String, ParkedRecord> parkedBefore = new LinkedHashMap<>();
    private final Set<String> seenParked = ConcurrentHashMap.newKeySet();
    private final Map<String, ParkedRecord> parkedNow = new ConcurrentHashMap<>();
    private final Set<String> parkedBeyondReport = ConcurrentHashMap.newKeySet();
    private volatile String flowError;
    private int failed;

    /** Starts a run and records the checkpoint; notes an earlier interrupted run. */
    public FlowRun(String flow, String direction, RunContext context) {
        this.flow = flow;
        this.direction = direction;
        this.context = context;
        this.startNanos = context.settings().timeSource().nanoTime();
        this.startedAt = context.settings().timeSource().now();
        this.report = FlowReport.builder().flow(flow).direction(direction).dryRun(dryRun());
        context.listener().flowStarted(flow, direction);
        if (!dryRun()) {
            context.stateStore().parked(flow).forEach(p -> parkedBefore.put(p.sourceId(), p));
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
        report.note(note);
    }

    /** Marks the flow as stopped early. */
    public void stop(String reason) {
        this.flowError = reason;
    }

    /** When this run started. */
    public Instant startedAt() {
        return startedAt;
    }

    /** True when the flow was stopped early. */
    public boolean stopped() {
        return flowError != null;
    }

    /** Notes that a source record was read in this run (so a parked one is not read again by id). */
    public void seen(String recordId) {
        if (parkedBefore.containsKey(recordId)) {
            seenParked.add(recordId);
        }
    }

    /** Parked records of earlier runs that this run has not read (yet). */
    public Set<String> parkedNotSeen() {
        Set<String> ids = new HashSet<>(parkedBefore.keySet());
        ids.removeAll(seenParked);
        return ids;
    }

    /** Unparks the records of {@code ids} that the source did not return when read by id (they are gone). */
    public void unparkMissing(Set<String> ids, String sourceName) {
        for (String id : ids) {
            if (!seenParked.contains(id) && !dryRun()) {
                context.stateStore().unpark(flow, id);
                note("parked record " + id + " is no longer in " + sourceName + "; dropped from the retry set");
            }
        }
    }

    /** True when no record failed and the flow was not stopped. */
    public synchronized boolean clean() {
        return flowError == null && failed == 0;
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

    /** Records a failure of a record that is not split into several items. */
    public void failed(String sourceId, String targetId, String reason, List<String> recordNotes,
                       Collection<String> personal) {
        failed(sourceId, sourceId, targetId, reason, recordNotes, personal);
    }

    /**
     * Records a failure and parks the source record; tells the notifier when the record has now failed
     * {@code Settings.escalateAfterFailures} runs in a row.
     *
     * @param recordId the source record's id (what is read again by id when retried)
     * @param sourceId the id of the failed item (a flattened variant's {@code productId/variantSku})
     */
    public void failed(String recordId, String sourceId, String targetId, String reason, List<String> recordNotes,
                       Collection<String> personal) {
        String bounded = Reasons.bounded(reason);
        ParkedRecord parked = park(recordId, redacted(bounded, personal));
        String shown = parked != null && parked.attempts() > 1
                ? bounded + " (failing since " + parked.firstFailure() + ", " + parked.attempts() + " runs)" : bounded;
        RecordResult result = new RecordResult(flow, sourceId, Optional.ofNullable(targetId), Action.FAILED,
                Optional.of(shown), recordNotes);
        record(result, personal);
        int escalate = context.settings().escalateAfterFailures();
        if (parked == null ? escalate <= 1 : parked.attempts() == escalate) {
            try {
                context.notifier().recordFailed(result);
            } catch (RuntimeException e) {
                LOG.warn("Failure notifier threw {} for {} {}", e.getClass().getSimpleName(), flow, sourceId);
            }
        }
    }

    /**
     * Parks a record once per run (several failing items count as one attempt); null in a dry run, and for a second
     * failing item of a record beyond the report's {@link FlowReport#FAILURES_KEPT} (only its id is kept).
     */
    private synchronized ParkedRecord park(String recordId, String reason) {
        if (dryRun() || parkedBeyondReport.contains(recordId)) {
            return null;
        }
        ParkedRecord known = parkedNow.get(recordId);
        if (known != null) {
            return known;
        }
        ParkedRecord parked = context.stateStore().park(flow, recordId, reason, context.settings().timeSource().now());
        if (parkedNow.size() < FlowReport.FAILURES_KEPT) {
            parkedNow.put(recordId, parked);
        } else {
            parkedBeyondReport.add(recordId);
        }
        return parked;
    }

    private boolean parkedInThisRun(String recordId) {
        return parkedNow.containsKey(recordId) || parkedBeyondReport.contains(recordId);
    }

    private String redacted(String reason, Collection<String> personal) {
        return context.settings().redactPersonalData() ? Redactor.redact(reason, personal) : reason;
    }

    private void record(RecordResult result, Collection<String> personal) {
        synchronized (this) {
            report.add(result);
            if (result.action() == Action.FAILED) {
                failed++;
            }
        }
        if (!dryRun()) {
            String reason = Reasons.bounded(result.reason().orElse(null));
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
        if (!dryRun()) {
            for (String id : seenParked) {
                if (!parkedInThisRun(id)) {
                    context.stateStore().unpark(flow, id);
                }
            }
        }
        if (!dryRun() && flowError == null) {
            context.stateStore().saveCursor(flow, CHECKPOINT, "finished " + context.runId() + " at "
                    + context.settings().timeSource().now());
        }
        FlowReport report;
        synchronized (this) {
            report = this.report.read(read.get()).flowError(flowError)
                    .duration(Duration.ofNanos(context.settings().timeSource().nanoTime() - startNanos))
                    .parked(List.copyOf(parkedNow.values())).build();
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
