package dev.ledgerbridge.sync.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The readers, lookups and writers a {@link Connector} hands the engine, registered per {@link EntityType}. The
 * builder ties each {@code EntityType<T>} to an implementation for {@code T}, so a connector needs no cast:
 * <pre>{@code
 * Entities.builder()
 *         .reader(EntityType.ORDER, cursor -> ReadResult.of(shop.orders()))
 *         .writer(EntityType.CUSTOMER, customerWriter)
 *         .build();
 * }</pre>
 * Every capability the connector declares in its {@link Capabilities} needs its implementation here
 * ({@link Capability#READ}: a reader; {@link Capability#CREATE}, {@link Capability#UPDATE},
 * {@link Capability#BATCH_CREATE}: a writer; search keys: a lookup); the engine reports a missing one before a
 * run starts. Immutable.
 */
public final class Entities {
    private static final Entities NONE = builder().build();

    private final Map<EntityType<?>, EntityReader<?>> readers;
    private final Map<EntityType<?>, EntityLookup<?>> lookups;
    private final Map<EntityType<?>, EntityWriter<?>> writers;

    private Entities(Builder b) {
        this.readers = Collections.unmodifiableMap(new LinkedHashMap<>(b.readers));
        this.lookups = Collections.unmodifiableMap(new LinkedHashMap<>(b.lookups));
        this.writers = Collections.unmodifiableMap(new LinkedHashMap<>(b.writers));
    }

    /** A builder with nothing registered. */
    public static Builder builder() {
        return new Builder();
    }

    /** Nothing registered (a connector that declares no capability). */
    public static Entities none() {
        return NONE;
    }

    /** A builder holding these registrations, to add or replace some (e.g. in a decorating connector). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.readers.putAll(readers);
        b.lookups.putAll(lookups);
        b.writers.putAll(writers);
        return b;
    }

    /** The reader of the type; empty when none is registered. */
    public <T> Optional<EntityReader<T>> reader(EntityType<T> type) {
        return Optional.ofNullable(typed(readers.get(type)));
    }

    /** The lookup of the type; empty when none is registered. */
    public <T> Optional<EntityLookup<T>> lookup(EntityType<T> type) {
        return Optional.ofNullable(typed(lookups.get(type)));
    }

    /** The writer of the type; empty when none is registered. */
    public <T> Optional<EntityWriter<T>> writer(EntityType<T> type) {
        return Optional.ofNullable(typed(writers.get(type)));
    }

    /** The types with a registered reader. */
    public Set<EntityType<?>> readable() {
        return readers.keySet();
    }

    /** The types with a registered lookup. */
    public Set<EntityType<?>> searchable() {
        return lookups.keySet();
    }

    /** The types with a registered writer. */
    public Set<EntityType<?>> writable() {
        return writers.keySet();
    }

    /**
     * The one cast of the SPI. Safe by construction: the builder only stores an implementation for {@code T}
     * under an {@code EntityType<T>}, and every map is read with the key's own type.
     */
    @SuppressWarnings("unchecked")
    private static <I> I typed(Object implementation) {
        return (I) implementation;
    }

    @Override
    public String toString() {
        return "Entities[read " + readers.keySet() + ", search " + lookups.keySet() + ", write " + writers.keySet()
                + "]";
    }

    /** Builds {@link Entities}; a later registration for a type replaces an earlier one. */
    public static final class Builder {
        private final Map<EntityType<?>, EntityReader<?>> readers = new LinkedHashMap<>();
        private final Map<EntityType<?>, EntityLookup<?>> lookups = new LinkedHashMap<>();
        private final Map<EntityType<?>, EntityWriter<?>> writers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Registers the reader of records of the type ({@link Capability#READ}). */
        public <T> Builder reader(EntityType<T> type, EntityReader<T> reader) {
            readers.put(present(type, "reader type"), present(reader, "reader of " + type.plural()));
            return this;
        }

        /** Registers the lookup of records of the type by its declared search keys. */
        public <T> Builder lookup(EntityType<T> type, EntityLookup<T> lookup) {
            lookups.put(present(type, "lookup type"), present(lookup, "lookup of " + type.plural()));
            return this;
        }

        /** Registers the writer of records of the type ({@link Capability#CREATE}, {@link Capability#UPDATE}). */
        public <T> Builder writer(EntityType<T> type, EntityWriter<T> writer) {
            writers.put(present(type, "writer type"), present(writer, "writer of " + type.plural()));
            return this;
        }

        private static <V> V present(V value, String setting) {
            if (value == null) {
                throw new IllegalArgumentException(setting + " must not be null");
            }
            return value;
        }

        /** The registrations. */
        public Entities build() {
            return new Entities(this);
        }
    }
}
