package dev.ledgerbridge.micrometer;

import dev.ledgerbridge.micrometer.internal.ObservationFactory;
import dev.ledgerbridge.micrometer.internal.ObservingClientObserver;
import dev.ledgerbridge.micrometer.internal.ObservingSyncListener;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.state.StateStore;
import dev.ledgerbridge.transport.ClientObserver;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;

/**
 * The SDK's metrics and traces for one tenant, on the Micrometer Observation API: hand the {@link #syncListener()} to
 * the tenant's {@code SyncEngine.Builder.listener(...)} and the {@link #clientObserver()} to its clients'
 * {@code observer(...)}:
 * <pre>{@code
 * LedgerbridgeObservations observations = LedgerbridgeObservations.builder()
 *         .registry(observationRegistry).tenant("acme").build();
 * AccountViewClient accountView = AccountViewClient.builder()...observer(observations.clientObserver()).build();
 * SyncEngine engine = SyncEngine.builder()...listener(observations.syncListener()).build();
 * }</pre>
 *
 * <p>What is observed (names and keys in {@link ObservationNames}):
 * <ul>
 *   <li>every flow run ({@value ObservationNames#SYNC_RUN}: flow, direction, outcome; its time), with the flow's
 *       backlog of parked records after the run ({@link SyncRunContext#backlog()});</li>
 *   <li>every record's outcome (created, updated, unchanged, skipped, failed; a failed record is parked);</li>
 *   <li>every attempt of an API request by system and outcome ({@code 2xx} ... {@code 5xx}, transport error), retries
 *       included, and its time; every wait for a rate-limit permit (count and time waited); every AccountView token
 *       refresh.</li>
 * </ul>
 *
 * <p>Records are counted with events, one per record, because an event is the cheapest signal the Observation API
 * turns into a count: Micrometer's meter handler increments the counter {@code ledgerbridge.sync.records.processed}
 * (tagged flow, direction, outcome) for each, at the moment the record is done, so a long run shows its progress; no
 * context or timer is made per record. The events hang on short {@value ObservationNames#SYNC_RECORDS} observations, one
 * per outcome and at most 1000 events each, rather than on the run itself: a tracer turns each event into a span
 * annotation, and a run of a million records must not build a span with a million of them. Their timer is a by-product
 * (the time a batch was open) and can be ignored. One observation per record would cost a timer sample and, with
 * tracing, a span each; one observation per outcome at the end of the run would count runs, not records.
 *
 * <p>Without a registry (the default, {@link ObservationRegistry#NOOP}) both hooks are the no-op ones of the SDK
 * ({@link SyncListener#none()}, {@link ClientObserver#none()}) and cost nothing; a registry without handlers makes
 * no-op observations. The tenant id is no metric tag unless {@link Builder#tenantKey} says so.
 *
 * <p>One instance per tenant (it names the tenant and keeps the open runs of its flows by flow name); dry runs are
 * observed like real ones, with their planned outcomes. Immutable and thread-safe.
 */
public final class LedgerbridgeObservations {
    private final ObservationRegistry registry;
    private final String tenant;
    private final TenantKey tenantKey;
    private final SyncListener syncListener;
    private final ClientObserver clientObserver;

    private LedgerbridgeObservations(Builder b) {
        this.registry = b.registry;
        this.tenant = b.tenant;
        this.tenantKey = b.tenantKey;
        if (registry == ObservationRegistry.NOOP) {
            this.syncListener = SyncListener.none();
            this.clientObserver = ClientObserver.none();
        } else {
            ObservationFactory factory = new ObservationFactory(registry, tenant, tenantKey);
            this.syncListener = new ObservingSyncListener(factory, b.stateStore);
            this.clientObserver = new ObservingClientObserver(factory);
        }
    }

    /**
     * Starts a builder; with no setting changed it builds the no-op observations.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The listener to give the tenant's engine ({@code SyncEngine.Builder.listener}); one shared instance.
     *
     * @return the listener, {@link SyncListener#none()} without a registry
     */
    public SyncListener syncListener() {
        return syncListener;
    }

