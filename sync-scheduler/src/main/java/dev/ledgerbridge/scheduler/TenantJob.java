package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.SyncFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run of one tenant as the application's {@link TenantSyncFactory} built it: the flows in order, the engine
 * settings, and what to close when the run ends (clients). Immutable.
 */
public final class TenantJob {
    /** Most flows in one job. */
    public static final int MAX_FLOWS = 100;

    private final List<SyncFlow> flows;
    private final Settings settings;
    private final List<AutoCloseable> closeAfterRun;

    private TenantJob(Builder b) {
        this.flows = List.copyOf(b.flows);
        this.settings = b.settings;
        this.closeAfterRun = List.copyOf(b.closeAfterRun);
    }

    /** A builder; at least one flow is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The flows, run in this order. */
    public List<SyncFlow> flows() {
        return flows;
    }

    /** The engine settings of the run. */
    public Settings settings() {
        return settings;
    }

    /** What the scheduler closes after the run, in this order. */
    public List<AutoCloseable> closeAfterRun() {
        return closeAfterRun;
    }

    @Override
    public String toString() {
        return "TenantJob" + flows.stream().map(SyncFlow::name).toList();
    }

    /** Builds a {@link TenantJob}; not thread-safe. */
    public static final class Builder {
        private final List<SyncFlow> flows = new ArrayList<>();
        private Settings settings = Settings.builder().build();
        private final List<AutoCloseable> closeAfterRun = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a flow; flows run in the order added.
         *
         * @throws IllegalArgumentException for null or beyond {@value TenantJob#MAX_FLOWS} flows
         */
        public Builder flow(SyncFlow value) {
            if (value == null) {
                throw new IllegalArgumentException("flow = null: a flow is required");
            }
            if (flows.size() >= MAX_FLOWS) {
                throw new IllegalArgumentException("flow " + value.name() + ": at most " + MAX_FLOWS + " flows");
            }
            flows.add(value);
            return this;
        }

        /** Adds flows in order; see {@link #flow(SyncFlow)}. */
        public Builder flows(List<? extends SyncFlow> values) {
            Objects.requireNonNull(values, "flows").forEach(this::flow);
            return this;
        }

        /**
         * The engine settings; default {@code Settings.builder().build()}.
         *
         * @throws IllegalArgumentException for null
         */
        public Builder settings(Settings value) {
            if (value == null) {
                throw new IllegalArgumentException("settings = null: settings are required");
            }
            this.settings = value;
            return this;
        }

        /** Something to close when the run ends (a client, a connection); closed in the order given. */
        public Builder closeAfterRun(AutoCloseable value) {
            if (value == null) {
                throw new IllegalArgumentException("closeAfterRun = null");
            }
            closeAfterRun.add(value);
            return this;
        }

        /**
         * The job.
         *
         * @throws IllegalStateException when no flow was added
         */
        public TenantJob build() {
            if (flows.isEmpty()) {
                throw new IllegalStateException("at least one flow is required: call flow(...)");
            }
            return new TenantJob(this);
        }
    }
}
