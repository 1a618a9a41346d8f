package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.StateStore;
import java.util.Objects;

/**
 * What the engine hands a flow for one run. Created by {@link dev.ledgerbridge.sync.SyncEngine}; custom flows
 * only read it.
 */
public final class RunContext {
    private final String runId;
    private final Settings settings;
    private final StateStore stateStore;
    private final ActivityLog activityLog;
    private final SyncListener listener;
    private final FailureNotifier notifier;
    private final Runnable heartbeat;

    /**
     * A context.
     *
     * @param heartbeat called by flows between records; renews the flow lock and throws when the run must stop
     */
    public RunContext(String runId, Settings settings, StateStore stateStore, ActivityLog activityLog,
                      SyncListener listener, FailureNotifier notifier, Runnable heartbeat) {
        this.runId = Objects.requireNonNull(runId, "runId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stateStore = Objects.requireNonNull(stateStore, "stateStore");
        this.activityLog = Objects.requireNonNull(activityLog, "activityLog");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /** The run's id. */
    public String runId() {
        return runId;
    }

    /**
     * The settings for this flow's records: the flow's own ({@link SyncFlow#settings()}) with the engine-wide ones
     * of the engine, else the engine's.
     */
    public Settings settings() {
        return settings;
    }

    /** Where links, hashes and cursors are kept. */
    public StateStore stateStore() {
        return stateStore;
    }

    /** Where record outcomes are logged. */
    public ActivityLog activityLog() {
        return activityLog;
    }

    /** The progress listener. */
    public SyncListener listener() {
        return listener;
    }

    /** The failure notifier. */
    public FailureNotifier notifier() {
        return notifier;
    }

    /** Call between records: keeps the flow lock alive; throws when the lock was lost. */
    public void heartbeat() {
        heartbeat.run();
    }
}
