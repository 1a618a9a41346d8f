package dev.ledgerbridge.config;

import static dev.ledgerbridge.config.internal.Checks.requireSet;

import dev.ledgerbridge.config.internal.ConfigValidator;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole configuration of one sync installation as one immutable value: the {@code buchhaltungsbutler} and
 * {@code accountview} parts, the {@code engine} settings (sync-core's {@link Settings}), the {@code flows}, the
 * {@code schedule} ({@link #syncInterval()}) and where the {@code state} is kept. {@link ConfiguredSync} turns it
 * into clients, connectors, flows and an engine; the command-line application and the Spring Boot starter both
 * read their files into this value.
 *
 * <p>{@link Builder#build()} checks the configuration as a whole and reports every problem at once, each naming
 * the setting's path (e.g. {@code buchhaltungsbutler.api-key}), the value (secrets masked) and the rule.
 * Immutable and thread-safe; {@link #toString()} never shows a secret.
 */
public final class LedgerBridgeConfig {

    /** The default time between the end of one scheduled run and the start of the next. */
    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMinutes(15);
    /** Shortest accepted sync interval. */
    public static final Duration MIN_SYNC_INTERVAL = Duration.ofSeconds(1);
    /** Longest accepted sync interval. */
    public static final Duration MAX_SYNC_INTERVAL = Duration.ofDays(7);
    /** Most flows in one configuration. */
    public static final int MAX_FLOWS = 100;

    private final BuchhaltungsButlerConfig buchhaltungsButler;
    private final AccountViewConfig accountView;
    private final Settings engine;
    private final List<FlowConfig> flows;
    private final Duration syncInterval;
    private final StateConfig state;

    private LedgerBridgeConfig(Builder b) {
        this.buchhaltungsButler = b.buchhaltungsButler;
        this.accountView = b.accountView;
        this.engine = b.engine;
        this.flows = List.copyOf(b.flows);
        this.syncInterval = b.syncInterval;
        this.state = b.state;
    }

    /**
     * A builder: empty system parts, default {@link Settings}, no flows, {@link #DEFAULT_SYNC_INTERVAL}, state in
     * the given {@code DataSource}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this configuration's values (e.g. to switch the engine to a dry run).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.buchhaltungsButler = buchhaltungsButler;
        b.accountView = accountView;
        b.engine = engine;
        b.flows.addAll(flows);
        b.syncInterval = syncInterval;
        b.state = state;
        return b;
    }

    /**
     * The BuchhaltungsButler part.
     *
     * @return the part
     */
    public BuchhaltungsButlerConfig buchhaltungsButler() {
        return buchhaltungsButler;
    }

    /**
     * The AccountView part.
     *
     * @return the part
     */
    public AccountViewConfig accountView() {
        return accountView;
    }

    /**
     * The engine settings, the default of every flow.
     *
     * @return the settings
     */
    public Settings engine() {
        return engine;
    }

    /**
     * The flows, in the order they run (disabled ones included).
     *
     * @return the flows, unmodifiable
     */
    public List<FlowConfig> flows() {
        return flows;
    }

    /**
     * The enabled flows, in the order they run.
     *
     * @return the flows, unmodifiable
     */
    public List<FlowConfig> enabledFlows() {
        return flows.stream().filter(FlowConfig::enabled).toList();
    }

    /**
     * Whether an enabled flow reads or writes this system (a system no flow uses needs no credentials).
     *
     * @param system the system
     * @return true when used
     */
    public boolean uses(SystemName system) {
        return enabledFlows().stream().anyMatch(f -> f.from() == system || f.to() == system
                || f.productCatalog().filter(system::equals).isPresent());
    }

    /**
     * The time from the end of one scheduled run to the start of the next ({@code schedule.interval}).
     *
     * @return the interval
     */
    public Duration syncInterval() {
        return syncInterval;
    }

    /**
     * Where the state is kept.
     *
     * @return the state configuration
     */
    public StateConfig state() {
        return state;
    }

    /** Every part, secrets masked. */
    @Override
    public String toString() {
        return "LedgerBridgeConfig[" + buchhaltungsButler + ", " + accountView + ", flows=" + flows
                + ", syncInterval=" + syncInterval + ", " + state + "]";
    }

    /** Builds a {@link LedgerBridgeConfig}; not thread-safe. */
    public static final class Builder {
        private BuchhaltungsButlerConfig buchhaltungsButler = BuchhaltungsButlerConfig.builder().build();
        private AccountViewConfig accountView = AccountViewConfig.builder().build();
        private Settings engine = Settings.builder().build();
        private final List<FlowConfig> flows = new ArrayList<>();
        private Duration syncInterval = DEFAULT_SYNC_INTERVAL;
        private StateConfig state = StateConfig.givenDataSource();

        private Builder() {
        }

        /**
         * The BuchhaltungsButler part.
         *
         * @param value the part
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder buchhaltungsButler(BuchhaltungsButlerConfig value) {
            this.buchhaltungsButler = requireSet(value, "buchhaltungsButler");
            return this;
        }

        /**
         * The AccountView part.
         *
         * @param value the part
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder accountView(AccountViewConfig value) {
            this.accountView = requireSet(value, "accountView");
            return this;
        }

        /**
         * The engine settings.
         *
         * @param value the settings
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder engine(Settings value) {
            this.engine = requireSet(value, "engine");
            return this;
        }

        /**
         * Adds a flow; flows run in the order added.
         *
         * @param value the flow
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder flow(FlowConfig value) {
            flows.add(requireSet(value, "flow"));
            return this;
        }

        /**
         * Replaces the flows.
         *
         * @param values the flows, in order
         * @return this builder
         * @throws IllegalArgumentException when the list or an element is null
         */
        public Builder flows(List<FlowConfig> values) {
            requireSet(values, "flows");
            values.forEach(v -> requireSet(v, "flows[]"));
            flows.clear();
            flows.addAll(values);
            return this;
        }

        /**
         * The time between scheduled runs; checked ({@link #MIN_SYNC_INTERVAL} to {@link #MAX_SYNC_INTERVAL})
         * with the whole configuration.
         *
         * @param value the interval
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder syncInterval(Duration value) {
            this.syncInterval = requireSet(value, "syncInterval");
            return this;
        }

        /**
         * Where the state is kept.
         *
         * @param value the state configuration
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder state(StateConfig value) {
            this.state = requireSet(value, "state");
            return this;
        }

        /**
         * Checks the configuration as a whole and builds it.
         *
         * @return the configuration
         * @throws SyncConfigurationException listing every problem, each as
         *                                    {@code <path>: <rule> (was <value>)}, secrets masked
         */
        public LedgerBridgeConfig build() {
            LedgerBridgeConfig config = new LedgerBridgeConfig(this);
            List<String> problems = ConfigValidator.problems(config);
            if (!problems.isEmpty()) {
                throw new SyncConfigurationException("Invalid LedgerBridge configuration", problems);
            }
            return config;
        }
    }
}