    /**
     * The observer to give the tenant's clients ({@code observer(...)} of every client builder); one shared instance.
     *
     * @return the observer, {@link ClientObserver#none()} without a registry
     */
    public ClientObserver clientObserver() {
        return clientObserver;
    }

    /**
     * The registry observations go to.
     *
     * @return the registry, {@link ObservationRegistry#NOOP} when none was given
     */
    public ObservationRegistry registry() {
        return registry;
    }

    /**
     * The tenant these observations are for.
     *
     * @return the tenant id, empty when none was given
     */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /**
     * How the tenant id appears in key values.
     *
     * @return the setting
     */
    public TenantKey tenantKey() {
        return tenantKey;
    }

    @Override
    public String toString() {
        return "LedgerbridgeObservations{tenant=" + tenant + ", tenantKey=" + tenantKey
                + (registry == ObservationRegistry.NOOP ? ", no-op" : "") + "}";
    }

    /** Builds {@link LedgerbridgeObservations}; every setting is optional. Not thread-safe. */
    public static final class Builder {
        private ObservationRegistry registry = ObservationRegistry.NOOP;
        private String tenant;
        private TenantKey tenantKey = TenantKey.NONE;
        private StateStore stateStore;

        private Builder() {
        }

        /**
         * Where observations go, e.g. Spring Boot's {@code ObservationRegistry} bean; default
         * {@link ObservationRegistry#NOOP} (nothing is observed).
         *
         * @param registry the registry
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder registry(ObservationRegistry registry) {
            if (registry == null) {
                throw new IllegalArgumentException("registry must not be null");
            }
            this.registry = registry;
            return this;
        }

        /**
         * The tenant the observed engine and clients work for; default none. It is in every
         * {@link SyncRunContext#tenant()}, and a key value only as {@link #tenantKey} says.
         *
         * @param tenant the tenant id, not blank
         * @return this builder
         * @throws IllegalArgumentException when null or blank
         */
        public Builder tenant(String tenant) {
            if (tenant == null || tenant.isBlank()) {
                throw new IllegalArgumentException("tenant must not be blank, was "
                        + (tenant == null ? "null" : "'" + tenant + "'"));
            }
            this.tenant = tenant;
            return this;
        }

        /**
         * Whether the {@link #tenant} becomes a key value {@value ObservationNames#TENANT} of every observation:
         * {@link TenantKey#NONE} (default), {@link TenantKey#HIGH_CARDINALITY} (traces only) or
         * {@link TenantKey#LOW_CARDINALITY} (a metric tag: one time series per tenant, for small deployments).
         *
         * @param tenantKey the setting
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder tenantKey(TenantKey tenantKey) {
            if (tenantKey == null) {
                throw new IllegalArgumentException("tenantKey must not be null");
            }
            this.tenantKey = tenantKey;
            return this;
        }

        /**
         * The engine's state store, to count a flow's backlog exactly after each run (one read of its parked records,
         * as many as there are); default none: the backlog is then the records parked in the run as its report keeps
         * them (at most {@link dev.ledgerbridge.sync.report.FlowReport#FAILURES_KEPT}).
         *
         * @param stateStore the store the observed engine uses
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder stateStore(StateStore stateStore) {
            if (stateStore == null) {
                throw new IllegalArgumentException("stateStore must not be null");
            }
            this.stateStore = stateStore;
            return this;
        }

        /**
         * The observations.
         *
         * @return the observations
         * @throws IllegalStateException when a {@link #tenantKey} other than NONE was set without {@link #tenant}
         */
        public LedgerbridgeObservations build() {
            if (tenantKey != TenantKey.NONE && tenant == null) {
                throw new IllegalStateException("tenantKey(" + tenantKey + ") needs tenant(String); it was not called");
            }
            return new LedgerbridgeObservations(this);
        }
    }
}
