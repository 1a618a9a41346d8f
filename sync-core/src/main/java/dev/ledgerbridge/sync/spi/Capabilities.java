package dev.ledgerbridge.sync.spi;

import dev.ledgerbridge.sync.model.OrderType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a connector declares it can do, per entity type: its {@link Capability capabilities}, the
 * keys it can search by, its batch size, the order types it can write, the canonical fields its records hold,
 * and a note on what its API lacks. The engine checks flows against this before running anything.
 */
public final class Capabilities {
    private final Map<EntityType<?>, Set<Capability>> capabilities;
    private final Map<EntityType<?>, Set<String>> searchKeys;
    private final Map<EntityType<?>, Integer> maxBatchSizes;
    private final Map<EntityType<?>, String> notes;
    private final Map<EntityType<?>, Set<String>> fields;
    private final Map<EntityType<?>, Map<String, Integer>> maxLengths;
    private final Set<OrderType> writableOrderTypes;

    private Capabilities(Builder b) {
        this.capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(b.capabilities));
        this.searchKeys = Collections.unmodifiableMap(new LinkedHashMap<>(b.searchKeys));
        this.maxBatchSizes = Map.copyOf(b.maxBatchSizes);
        this.notes = Map.copyOf(b.notes);
        Map<EntityType<?>, Set<String>> held = new LinkedHashMap<>();
        b.fields.forEach((type, names) -> held.put(type, Collections.unmodifiableSet(new TreeSet<>(names))));
        this.fields = Collections.unmodifiableMap(held);
        this.writableOrderTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.orderTypes));
        Map<EntityType<?>, Map<String, Integer>> lengths = new LinkedHashMap<>();
        b.maxLengths.forEach((type, m) -> lengths.put(type, Map.copyOf(m)));
        this.maxLengths = Collections.unmodifiableMap(lengths);
    }

    /** A new builder with nothing declared. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the connector declares the capability for the entity type. */
    public boolean has(EntityType<?> type, Capability capability) {
        return capabilities.getOrDefault(type, Set.of()).contains(capability);
    }

    /** The capabilities declared for the entity type (empty: the system has no such records). */
    public Set<Capability> of(EntityType<?> type) {
        return capabilities.getOrDefault(type, Set.of());
    }

    /** True when the connector can look records of this type up by the named key. */
    public boolean canSearch(EntityType<?> type, String key) {
        return searchKeys.getOrDefault(type, Set.of()).contains(key);
    }

    /** The keys records of this type can be looked up by. */
    public Set<String> searchKeys(EntityType<?> type) {
        return searchKeys.getOrDefault(type, Set.of());
    }

    /** The largest batch the connector accepts for this type; 1 without {@link Capability#BATCH_CREATE}. */
    public int maxBatchSize(EntityType<?> type) {
        return has(type, Capability.BATCH_CREATE) ? maxBatchSizes.getOrDefault(type, 50) : 1;
    }

    /**
     * The canonical fields (names as in {@link EntityType#fieldNames()}) that records of this type hold in the
     * system: what a write stores and a read gives back. Without a declaration: all fields of the type. Before an
     * update the engine compares only these fields of the desired record with the target's current one, so that
     * fields the system cannot hold (e.g. a phone number where debtors have none) never cause a write.
     */
    public Set<String> fields(EntityType<?> type) {
        return fields.getOrDefault(type, type.fieldNames());
    }

    /**
     * The longest text the system holds per canonical field of this type (e.g. AccountView: a debtor's name 40
     * characters). The engine refuses a longer value before anything is sent, in dry runs too, so that the plan equals
     * the run; undeclared fields are limited only by the model.
     */
    public Map<String, Integer> maxLengths(EntityType<?> type) {
        return maxLengths.getOrDefault(type, Map.of());
    }

    /** The order types the connector can create. */
    public Set<OrderType> writableOrderTypes() {
        return writableOrderTypes;
    }

    /** The connector's explanation of a limitation for this type, e.g. "the API has no products". */
    public Optional<String> note(EntityType<?> type) {
        return Optional.ofNullable(notes.get(type));
    }

    @Override
    public String toString() {
        return "Capabilities" + capabilities + ", search " + searchKeys + ", order types " + writableOrderTypes;
    }

    /** Builds {@link Capabilities}. */
    public static final class Builder {
        private final Map<EntityType<?>, Set<Capability>> capabilities = new LinkedHashMap<>();
        private final Map<EntityType<?>, Set<String>> searchKeys = new LinkedHashMap<>();
        private final Map<EntityType<?>, Integer> maxBatchSizes = new LinkedHashMap<>();
        private final Map<EntityType<?>, String> notes = new LinkedHashMap<>();
        private final Map<EntityType<?>, Set<String>> fields = new LinkedHashMap<>();
        private final Set<OrderType> orderTypes = EnumSet.noneOf(OrderType.class);
        private final Map<EntityType<?>, Map<String, Integer>> maxLengths = new LinkedHashMap<>();

        private Builder() {
        }

        /** Declares capabilities for an entity type (adds to earlier declarations). */
        public Builder entity(EntityType<?> type, Capability... declared) {
            Set<Capability> set = capabilities.computeIfAbsent(type, t -> EnumSet.noneOf(Capability.class));
            Collections.addAll(set, declared);
            return this;
        }

        /** Declares the keys (e.g. {@code email}, {@code sku}, {@code reference}) the lookup searches by. */
        public Builder searchKeys(EntityType<?> type, String... keys) {
            Set<String> set = searchKeys.computeIfAbsent(type, t -> new TreeSet<>());
            Collections.addAll(set, keys);
            return this;
        }

        /** Declares the largest batch for {@link Capability#BATCH_CREATE} (default 50). */
        public Builder maxBatchSize(EntityType<?> type, int size) {
            if (size < 1) {
                throw new IllegalArgumentException("maxBatchSize for " + type + " must be >= 1, was " + size);
            }
            maxBatchSizes.put(type, size);
            return this;
        }

        /**
         * Declares the canonical fields records of this type hold in the system (adds to earlier declarations for
         * the type); undeclared types hold all fields. See {@link Capabilities#fields(EntityType)}.
         *
         * @throws IllegalArgumentException naming the field when it is not a field of the type's model
         */
        public Builder fields(EntityType<?> type, String... names) {
            Set<String> set = fields.computeIfAbsent(type, t -> new TreeSet<>());
            for (String name : names) {
                if (!type.fieldNames().contains(name)) {
                    throw new IllegalArgumentException("field '" + name + "' is not a " + type.name()
                            + " field; known: " + type.fieldNames());
                }
                set.add(name);
            }
            return this;
        }

        /**
         * Declares the longest text the system holds in a canonical field of this type. See
         * {@link Capabilities#maxLengths(EntityType)}.
         *
         * @throws IllegalArgumentException naming the field when it is not a field of the type's model, or the
         *                                  length when it is not positive
         */
        public Builder maxLength(EntityType<?> type, String field, int max) {
            if (!type.fieldNames().contains(field)) {
                throw new IllegalArgumentException("field '" + field + "' is not a " + type.name() + " field; known: "
                        + type.fieldNames());
            }
            if (max < 1) {
                throw new IllegalArgumentException("maxLength of " + field + " must be positive, was " + max);
            }
            maxLengths.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(field, max);
            return this;
        }

        /** Declares the order types the connector can create. */
        public Builder writableOrderTypes(OrderType... types) {
            Collections.addAll(orderTypes, types);
            return this;
        }

        /** Explains a limitation, used in configuration errors (e.g. "the API has no products"). */
        public Builder note(EntityType<?> type, String note) {
            notes.put(type, note);
            return this;
        }

        /** The capabilities. */
        public Capabilities build() {
            return new Capabilities(this);
        }
    }
}
