package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.internal.EntityRules;
import dev.ledgerbridge.sync.internal.Implementations;
import dev.ledgerbridge.sync.internal.Requirements;
import dev.ledgerbridge.sync.internal.UpsertRunner;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A create-or-update flow of customers, products, categories or stock levels from a source to a target
 * (made by {@link SyncFlows}). Per record: validate, map, skip when unchanged since the last write (content
 * hash), find the target record (stored link, else the {@link MatchStrategy}), update it respecting
 * create-only fields, or create it; save link and hash at once.
 *
 * @param <T> the model type
 */
public final class UpsertFlow<T> implements SyncFlow {
    private final String name;
    private final Settings settings;
    private final Connector source;
    private final Connector target;
    private final EntityRules<T> rules;
    private final Mapper<T> mapper;
    private final MatchStrategy<T> match;

    private UpsertFlow(Builder<T> b) {
        this.name = b.name;
        this.settings = b.settings;
        this.source = b.source;
        this.target = b.target;
        this.rules = b.rules;
        this.mapper = b.mapper;
        this.match = b.match;
    }

    static <T> Builder<T> builder(Connector source, Connector target, EntityRules<T> rules) {
        return new Builder<>(source, target, rules);
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

    /** The entity type this flow syncs. */
    public EntityType<T> type() {
        return rules.type();
    }

    @Override
    public List<String> configurationProblems(Settings given) {
        Settings settings = this.settings == null ? given : this.settings; // its own, also when asked directly
        List<String> problems = new ArrayList<>();
        Implementations.requireRegistered(problems, source);
        Implementations.requireRegistered(problems, target);
        EntityType<T> type = rules.type();
        Requirements.require(problems, name, source, type, Capability.READ, "read");
        Requirements.requireWrite(problems, name, target, type);
        if (problems.isEmpty()) {
            Requirements.requireMatchable(problems, name, target, type);
        }
        problems.addAll(rules.problems(source, target, settings));
        return problems;
    }

    @Override
    public FlowReport run(RunContext context) {
        return new UpsertRunner<>(name, direction(), source, target, rules, mapper, match, context).run();
    }

    /**
     * Builds an {@link UpsertFlow}.
     *
     * @param <T> the model type
     */
    public static final class Builder<T> {
        private final Connector source;
        private final Connector target;
        private final EntityRules<T> rules;
        private String name;
        private Settings settings;
        private Mapper<T> mapper;
        private MatchStrategy<T> match;

        private Builder(Connector source, Connector target, EntityRules<T> rules) {
            this.source = Objects.requireNonNull(source, "source");
            this.target = Objects.requireNonNull(target, "target");
            this.rules = rules;
            this.name = rules.type().plural().replace(' ', '-') + ":" + source.name() + "->" + target.name();
            this.mapper = rules.defaultMapper();
            this.match = rules.defaultMatch();
        }

        /** The flow's name (keys its state); default {@code <entities>:<source>-><target>}. */
        public Builder<T> name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Settings for this flow's records, replacing the engine's (e.g. its own default debtor); default none: the
         * engine's. The engine-wide settings (lock lease, key-lock timeout, activity retention, time source, dry
         * run) stay the engine's; setting one to another value here is a configuration problem. See
         * {@link Settings}.
         */
        public Builder<T> settings(Settings value) {
            if (value == null) {
                throw new IllegalArgumentException("settings must not be null (leave unset for the engine's)");
            }
            this.settings = value;
            return this;
        }

        /** Replaces the default mapper (see {@link Mappers}). */
        public Builder<T> mapper(Mapper<T> value) {
            this.mapper = Objects.requireNonNull(value, "mapper");
            return this;
        }

        /** Replaces the default match strategy. */
        public Builder<T> matchStrategy(MatchStrategy<T> value) {
            this.match = Objects.requireNonNull(value, "matchStrategy");
            return this;
        }

        /** The flow. */
        public UpsertFlow<T> build() {
            if (name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("flow name '" + name + "' must be 1 to 100 characters");
            }
            return new UpsertFlow<>(this);
        }
    }
}
