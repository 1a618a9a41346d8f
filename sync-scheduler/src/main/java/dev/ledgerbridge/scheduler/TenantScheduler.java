package dev.ledgerbridge.scheduler;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.ledgerbridge.scheduler.internal.LeaseRenewer;
import dev.ledgerbridge.scheduler.internal.RetryBackoff;
import dev.ledgerbridge.scheduler.internal.SchedulerTable;
import dev.ledgerbridge.scheduler.internal.TenantBusyException;
import dev.ledgerbridge.scheduler.internal.TenantIds;
import dev.ledgerbridge.scheduler.internal.TenantRunner;
import dev.ledgerbridge.scheduler.internal.TenantTransports;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.Transports;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every tenant of a {@link TenantDirectory} on its schedule, on one machine or a cluster of workers sharing
 * one database, on <a href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>.
 * <pre>{@code
 * TenantScheduler scheduler = TenantScheduler.builder()
 *         .dataSource(dataSource)                       // H2 file on one machine, PostgreSQL for a cluster
 *         .tenants(JdbcTenantDirectory.of(dataSource))
 *         .credentials((tenant, system) -> vault.credentials(tenant.id(), system))
 *         .syncFactory(context -> TenantJob.builder().flow(...).build())
 *         .build();
 * scheduler.start();
 * }</pre>
 *
 * <p>How it runs:
 * <ul>
 * <li><b>One recurring task per tenant</b>: an instance (id = tenant id) of the task
 * {@value #TASK_NAME} in db-scheduler's {@code scheduled_tasks} table (created when missing) in the same
 * database; the next run is due {@link Tenant#syncInterval()} after a run ends. The schedule is persistent: a
 * restart continues it.</li>
 * <li><b>One run per tenant, cluster-wide</b>: db-scheduler lets one worker pick an instance; behind it each run
 * takes the tenant's lease in the tenant's state with a growing <b>fencing token</b>, and every state write of the
 * run checks that token, so a run that stalled and was taken over stops instead of writing
 * ({@link TenantFencedException}).</li>
 * <li><b>Bounded pool</b>: at most {@link Builder#maxConcurrentRuns} runs on this worker, each tenant with its
 * own clients and so its own rate limits.</li>
 * <li><b>Failures</b>: a run that throws, or in which a flow stopped early, is retried after
 * {@link Builder#retryBackoff} (doubling up to its maximum); failed records are the engine's business (parked and
 * retried by the next runs).</li>
 * <li><b>Dead workers</b>: workers heartbeat their runs; a run whose worker missed its heartbeats for
 * {@link Builder#deadWorkerTimeout} (default 2 minutes) is revived on another worker, which takes over the lease
 * once it expired.</li>
 * <li><b>Tenants come and go</b>: the directory is re-read every {@link Builder#directoryRefreshInterval} and at
 * the start of every run (pause, interval, properties apply to the next run).</li>
 * </ul>
 * Thread-safe.
 */
public final class TenantScheduler implements AutoCloseable {
    /** The db-scheduler task name of tenant runs. */
    public static final String TASK_NAME = "ledgerbridge-tenant-sync";
    /**
     * How long a tenant's {@linkplain TenantContext#transport() transport} is kept after its last run on this
     * worker: longer than any API's rate-limit window (BuchhaltungsButler: one minute), after which its buckets
     * would be empty anyway.
     */
    public static final Duration TRANSPORT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** Most tenants whose {@linkplain TenantContext#transport() transport} a worker keeps; the longest idle goes. */
    public static final int MAX_KEPT_TRANSPORTS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(TenantScheduler.class);
    private static final int MAX_RESCHEDULE_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final TenantDirectory directory;
    private final String workerName;
    private final Duration refreshInterval;
    private final Duration activityRetention;
    private final RetryBackoff backoff;
    private final LeaseRenewer renewer = new LeaseRenewer();
    private final TenantTransports transports;
    private final CustomTask<Void> task;
    private final Scheduler scheduler;
    private final ScheduledExecutorService housekeeping;
    private volatile Instant lastPurge = Instant.EPOCH;
    private boolean started;
    private boolean stopped;

    private TenantScheduler(Builder b) {
        this.dataSource = b.dataSource;
        this.directory = b.directory;
        this.workerName = b.workerName;
        this.refreshInterval = b.refreshInterval;
        this.activityRetention = b.activityRetention;
        this.backoff = new RetryBackoff(b.retryFirst, b.retryMax);
        this.transports = new TenantTransports(b.transportFactory != null ? b.transportFactory : sharedJdkClient(), TRANSPORT_IDLE_TIMEOUT, MAX_KEPT_TRANSPORTS,
                System::nanoTime);
        TenantRunner runner = new TenantRunner(new TenantRunner.Setup(b.dataSource, b.directory, b.credentials,
                b.factory, List.copyOf(b.tenantListeners), List.copyOf(b.customizers), List.copyOf(b.listeners), b.workerName, b.tenantLease,
                b.timeSource, renewer, transports));
        this.task = Tasks.custom(TASK_NAME, Void.class)
                .onFailure(this::onFailure)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> {
                    Optional<Instant> next = runner.run(instance.getId());
                    return (complete, operations) -> next.ifPresentOrElse(
                            at -> operations.reschedule(complete, at), operations::remove);
                });
        // db-scheduler calls a run dead when its heartbeat is older than interval x missed; it checks every
        // 2 x interval: with interval = timeout / 8 and 6 missed, a dead worker is noticed within the timeout
        Duration heartbeat = b.deadWorkerTimeout.dividedBy(8);
        this.scheduler = Scheduler.create(b.dataSource, task)
                .schedulerName(new SchedulerName.Fixed(b.workerName))
                .threads(b.maxConcurrentRuns)
                .pollingInterval(b.pollingInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(6)
                .enableImmediateExecution()
                .shutdownMaxWait(b.stopTimeout)
                .build();
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledgerbridge-tenant-directory-" + b.workerName);
            t.setDaemon(true);
            return t;
        });
    }

    /** A builder; data source, tenants, credentials and sync factory are required. */
    public static Builder builder() {
        return new Builder();
    }

    private void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Instant now = Instant.now();
        Throwable cause = complete.getCause().orElse(null);
        Instant next = cause instanceof TenantBusyException busy
                ? max(now, busy.retryAt()).plusSeconds(1)
                : now.plus(backoff.delayAfter(complete.getExecution().consecutiveFailures));
        LOG.warn("Run of tenant {} failed ({}); next attempt at {}", complete.getExecution().taskInstance.getId(),
                cause == null ? "unknown" : cause.getMessage(), next);
        operations.reschedule(complete, next);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Creates the scheduler table when missing, schedules the directory's tenants and starts running them.
     *
     * @throws IllegalStateException when started twice or after {@link #stop()}
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the scheduler was already started");
        }
        started = true;
        SchedulerTable.createIfMissing(dataSource);
        refreshTenants();
        scheduler.start();
        long period = refreshInterval.toMillis();
        housekeeping.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS);
        LOG.info("Tenant scheduler {} started", workerName);
    }

    /**
     * Reads the directory now: schedules tenants that have no task instance yet (due at once) and removes the
     * instances of tenants no longer in the directory (one that is running is removed when its run ends), and
     * drops their {@linkplain TenantContext#transport() transports} on this worker. Also
     * purges the activity log by {@link Builder#activityRetention} at most once an hour. Called on start and
     * every {@link Builder#directoryRefreshInterval}.
     */
    public void refreshTenants() {
        Set<String> wanted = new HashSet<>();
        directory.list().forEach(t -> wanted.add(t.id()));
        Set<String> scheduled = new HashSet<>();
        scheduler.fetchScheduledExecutionsForTask(TASK_NAME, Void.class, ScheduledExecutionsFilter.all(),
                e -> scheduled.add(e.getTaskInstance().getId()));
        Instant now = Instant.now();
        for (String id : wanted) {
            if (!scheduled.contains(id)) {
                scheduler.scheduleIfNotExists(task.instance(id), now);
            }
        }
        for (String id : scheduled) {
            if (!wanted.contains(id)) {
                cancelQuietly(id);
            }
        }
        transports.retainOnly(wanted);
        purgeActivityIfDue(now);
    }

    private void cancelQuietly(String tenantId) {
        try {
            scheduler.cancel(task.instance(tenantId));
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException e) {
            LOG.debug("Tenant {} not cancelled now ({}); its run removes it", tenantId, e.getMessage());
        }
    }

    private void purgeActivityIfDue(Instant now) {
        if (lastPurge.plus(Duration.ofHours(1)).isAfter(now)) {
            return;
        }
        lastPurge = now;
        try (JdbcStateStore store = JdbcStateStore.open(dataSource)) {
            int purged = store.activityLog().purgeOlderThan(now.minus(activityRetention));
            LOG.debug("Purged {} activity events of all tenants older than {}", purged, activityRetention);
        }
    }

    private void refreshQuietly() {
        try {
            refreshTenants();
        } catch (RuntimeException e) {
            LOG.warn("Reading the tenant directory failed: {}", e.getMessage());
        }
    }

    /** The default tenant transports: decorators per tenant around one JDK client of the whole worker. */
    private static Function<Tenant, HttpTransport> sharedJdkClient() {
        HttpTransport shared = Transports.jdk(Timeouts.defaults(), Transports.DEFAULT_MAX_RESPONSE_BYTES);
        return tenant -> Transports.builder().base(shared).build();
    }

    /**
     * Runs a tenant as soon as a worker is free, whichever worker of the cluster picks it.
     *
     * @return true when its run is now due; false when a run of it is in progress (the next follows its schedule)
     * @throws IllegalArgumentException when the tenant is not in the directory
     * @throws IllegalStateException    when it is paused
     */
    public boolean syncNow(String tenantId) {
        Tenant tenant = directory.find(tenantId).orElseThrow(() -> new IllegalArgumentException("tenant "
                + TenantIds.shown(tenantId) + " is not in the directory"));
        if (tenant.paused()) {
            throw new IllegalStateException("tenant '" + tenantId + "' is paused; resume(...) it first");
        }
        return dueNow(tenantId);
    }

    /**
     * db-scheduler's reschedule reads the execution, then updates it if its version is unchanged; a worker that picks
     * (or finishes) it in between makes the update miss ({@code ExecutionException}: "Expected one execution to be
     * updated, but updated 0"). That is a lost race, not a failure: read again, and the next attempt sees the run
     * under way (false) or its new version.
     */
    private boolean dueNow(String tenantId) {
        for (int attempt = 1; ; attempt++) {
            Instant now = Instant.now();
            try {
                return scheduler.reschedule(task.instance(tenantId), now);
            } catch (TaskInstanceNotFoundException e) {
                return scheduler.scheduleIfNotExists(task.instance(tenantId), now);
            } catch (TaskInstanceCurrentlyExecutingException e) {
                return false;
            } catch (ExecutionException raced) {
                if (attempt == MAX_RESCHEDULE_ATTEMPTS) {
                    LOG.debug("Tenant {}: not made due, its execution changed {} times in a row", tenantId, attempt);
                    return false;
                }
            }
        }
    }

    /**
     * Pauses a tenant on every worker by setting its paused flag in the directory; a run in progress finishes,
     * no further run starts until {@link #resume(String)}.
     *
     * @throws IllegalArgumentException      when the tenant is not in the directory
     * @throws UnsupportedOperationException when the directory cannot write its paused flag
     */
    public void pause(String tenantId) {
        directory.setPaused(tenantId, true);
        LOG.info("Tenant {} paused", tenantId);
    }

    /**
     * Resumes a paused tenant and runs it at once (unless a run is in progress), then on its schedule.
     *
     * @throws IllegalArgumentException      when the tenant is not in the directory
     * @throws UnsupportedOperationException when the directory cannot write its paused flag
     */
    public void resume(String tenantId) {
        directory.setPaused(tenantId, false);
        dueNow(tenantId);
        LOG.info("Tenant {} resumed", tenantId);
    }

    /** This worker's name: db-scheduler's {@code picked_by} and the owner of the leases it takes. */
    public String workerName() {
        return workerName;
    }

    /**
     * Stops this worker: no new runs start, runs in progress finish (waiting up to {@link Builder#stopTimeout}),
     * their leases are released. Other workers take over its tenants. A second call does nothing.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        housekeeping.shutdown();
        if (started) {
            scheduler.stop();
        }
        renewer.close();
        LOG.info("Tenant scheduler {} stopped", workerName);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "TenantScheduler[" + workerName + "]";
    }

    /** Builds a {@link TenantScheduler}; not thread-safe. */
    public static final class Builder {
        private DataSource dataSource;
        private TenantDirectory directory;
        private CredentialsProvider credentials;
        private TenantSyncFactory factory;
        private String workerName = defaultWorkerName();
        private int maxConcurrentRuns = 4;
        private Duration deadWorkerTimeout = Duration.ofMinutes(2);
        private Duration pollingInterval = Duration.ofSeconds(10);
        private Duration refreshInterval = Duration.ofMinutes(1);
        private Duration retryFirst = Duration.ofSeconds(30);
        private Duration retryMax = Duration.ofMinutes(30);
        private Duration tenantLease = Duration.ofMinutes(2);
        private Duration stopTimeout = Duration.ofMinutes(5);
        private Duration activityRetention = Duration.ofDays(90);
        private TimeSource timeSource = TimeSource.system();
        private Function<Tenant, HttpTransport> transportFactory;
        private final List<TenantRunListener> listeners = new ArrayList<>();
        private final List<TenantEngineCustomizer> customizers = new ArrayList<>();
        private final List<TenantListeners> tenantListeners = new ArrayList<>();

        private Builder() {
        }

        private static String defaultWorkerName() {
            String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
            String base = name.length() > 60 ? name.substring(0, 60) : name;
            return base + "-" + UUID.randomUUID().toString().substring(0, 8);
        }

        /**
         * The database of the schedule, the tenants' state and (for {@link JdbcTenantDirectory}) the directory:
         * an H2 file for one machine, PostgreSQL for a cluster. A pooling data source is recommended: every
         * run takes one connection for its duration, and db-scheduler takes short ones. Required.
         */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /** Who the tenants are. Required. */
        public Builder tenants(TenantDirectory value) {
            this.directory = Objects.requireNonNull(value, "tenants");
            return this;
        }

        /** Where the tenants' secrets come from. Required. */
        public Builder credentials(CredentialsProvider value) {
            this.credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /** What a tenant's run does. Required. */
        public Builder syncFactory(TenantSyncFactory value) {
            this.factory = Objects.requireNonNull(value, "syncFactory");
            return this;
        }

        /**
         * This worker's name, unique in the cluster; default {@code pid@host-<random>}.
         *
         * @throws IllegalArgumentException when blank or longer than 100 characters
         */
        public Builder workerName(String value) {
            if (value == null || value.isBlank() || value.length() > 100) {
                throw new IllegalArgumentException("workerName = " + TenantIds.shown(value)
                        + ": must be 1 to 100 characters");
            }
            this.workerName = value;
            return this;
        }

        /**
         * Most tenant runs at once on this worker (db-scheduler's threads); default 4. A run mostly waits for
         * its APIs' rate limits, so this may be well above the number of cores; each run holds one database
         * connection.
         *
         * @throws IllegalArgumentException outside 1 to 1000
         */
        public Builder maxConcurrentRuns(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("maxConcurrentRuns = " + value + ": must be 1 to 1000");
            }
            this.maxConcurrentRuns = value;
            return this;
        }

        /**
         * How soon a run whose worker died is noticed and revived elsewhere; default 2 minutes. Heartbeats go
         * every eighth of it.
         *
         * @throws IllegalArgumentException below 1 second
         */
        public Builder deadWorkerTimeout(Duration value) {
            this.deadWorkerTimeout = atLeast("deadWorkerTimeout", value, Duration.ofSeconds(1));
            return this;
        }

        /**
         * How often this worker looks for due runs; default 10 seconds ({@link #syncNow}-ed tenants on this
         * worker start at once).
         *
         * @throws IllegalArgumentException below 100 ms
         */
        public Builder pollingInterval(Duration value) {
            this.pollingInterval = atLeast("pollingInterval", value, Duration.ofMillis(100));
            return this;
        }

        /**
         * How often the directory is read for added and removed tenants; default 1 minute.
         *
         * @throws IllegalArgumentException below 100 ms
         */
        public Builder directoryRefreshInterval(Duration value) {
            this.refreshInterval = atLeast("directoryRefreshInterval", value, Duration.ofMillis(100));
            return this;
        }

        /**
         * Delay before retrying a failed run, doubling with every failure in a row up to {@code max}; default
         * 30 seconds up to 30 minutes.
         *
         * @throws IllegalArgumentException when {@code first} is below 100 ms or {@code max} below {@code first}
         */
        public Builder retryBackoff(Duration first, Duration max) {
            atLeast("retryBackoff first", first, Duration.ofMillis(100));
            atLeast("retryBackoff max", max, first);
            this.retryFirst = first;
            this.retryMax = max;
            return this;
        }

        /**
         * The tenant lease of a run, renewed every third of it while the run lives; default 2 minutes. After a
         * worker died, its tenants wait at most this long for the lease.
         *
         * @throws IllegalArgumentException below 1 second
         */
        public Builder tenantLease(Duration value) {
            this.tenantLease = atLeast("tenantLease", value, Duration.ofSeconds(1));
            return this;
        }

        /**
         * How long {@link TenantScheduler#stop()} waits for runs in progress; default 5 minutes.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder stopTimeout(Duration value) {
            this.stopTimeout = atLeast("stopTimeout", value, Duration.ZERO);
            return this;
        }

        /**
         * How long activity events of all tenants are kept; default 90 days. The scheduler purges the shared
         * log (the tenants' engines do not, see {@link TenantState}).
         *
         * @throws IllegalArgumentException below 1 hour
         */
        public Builder activityRetention(Duration value) {
            this.activityRetention = atLeast("activityRetention", value, Duration.ofHours(1));
            return this;
        }

        /** The clock of the tenant leases; default the system clock (every worker must use the same time). */
        public Builder timeSource(TimeSource value) {
            this.timeSource = Objects.requireNonNull(value, "timeSource");
            return this;
        }

        /**
         * Makes a tenant's {@linkplain TenantContext#transport() transport}, kept across its runs on this worker;
         * default: {@code Transports.builder().base(shared).build()} per tenant, where {@code shared} is one
         * {@link Transports#jdk JDK client} for the whole worker (each tenant its own retry and rate-limit
         * decorators, all on one client's connections and threads). To share one transport among all tenants,
         * return the same one (rate-limit buckets are per api key, so each tenant still has its own; that
         * transport's buckets are then never dropped).
         *
         * @throws IllegalArgumentException for null
         */
        public Builder tenantTransports(Function<Tenant, HttpTransport> value) {
            if (value == null) {
                throw new IllegalArgumentException("tenantTransports = null: a transport factory is required");
            }
            this.transportFactory = value;
            return this;
        }

        /** Adds a run listener. */
        public Builder addRunListener(TenantRunListener value) {
            listeners.add(Objects.requireNonNull(value, "runListener"));
            return this;
        }

        /**
         * Adds a listener and notifier per tenant (alerts, metrics, the application's own); all added are
         * combined, see {@link TenantListeners}.
         */
        public Builder addTenantListeners(TenantListeners value) {
            tenantListeners.add(Objects.requireNonNull(value, "tenantListeners"));
            return this;
        }

        /** Adds an engine customizer (see {@link TenantEngineCustomizer}); called in the order added. */
        public Builder addEngineCustomizer(TenantEngineCustomizer value) {
            customizers.add(Objects.requireNonNull(value, "engineCustomizer"));
            return this;
        }

        private static Duration atLeast(String setting, Duration value, Duration min) {
            if (value == null || value.compareTo(min) < 0) {
                throw new IllegalArgumentException(setting + " = " + value + ": must be at least " + min);
            }
            return value;
        }

        /**
         * The scheduler (not started).
         *
         * @throws IllegalStateException naming the first missing required setter
         */
        public TenantScheduler build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required: call dataSource(...)");
            }
            if (directory == null) {
                throw new IllegalStateException("tenants is required: call tenants(...)");
            }
            if (credentials == null) {
                throw new IllegalStateException("credentials is required: call credentials(...)");
            }
            if (factory == null) {
                throw new IllegalStateException("syncFactory is required: call syncFactory(...)");
            }
            return new TenantScheduler(this);
        }
    }
}
