package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.ActivityLog;
import dev.ledgerbridge.sync.state.FlowLock;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs flows and reports what they did.
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder()
 *         .settings(Settings.builder().employeeNumber("42").build())
 *         .stateStore(JdbcStateStore.h2File(Path.of("state/ledgerbridge")))
 *         .build();
 * SyncReport report = engine.run(SyncFlows.customers(accountView, buchhaltungsButler).build());
 * }</pre>
 *
 * <p>Before anything is read, every flow's configuration is checked ({@link SyncConfigurationException}) and
 * every flow's lock is taken ({@link FlowLockedException}); flows then run one after another in the given
 * order. In a dry run nothing is written: no target, no state, no activity log, no locks.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Settings settings;
    private final StateStore stateStore;
    private final ActivityLog activityLog;
    private final SyncListener listener;
    private final FailureNotifier notifier;

    private SyncEngine(Builder b) {
        this.settings = b.settings;
        this.stateStore = b.stateStore;
        this.activityLog = b.activityLog;
        this.listener = b.listener;
        this.notifier = b.notifier;
    }

    /** A builder; a state store is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings this engine runs with: the engine-wide ones for every flow, the others for every flow without
     * settings of its own (see {@link Settings}).
     */
    public Settings settings() {
        return settings;
    }

    /** Runs the flows in order; see {@link #run(List)}. */
    public SyncReport run(SyncFlow... flows) {
        return run(List.of(flows));
    }

    /**
     * Runs the flows in order.
     *
     * @throws SyncConfigurationException if any flow cannot work with its connectors or these settings
     * @throws FlowLockedException        if another engine runs one of the flows on the same state
     */
    public SyncReport run(List<SyncFlow> flows) {
        checkConfiguration(flows);
        String runId = UUID.randomUUID().toString();
        List<FlowLock> locks = settings.dryRun() ? List.of() : lockAll(flows, runId);
        List<Heartbeat> heartbeats = locks.stream().map(Heartbeat::new).toList();
        ScheduledExecutorService renewer = heartbeats.isEmpty() ? null : startRenewer(heartbeats);
        List<FlowReport> reports = new ArrayList<>();
        try {
            for (SyncFlow flow : flows) {
                Heartbeat heartbeat = heartbeats.stream().filter(h -> h.flow().equals(flow.name())).findFirst()
                        .orElseGet(() -> new Heartbeat(null));
                RunContext context = new RunContext(runId, settingsOf(flow), stateStore, activityLog, listener,
                        notifier, heartbeat);
                FlowReport report = flow.run(context);
                LOG.info("{}", report);
                reports.add(report);
            }
        } finally {
            if (renewer != null) {
                stopWithoutInterrupt(renewer);
            }
            heartbeats.forEach(h -> h.lock().ifPresent(this::unlockQuietly));
        }
        if (!settings.dryRun()) {
            Instant cutoff = settings.timeSource().now().minus(settings.activityRetention());
            int purged = activityLog.purgeOlderThan(cutoff);
            LOG.debug("Purged {} activity events older than {}", purged, cutoff);
        }
        return new SyncReport(runId, settings.dryRun(), reports);
    }

    private void checkConfiguration(List<SyncFlow> flows) {
        Set<String> problems = new java.util.LinkedHashSet<>(); // flows sharing a connector report its faults once
        Set<String> names = new HashSet<>();
        if (flows.isEmpty()) {
            problems.add("no flows given");
        }
        for (SyncFlow flow : flows) {
            if (!names.add(flow.name())) {
                problems.add("flow name '" + flow.name() + "' is used twice; names key the state and must be unique");
            }
            flow.settings().ifPresent(own -> problems.addAll(own.conflictsWithEngine(flow.name(), settings)));
            problems.addAll(flow.configurationProblems(settingsOf(flow)));
        }
        if (!problems.isEmpty()) {
            throw new SyncConfigurationException("Cannot run these flows", List.copyOf(problems));
        }
    }

    /** The settings the flow's records are handled with: its own with this engine's engine-wide ones, else these. */
    private Settings settingsOf(SyncFlow flow) {
        return flow.settings().map(own -> own.underEngine(settings)).orElse(settings);
    }

    /**
     * Releases a flow's lock whoever holds it, for a lock left behind by a process that died ({@code kill -9})
     * when waiting for its lease to expire is not wanted. Call it only when that process is known to be gone:
     * releasing the lock of a live run lets two runs work on one state.
     *
     * @return true when a lock was released
     */
    public boolean releaseLock(String flow) {
        boolean released = stateStore.releaseLock(flow);
        if (released) {
            LOG.warn("Released the lock of flow {} by hand", flow);
        }
        return released;
    }

    private List<FlowLock> lockAll(List<SyncFlow> flows, String owner) {
        List<FlowLock> locks = new ArrayList<>();
        for (SyncFlow flow : flows) {
            var lock = stateStore.tryLock(flow.name(), owner, settings.lockLease(), settings.timeSource().now());
            if (lock.isEmpty()) {
                locks.forEach(this::unlockQuietly);
                throw stateStore.lockHolder(flow.name()).map(h -> new FlowLockedException(flow.name(), h))
                        .orElseGet(() -> new FlowLockedException(flow.name()));
            }
            locks.add(lock.get());
        }
        return locks;
    }

    /**
     * Renews the run's locks in the background every third of the lease, so that the lease can be short (a killed
     * process blocks the next run only briefly) while a single slow call (a rate-limit wait) never loses a lock.
     */
    private ScheduledExecutorService startRenewer(List<Heartbeat> heartbeats) {
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledgerbridge-lock-renewer");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, settings.lockLease().toMillis() / 3);
        renewer.scheduleAtFixedRate(() -> heartbeats.forEach(Heartbeat::renewQuietly), period, period,
                TimeUnit.MILLISECONDS);
        return renewer;
    }

    /**
     * Lets a renewal in progress finish instead of interrupting it: an interrupt during a write to an H2 file closes
     * the file channel (ClosedByInterruptException) and with it the database, for every flow of the process.
     */
    private static void stopWithoutInterrupt(ScheduledExecutorService renewer) {
        renewer.shutdown();
        try {
            if (!renewer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A lock renewal is still running after a minute; leaving it to finish on its own");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void unlockQuietly(FlowLock lock) {
        try {
            stateStore.unlock(lock);
        } catch (RuntimeException e) {
            LOG.warn("Could not release the lock of flow {}: {}", lock.flow(), e.getMessage());
        }
    }

    /**
     * Renews a flow's lock when half its lease has passed; called between records and by the background renewer.
     * Throws (between records) once the lock was lost.
     */
    private final class Heartbeat implements Runnable {
        private FlowLock lock;
        private boolean lost;

        Heartbeat(FlowLock lock) {
            this.lock = lock;
        }

        String flow() {
            return lock == null ? "" : lock.flow();
        }

        synchronized java.util.Optional<FlowLock> lock() {
            return lost ? java.util.Optional.empty() : java.util.Optional.ofNullable(lock);
        }

        @Override
        public synchronized void run() {
            if (lock == null) {
                return;
            }
            if (!lost) {
                Instant now = settings.timeSource().now();
                if (now.isAfter(lock.expiresAt().minus(settings.lockLease().dividedBy(2)))) {
                    stateStore.renew(lock, settings.lockLease(), now).ifPresentOrElse(l -> lock = l, () -> lost = true);
                }
            }
            if (lost) {
                throw new FlowLockedException(lock.flow());
            }
        }

        void renewQuietly() {
            try {
                run();
            } catch (RuntimeException e) {
                LOG.warn("Lock of flow {} could not be renewed: {}", flow(), e.getMessage());
            }
        }
    }

    /** Builds a {@link SyncEngine}. */
    public static final class Builder {
        private Settings settings = Settings.builder().build();
        private StateStore stateStore;
        private ActivityLog activityLog;
        private SyncListener listener = SyncListener.none();
        private FailureNotifier notifier = FailureNotifier.none();

        private Builder() {
        }

        /**
         * The settings; default {@code Settings.builder().build()}. A flow with its own settings uses only the
         * engine-wide ones of these (see {@link Settings}).
         */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Where links, hashes, cursors and locks live; required (e.g. {@code JdbcStateStore.h2File(...)}). */
        public Builder stateStore(StateStore value) {
            this.stateStore = Objects.requireNonNull(value, "stateStore");
            return this;
        }

        /**
         * Where record outcomes are logged; default: the state store's own table when it is a
         * {@link dev.ledgerbridge.sync.state.JdbcStateStore} (one call configures both), else in memory.
         */
        public Builder activityLog(ActivityLog value) {
            this.activityLog = Objects.requireNonNull(value, "activityLog");
            return this;
        }

        /** Progress listener; default none. */
        public Builder listener(SyncListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** Failure notifier; default none. */
        public Builder failureNotifier(FailureNotifier value) {
            this.notifier = Objects.requireNonNull(value, "failureNotifier");
            return this;
        }

        /**
         * The engine.
         *
         * @throws SyncConfigurationException if no state store was given
         */
        public SyncEngine build() {
            if (stateStore == null) {
                throw new SyncConfigurationException("Cannot build the engine", List.of("stateStore is required "
                        + "(e.g. JdbcStateStore.h2File(Path.of(\"ledgerbridge-state\")) or new InMemoryStateStore())"));
            }
            if (activityLog == null) {
                activityLog = stateStore instanceof dev.ledgerbridge.sync.state.JdbcStateStore jdbc
                        ? jdbc.activityLog() : new InMemoryActivityLog();
            }
            return new SyncEngine(this);
        }
    }
}
