package dev.ledgerbridge.sync.report;

import dev.ledgerbridge.sync.state.ParkedRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one flow did in one run: counts per {@link Action}, the failures and a bounded sample of the other results.
 *
 * <p>The report's size does not grow with the number of records, so a run over millions of records fits in a small
 * heap: it keeps the first {@link #FAILURES_KEPT} failures (and as many parked records) and the first
 * {@link #SAMPLE_PER_ACTION} results of every other action, in processing order; {@link #count(Action)} counts
 * all of them. Every result goes to {@link dev.ledgerbridge.sync.SyncListener#recordDone} and, outside a dry run,
 * to the activity log: use a listener to see (or collect) every one.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} (the engine does).
 */
public final class FlowReport {
    /** How many failures (and parked records) a report keeps; {@link #count(Action)} counts all of them. */
    public static final int FAILURES_KEPT = 1_000;
    /** How many results of each action other than {@link Action#FAILED} a report keeps as its sample. */
    public static final int SAMPLE_PER_ACTION = 100;

    private final String flow;
    private final String direction;
    private final boolean dryRun;
    private final int read;
    private final Map<Action, Integer> counts;
    private final List<RecordResult> failures;
    private final List<RecordResult> sample;
    private final String flowError;
    private final List<String> notes;
    private final Duration duration;
    private final List<ParkedRecord> parked;

    private FlowReport(Builder b) {
        this.flow = b.flow;
        this.direction = b.direction;
        this.dryRun = b.dryRun;
        this.read = b.read;
        this.counts = new EnumMap<>(b.counts);
        this.failures = List.copyOf(b.failures);
        this.sample = List.copyOf(b.sample);
        this.flowError = b.flowError;
        this.notes = List.copyOf(b.notes);
        this.duration = b.duration;
        this.parked = List.copyOf(b.parked);
    }

    /** A builder for a report. Not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this report's values (its kept results, counts included). */
    public Builder toBuilder() {
        Builder b = new Builder().flow(flow).direction(direction).dryRun(dryRun).read(read).flowError(flowError)
                .notes(notes).duration(duration).parked(parked);
        b.counts.putAll(counts);
        b.failures.addAll(failures);
        b.sample.addAll(sample);
        return b;
    }

    /** The flow's name. */
    public String flow() {
        return flow;
    }

    /** The direction, e.g. {@code AccountView -> BuchhaltungsButler}. */
    public String direction() {
        return direction;
    }

    /** True when nothing was written and the actions are planned ones. */
    public boolean dryRun() {
        return dryRun;
    }

    /** Records read from the source. */
    public int read() {
        return read;
    }

    /** How many results (flattened variants: one per variant) have the given action; every one is counted. */
    public int count(Action action) {
        return counts.getOrDefault(Objects.requireNonNull(action, "action"), 0);
    }

    /**
     * The first {@link #FAILURES_KEPT} failed results, in processing order, with reasons. When
     * {@code count(Action.FAILED)} is larger, the rest went only to the listener, the activity log and the parked
     * set of the state store.
     */
    public List<RecordResult> failures() {
        return failures;
    }

    /**
     * A sample of the results that did not fail: the first {@link #SAMPLE_PER_ACTION} of each action, in processing
     * order. Not every result: {@link #count(Action)} has the totals, a listener sees them all.
     */
    public List<RecordResult> sample() {
        return sample;
    }

    /**
     * The result for a source id among the kept ones ({@link #failures()} and {@link #sample()}); empty when the
     * record was not processed or its result was not kept.
     */
    public Optional<RecordResult> findResult(String sourceId) {
        Objects.requireNonNull(sourceId, "sourceId");
        return failures.stream().filter(r -> r.sourceId().equals(sourceId)).findFirst()
                .or(() -> sample.stream().filter(r -> r.sourceId().equals(sourceId)).findFirst());
    }

    /** Why the flow stopped early (a read failed, the run was interrupted), if it did. */
    public Optional<String> flowError() {
        return Optional.ofNullable(flowError);
    }

    /** Remarks about the whole flow (e.g. stock not written because the target does not manage it). */
    public List<String> notes() {
        return notes;
    }

    /** How long the flow ran. */
    public Duration duration() {
        return duration;
    }

    /**
     * The records that failed in this run as parked for retry on later runs (attempts, failing since): the first
     * {@link #FAILURES_KEPT}; the state store has all of them.
     */
    public List<ParkedRecord> parked() {
        return parked;
    }

    /** True when no record failed and the flow ran to its end. */
    public boolean succeeded() {
        return flowError == null && count(Action.FAILED) == 0;
    }

    @Override
    public String toString() {
        return flow + " (" + direction + (dryRun ? ", dry run" : "") + "): read " + read + ", created "
                + count(Action.CREATED) + ", updated " + count(Action.UPDATED) + ", unchanged "
                + count(Action.UNCHANGED) + ", skipped " + count(Action.SKIPPED) + ", failed "
                + count(Action.FAILED) + (flowError == null ? "" : ", stopped: " + flowError);
    }

    /** Builds a {@link FlowReport}; {@link #flow} and {@link #direction} are required. Not thread-safe. */
    public static final class Builder {
        private final Map<Action, Integer> counts = new EnumMap<>(Action.class);
        private final List<RecordResult> failures = new ArrayList<>();
        private final List<RecordResult> sample = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ParkedRecord> parked = new ArrayList<>();
        private String flow;
        private String direction;
        private boolean dryRun;
        private int read;
        private String flowError;
        private Duration duration = Duration.ZERO;

        private Builder() {
        }

        /** The flow's name (required). */
        public Builder flow(String value) {
            this.flow = Objects.requireNonNull(value, "flow");
            return this;
        }

        /** The direction, e.g. {@code A -> B} (required). */
        public Builder direction(String value) {
            this.direction = Objects.requireNonNull(value, "direction");
            return this;
        }

        /** Whether the run was a dry run (default false). */
        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        /**
         * Records read from the source (default 0).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder read(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("read must be >= 0, was " + value);
            }
            this.read = value;
            return this;
        }

        /**
         * Counts a result and keeps it when there is room: failures up to {@link #FAILURES_KEPT}, other actions up
         * to {@link #SAMPLE_PER_ACTION} each.
         */
        public Builder add(RecordResult result) {
            Objects.requireNonNull(result, "result");
            int before = counts.merge(result.action(), 1, Integer::sum) - 1;
            if (result.action() == Action.FAILED) {
                if (before < FAILURES_KEPT) {
                    failures.add(result);
                }
            } else if (before < SAMPLE_PER_ACTION) {
                sample.add(result);
            }
            return this;
        }

        /** Why the flow stopped early; null (the default) when it ran to its end. */
        public Builder flowError(String value) {
            this.flowError = value;
            return this;
        }

        /** Adds a remark about the whole flow. */
        public Builder note(String value) {
            notes.add(Objects.requireNonNull(value, "note"));
            return this;
        }

        /** Replaces the remarks about the whole flow. */
        public Builder notes(List<String> values) {
            notes.clear();
            values.forEach(this::note);
            return this;
        }

        /**
         * How long the flow ran (default zero).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder duration(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative, was " + value);
            }
            this.duration = value;
            return this;
        }

        /** The records parked in this run; only the first {@link #FAILURES_KEPT} are kept. */
        public Builder parked(List<ParkedRecord> values) {
            parked.clear();
            values.stream().limit(FAILURES_KEPT).forEach(p -> parked.add(Objects.requireNonNull(p, "parked")));
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when {@link #flow} or {@link #direction} was not set
         */
        public FlowReport build() {
            if (flow == null) {
                throw new IllegalStateException("flow(...) is required");
            }
            if (direction == null) {
                throw new IllegalStateException("direction(...) is required");
            }
            return new FlowReport(this);
        }
    }
}
