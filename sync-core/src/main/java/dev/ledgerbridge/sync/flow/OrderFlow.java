package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.internal.Implementations;
import dev.ledgerbridge.sync.internal.OrderRunner;
import dev.ledgerbridge.sync.internal.Requirements;
import dev.ledgerbridge.sync.internal.TargetMatcher;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Source orders to target orders (e.g. AccountView sales orders to BuchhaltungsButler invoices, or
 * BuchhaltungsButler outbound invoices to AccountView sales orders with one configured line). Orders are
 * only created, never updated: an order with a link, or whose reference the target already has, is skipped.
 * Made by {@link SyncFlows#orders}.
 */
public final class OrderFlow implements SyncFlow {
    private final String name;
    private final Settings settings;
    private final Connector source;
    private final Connector target;
    private final Connector catalog;
    private final Mapper<Order> mapper;
    private final Mapper<Customer> customerMapper;
    private final MatchStrategy<Order> orderMatch;
    private final MatchStrategy<Customer> customerMatch;
    private final Map<OrderType, OrderType> typeMapping;
    private final boolean namespacedReferences;
    private final BiPredicate<Order, Order> sameDocument;

    private OrderFlow(Builder b) {
        this.name = b.name;
        this.settings = b.settings;
        this.source = b.source;
        this.target = b.target;
        this.catalog = b.catalog;
        this.mapper = b.mapper;
        this.customerMapper = b.customerMapper;
        this.orderMatch = b.orderMatch;
        this.customerMatch = b.customerMatch;
        this.typeMapping = Map.copyOf(b.typeMapping);
        this.namespacedReferences = b.namespacedReferences;
        this.sameDocument = b.sameDocument;
    }

    static Builder builder(Connector source, Connector target) {
        return new Builder(source, target);
    }

    @Override
    public String name() {
        return name;
    }

    /** The flow's own settings, set with {@code Builder.settings}; empty: the engine's. */
    @Override
    public Optional<Settings> settings() {
        return Optional.ofNullable(settings);
    }

    @Override
    public String direction() {
        return source.name() + " -> " + target.name();
    }

    @Override
    public List<String> configurationProblems(Settings given) {
        Settings settings = this.settings == null ? given : this.settings; // its own, also when asked directly
        List<String> problems = new ArrayList<>();
        Implementations.requireRegistered(problems, source);
        Implementations.requireRegistered(problems, target);
        if (catalog != null) {
            Implementations.requireRegistered(problems, catalog);
        }
        Requirements.require(problems, name, source, EntityType.ORDER, Capability.READ, "read");
        Requirements.require(problems, name, target, EntityType.ORDER, Capability.CREATE, "create");
        if (!problems.isEmpty()) {
            return problems;
        }
        Requirements.requireMatchable(problems, name, target, EntityType.ORDER);
        if (target.capabilities().writableOrderTypes().isEmpty()) {
            problems.add("flow '" + name + "': " + target.name() + " declares no order types it can create");
        }
        typeMapping.forEach((from, to) -> {
            if (!target.capabilities().writableOrderTypes().contains(to)) {
                problems.add("flow '" + name + "': type mapping " + from + " -> " + to + ", but " + target.name()
                        + " can only create " + target.capabilities().writableOrderTypes());
            }
        });
        if (!source.capabilities().has(EntityType.ORDER, Capability.ORDER_LINES)
                && settings.headerOnlyLineSku().isEmpty()) {
            problems.add("flow '" + name + "': " + source.name() + "'s API returns orders without lines (headers "
                    + "only); set Settings.headerOnlyLine(sku, description) to write each with one line");
        }
        boolean customers = target.capabilities().has(EntityType.CUSTOMER, Capability.CREATE)
                && TargetMatcher.canMatch(target, EntityType.CUSTOMER);
        if (!customers && settings.defaultDebtor().isEmpty()) {
            problems.add("flow '" + name + "': " + Requirements.lack(target, EntityType.CUSTOMER, "find and create")
                    + " and no default debtor is configured (Settings.defaultDebtor)");
        }
        if (catalog != null && !TargetMatcher.canMatch(catalog, EntityType.PRODUCT)) {
            problems.add("flow '" + name + "': the product catalogue " + Requirements.lack(catalog,
                    EntityType.PRODUCT, "list or search"));
        }
        return problems;
    }

    @Override
    public FlowReport run(RunContext context) {
        return new OrderRunner(name, direction(), source, target, catalog, mapper, customerMapper, orderMatch,
                customerMatch, typeMapping, namespacedReferences, sameDocument, context).run();
    }

    /** Builds an {@link OrderFlow}. */
    public static final class Builder {
        private final Connector source;
        private final Connector target;
        private String name;
        private Settings settings;
        private Connector catalog;
        private Mapper<Order> mapper = Mappers.order();
        private Mapper<Customer> customerMapper = Mappers.customer();
        private MatchStrategy<Order> orderMatch = MatchStrategy.byReference();
        private MatchStrategy<Customer> customerMatch = MatchStrategy.byEmail();
        private final Map<OrderType, OrderType> typeMapping = new EnumMap<>(OrderType.class);
        private boolean namespacedReferences = true;
        private BiPredicate<Order, Order> sameDocument = OrderRunner::sameDocument;

        private Builder(Connector source, Connector target) {
            this.source = Objects.requireNonNull(source, "source");
            this.target = Objects.requireNonNull(target, "target");
            this.name = "orders:" + source.name() + "->" + target.name();
        }

        /** The flow's name (keys its state); default {@code orders:<source>-><target>}. */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Settings for this flow's records, replacing the engine's (e.g. its own default debtor); default none: the
         * engine's. The engine-wide settings (lock lease, key-lock timeout, activity retention, time source, dry
         * run) stay the engine's; setting one to another value here is a configuration problem. See
         * {@link Settings}.
         */
        public Builder settings(Settings value) {
            if (value == null) {
                throw new IllegalArgumentException("settings must not be null (leave unset for the engine's)");
            }
            this.settings = value;
            return this;
        }

        /**
         * The system whose products every line's SKU must exist in (usually AccountView); default none (no
         * check). Missing SKUs fail the order unless {@link Settings#fallbackSku()} is set.
         */
        public Builder productCatalog(Connector value) {
            this.catalog = value;
            return this;
        }

        /** Replaces the order mapper (default {@link Mappers#order()}). */
        public Builder mapper(Mapper<Order> value) {
            this.mapper = Objects.requireNonNull(value, "mapper");
            return this;
        }

        /** Replaces the mapper of the order's customer (default {@link Mappers#customer()}). */
        public Builder customerMapper(Mapper<Customer> value) {
            this.customerMapper = Objects.requireNonNull(value, "customerMapper");
            return this;
        }

        /** How orders are found in the target (default by reference). */
        public Builder orderMatch(MatchStrategy<Order> value) {
            this.orderMatch = Objects.requireNonNull(value, "orderMatch");
            return this;
        }

        /** How the order's customer is found in the target (default by e-mail). */
        public Builder customerMatch(MatchStrategy<Customer> value) {
            this.customerMatch = Objects.requireNonNull(value, "customerMatch");
            return this;
        }

        /**
         * Writes source documents of one type as another type. Without a mapping the type is kept when the
         * target can create it, else the target's only type, else a sales order becomes an invoice.
         */
        public Builder typeMapping(OrderType from, OrderType to) {
            typeMapping.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
            return this;
        }

        /**
         * Whether the order's reference is written into the target in the source's namespace, {@code
         * source.referencePrefix() + reference} (e.g. invoice number {@code AV-1042} for AccountView order 1042);
         * default true. The prefix keeps references of different systems from colliding (an unrelated invoice
         * numbered 1042 is not taken for the order) and is the provenance marker the reverse flow reads to skip
         * copies of its own documents. Switch it off only when the target's numbering must be the source's number
         * unchanged; collisions then surface as conflicts (failed records), echoes are then caught by state only.
         */
        public Builder namespacedReferences(boolean value) {
            this.namespacedReferences = value;
            return this;
        }

        /**
         * How a document found in the target by the order's reference is confirmed to be this order's copy before it
         * is linked: {@code (order to write, document found) -> same?}. A mismatch is a conflict: the order fails
         * naming both documents, it is neither written nor skipped. Default: date, customer name and gross total
         * agree wherever both sides know them.
         */
        public Builder sameDocument(BiPredicate<Order, Order> value) {
            this.sameDocument = Objects.requireNonNull(value, "sameDocument");
            return this;
        }

        /** The flow. */
        public OrderFlow build() {
            if (name.isBlank() || name.length() > 90) {
                throw new IllegalArgumentException("flow name '" + name + "' must be 1 to 90 characters");
            }
            return new OrderFlow(this);
        }
    }
}
