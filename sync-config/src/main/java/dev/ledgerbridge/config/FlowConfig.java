package dev.ledgerbridge.config;

import static dev.ledgerbridge.config.internal.Checks.requireSet;
import static dev.ledgerbridge.config.internal.Checks.requireText;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.model.OrderType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One standard flow of a {@link LedgerBridgeConfig} (path {@code flows[i]}): its name (which keys its state, so it
 * must stay the same between runs), what it carries ({@link FlowEntity}), from which system to which, whether it
 * runs, and the options the {@code SyncFlows} builders take that make sense in a file: the product catalogue an
 * order flow checks SKUs against, order-type mappings, namespaced references and the flow's own engine settings.
 * Mappers and match strategies are code and stay in code. Immutable and thread-safe.
 *
 * <p>Whether the systems can serve the flow (e.g. BuchhaltungsButler has no products) is checked with the whole
 * configuration by {@link LedgerBridgeConfig.Builder#build()} and by the engine before a run.
 */
public final class FlowConfig {

    /** Longest flow name (it prefixes state keys). */
    public static final int MAX_NAME_LENGTH = 64;

    private final String name;
    private final FlowEntity entity;
    private final SystemName from;
    private final SystemName to;
    private final boolean enabled;
    private final SystemName productCatalog;
    private final Boolean namespacedReferences;
    private final Map<OrderType, OrderType> typeMappings;
    private final Settings settings;

    private FlowConfig(Builder b) {
        this.name = b.name;
        this.entity = b.entity;
        this.from = b.from;
        this.to = b.to;
        this.enabled = b.enabled;
        this.productCatalog = b.productCatalog;
        this.namespacedReferences = b.namespacedReferences;
        this.typeMappings = Map.copyOf(b.typeMappings);
        this.settings = b.settings;
    }

    /**
     * A builder; {@code name}, {@code entity}, {@code from} and {@code to} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with this flow's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.entity = entity;
        b.from = from;
        b.to = to;
        b.enabled = enabled;
        b.productCatalog = productCatalog;
        b.namespacedReferences = namespacedReferences;
        b.typeMappings.putAll(typeMappings);
        b.settings = settings;
        return b;
    }

    /**
     * The flow's name ({@code name}); it keys the flow's state.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the flow carries ({@code entity}).
     *
     * @return the entity
     */
    public FlowEntity entity() {
        return entity;
    }

    /**
     * The source system ({@code from}).
     *
     * @return the source
     */
    public SystemName from() {
        return from;
    }

    /**
     * The target system ({@code to}).
     *
     * @return the target
     */
    public SystemName to() {
        return to;
    }

    /**
     * Whether the flow runs ({@code enabled}, default true).
     *
     * @return true when it runs
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * For order flows: the system whose products the order lines' SKUs are checked against
     * ({@code product-catalog}).
     *
     * @return the system, or empty for no check
     */
    public Optional<SystemName> productCatalog() {
        return Optional.ofNullable(productCatalog);
    }

    /**
     * For order flows: whether references are written in the source system's namespace
     * ({@code namespaced-references}).
     *
     * @return the choice, or empty for the flow's default
     */
    public Optional<Boolean> namespacedReferences() {
        return Optional.ofNullable(namespacedReferences);
    }

    /**
     * For order flows: source order type to target order type ({@code type-mappings}).
     *
     * @return the mappings, unmodifiable, empty for the defaults
     */
    public Map<OrderType, OrderType> typeMappings() {
        return typeMappings;
    }

    /**
     * The flow's own settings ({@code settings}), instead of the engine's, for its records.
     *
     * @return the settings, or empty for the engine's
     */
    public Optional<Settings> settings() {
        return Optional.ofNullable(settings);
    }

    /** Name, entity, direction and options. */
    @Override
    public String toString() {
        return "FlowConfig[" + name + ": " + entity + " " + from + " -> " + to + (enabled ? "" : ", disabled")
                + (productCatalog == null ? "" : ", productCatalog=" + productCatalog)
                + (namespacedReferences == null ? "" : ", namespacedReferences=" + namespacedReferences)
                + (typeMappings.isEmpty() ? "" : ", typeMappings=" + typeMappings)
                + (settings == null ? "" : ", own settings") + "]";
    }

    /** Builds a {@link FlowConfig}; not thread-safe. */
    public static final class Builder {
        private String name;
        private FlowEntity entity;
        private SystemName from;
        private SystemName to;
        private boolean enabled = true;
        private SystemName productCatalog;
        private Boolean namespacedReferences;
        private final Map<OrderType, OrderType> typeMappings = new LinkedHashMap<>();
        private Settings settings;

        private Builder() {
        }

        /**
         * The flow's name: 1 to {@value FlowConfig#MAX_NAME_LENGTH} letters, digits, {@code .}, {@code _},
         * {@code -}.
         *
         * @param value the name
         * @return this builder
         * @throws IllegalArgumentException naming the value when it breaks the rule
         */
        public Builder name(String value) {
            String s = requireText(value, "name", MAX_NAME_LENGTH);
            if (!s.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("name may contain only letters, digits, '.', '_' and '-', was '"
                        + s + "'");
            }
            this.name = s;
            return this;
        }

        /**
         * What the flow carries.
         *
         * @param value the entity
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder entity(FlowEntity value) {
            this.entity = requireSet(value, "entity");
            return this;
        }

        /**
         * The source system.
         *
         * @param value the system
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder from(SystemName value) {
            this.from = requireSet(value, "from");
            return this;
        }

        /**
         * The target system.
         *
         * @param value the system
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder to(SystemName value) {
            this.to = requireSet(value, "to");
            return this;
        }

        /**
         * Whether the flow runs (default true).
         *
         * @param value false to keep it configured but not run it
         * @return this builder
         */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /**
         * For order flows: check the lines' SKUs against this system's products.
         *
         * @param value the system
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder productCatalog(SystemName value) {
            this.productCatalog = requireSet(value, "productCatalog");
            return this;
        }

        /**
         * For order flows: write references in the source system's namespace.
         *
         * @param value the choice
         * @return this builder
         */
        public Builder namespacedReferences(boolean value) {
            this.namespacedReferences = value;
            return this;
        }

        /**
         * For order flows: map a source order type to a target order type.
         *
         * @param fromType the source type
         * @param toType   the target type
         * @return this builder
         * @throws IllegalArgumentException when either is null
         */
        public Builder typeMapping(OrderType fromType, OrderType toType) {
            typeMappings.put(requireSet(fromType, "typeMapping from"), requireSet(toType, "typeMapping to"));
            return this;
        }

        /**
         * The flow's own settings for its records.
         *
         * @param value the settings
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder settings(Settings value) {
            this.settings = requireSet(value, "settings");
            return this;
        }

        /**
         * Builds the flow.
         *
         * @return the flow
         * @throws IllegalStateException naming the first missing setter of {@code name}, {@code entity},
         *                               {@code from}, {@code to}
         */
        public FlowConfig build() {
            if (name == null) {
                throw new IllegalStateException("name(...) is required");
            }
            if (entity == null) {
                throw new IllegalStateException("entity(...) is required for flow '" + name + "'");
            }
            if (from == null) {
                throw new IllegalStateException("from(...) is required for flow '" + name + "'");
            }
            if (to == null) {
                throw new IllegalStateException("to(...) is required for flow '" + name + "'");
            }
            return new FlowConfig(this);
        }
    }
}
