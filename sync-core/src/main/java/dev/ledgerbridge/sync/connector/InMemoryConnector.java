package dev.ledgerbridge.sync.connector;

import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.UnsupportedCapabilityException;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A connector over maps in memory, for tests, demos and as a model for connector authors. It does exactly what
 * its {@link Capabilities} declare, counts every call (the figure that matters against rate-limited APIs), keeps
 * a change sequence for {@link Capability#READ_CHANGES}, honours {@link Update#keepFields()}, and stores only the
 * {@link Capabilities#fields(EntityType) fields it declares}. Thread-safe.
 */
public final class InMemoryConnector implements Connector {
    private final String name;
    private final Capabilities capabilities;
    private final Entities entities;
    private volatile String referencePrefix;
    private final Map<EntityType<?>, Map<String, Object>> records = new HashMap<>();
    private final Map<EntityType<?>, Map<String, Long>> changeSequence = new HashMap<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    private final Map<String, Function<Object, String>> keyExtractors = new HashMap<>();
    private long sequence;
    private long nextId = 1;

    /**
     * A connector.
     *
     * @param name         the system's name for messages
     * @param capabilities what it can do
     */
    public InMemoryConnector(String name, Capabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
        this.referencePrefix = Connector.super.referencePrefix();
        Entities.Builder registered = Entities.builder();
        EntityType.values().forEach(type -> register(registered, type));
        this.entities = registered.build();
        keyExtractor(EntityType.CUSTOMER, MatchKey.EMAIL,
                c -> c.email() == null ? null : c.email().toLowerCase(Locale.ROOT));
        keyExtractor(EntityType.PRODUCT, MatchKey.SKU, Product::sku);
        keyExtractor(EntityType.STOCK, MatchKey.SKU, StockLevel::sku);
        keyExtractor(EntityType.CATEGORY, MatchKey.CODE, Category::code);
        keyExtractor(EntityType.ORDER, MatchKey.REFERENCE, Order::reference);
    }

    /** Sets the namespace of this system's documents in other systems (default from the name); returns this. */
    public InMemoryConnector referencePrefix(String value) {
        this.referencePrefix = java.util.Objects.requireNonNull(value, "referencePrefix");
        return this;
    }

    @Override
    public String referencePrefix() {
        return referencePrefix;
    }

    /**
     * Declares how a search key is computed for this connector's lookup (defaults: customer {@code email},
     * product and stock {@code sku}, category {@code code}, order {@code reference}).
     */
    public <T> InMemoryConnector keyExtractor(EntityType<T> type, String key, Function<T, String> extractor) {
        synchronized (this) {
            keyExtractors.put(type.name() + "/" + key, v -> extractor.apply(type.modelType().cast(v)));
        }
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Entities entities() {
        return entities;
    }

    /** Registers what the capabilities declare for the type. */
    private <T> void register(Entities.Builder registered, EntityType<T> type) {
        if (capabilities.has(type, Capability.READ)) {
            registered.reader(type, reader(type));
        }
        if (!capabilities.searchKeys(type).isEmpty()) {
            registered.lookup(type, lookup(type));
        }
        if (capabilities.has(type, Capability.CREATE) || capabilities.has(type, Capability.UPDATE)) {
            registered.writer(type, writer(type));
        }
    }

    /** Stores a record as if it existed in the system, without counting a call. */
    public synchronized <T> InMemoryConnector put(EntityType<T> type, String id, T value) {
        records.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, value);
        changeSequence.computeIfAbsent(type, t -> new HashMap<>()).put(id, ++sequence);
        return this;
    }

    /** Removes a record as if it was deleted in the system, without counting a call. */
    public synchronized <T> InMemoryConnector remove(EntityType<T> type, String id) {
        records.getOrDefault(type, new LinkedHashMap<>()).remove(id);
        changeSequence.getOrDefault(type, new HashMap<>()).remove(id);
        return this;
    }

    /** A stored record. */
    public synchronized <T> Optional<T> get(EntityType<T> type, String id) {
        return Optional.ofNullable(records.getOrDefault(type, Map.of()).get(id)).map(type.modelType()::cast);
    }

    /** All stored records of a type, in insertion order. */
    public synchronized <T> List<Identified<T>> all(EntityType<T> type) {
        List<Identified<T>> list = new ArrayList<>();
        records.getOrDefault(type, Map.of()).forEach((id, v) -> list.add(new Identified<>(id, type.modelType()
                .cast(v))));
        return list;
    }

    /** Calls so far, by operation (e.g. {@code create customers}). */
    public synchronized Map<String, Integer> calls() {
        return Map.copyOf(calls);
    }

    /** Calls of one operation ({@code read}, {@code find}, {@code create}, {@code update}, {@code createAll}). */
    public synchronized int calls(String operation, EntityType<?> type) {
        return calls.getOrDefault(operation + " " + type.plural(), 0);
    }

    /** Calls of all write operations so far. */
    public synchronized int writeCalls() {
        return calls.entrySet().stream().filter(e -> e.getKey().startsWith("create") || e.getKey().startsWith("update"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Forgets the call counts. */
    public synchronized void resetCalls() {
        calls.clear();
    }

    private void count(String operation, EntityType<?> type) {
        calls.merge(operation + " " + type.plural(), 1, Integer::sum);
    }

    private void require(EntityType<?> type, Capability capability) {
        if (!capabilities.has(type, capability)) {
            throw new UnsupportedCapabilityException(name + " " + capability + " " + type.plural());
        }
    }

    private <T> EntityReader<T> reader(EntityType<T> type) {
        return cursor -> {
            List<Identified<T>> result = new ArrayList<>();
            long high;
            synchronized (this) {
                count("read", type);
                long since = cursor == null || !capabilities.has(type, Capability.READ_CHANGES) ? Long.MIN_VALUE
                        : Long.parseLong(cursor);
                high = sequence;
                Map<String, Long> seq = changeSequence.getOrDefault(type, Map.of());
                records.getOrDefault(type, Map.of()).forEach((id, v) -> {
                    if (seq.getOrDefault(id, 0L) > since) {
                        result.add(new Identified<>(id, type.modelType().cast(v)));
                    }
                });
            }
            Optional<String> next = capabilities.has(type, Capability.READ_CHANGES)
                    ? Optional.of(Long.toString(high)) : Optional.empty();
            return ReadResult.of(result, () -> next);
        };
    }

    private <T> EntityLookup<T> lookup(EntityType<T> type) {
        return key -> {
            synchronized (this) {
                count("find", type);
                Function<Object, String> extractor = keyExtractors.get(type.name() + "/" + key.name());
                if (extractor == null || !capabilities.canSearch(type, key.name())) {
                    throw new UnsupportedCapabilityException(name + " searching " + type.plural() + " by "
                            + key.name());
                }
                List<Identified<T>> found = new ArrayList<>();
                records.getOrDefault(type, Map.of()).forEach((id, v) -> {
                    if (key.value().equals(extractor.apply(v))) {
                        found.add(new Identified<>(id, type.modelType().cast(v)));
                    }
                });
                return found;
            }
        };
    }

    /** Orders keep the reference they were written with as their provenance marker, as the real systems do. */
    private static <T> T withMarker(EntityType<T> type, T value) {
        if (value instanceof Order o && o.externalReference() == null) {
            return type.modelType().cast(o.toBuilder().externalReference(o.reference()).build());
        }
        return value;
    }

    private <T> EntityWriter<T> writer(EntityType<T> type) {
        return new EntityWriter<>() {
            @Override
            public String create(T value) {
                require(type, Capability.CREATE);
                synchronized (InMemoryConnector.this) {
                    count("create", type);
                    return insert(type, withMarker(type, value));
                }
            }

            @Override
            public void update(Update<T> update) {
                require(type, Capability.UPDATE);
                synchronized (InMemoryConnector.this) {
                    count("update", type);
                    T current = get(type, update.targetId()).orElseThrow(() -> new IllegalArgumentException(
                            name + " has no " + type.name() + " with id " + update.targetId()));
                    put(type, update.targetId(), held(type, keep(type, update.value(), current, update)));
                }
            }

            @Override
            public List<WriteResult> createAll(List<T> values) {
                require(type, Capability.BATCH_CREATE);
                synchronized (InMemoryConnector.this) {
                    count("createAll", type);
                    List<WriteResult> results = new ArrayList<>();
                    values.forEach(v -> results.add(WriteResult.created(insert(type, v))));
                    return results;
                }
            }
        };
    }

    private <T> String insert(EntityType<T> type, T value) {
        String id = Character.toUpperCase(type.name().charAt(0)) + Long.toString(nextId++);
        put(type, id, held(type, value));
        return id;
    }

    /** The value as this system stores it: fields outside {@link Capabilities#fields} are dropped (null). */
    private <T> T held(EntityType<T> type, T value) {
        java.util.Set<String> fields = capabilities.fields(type);
        if (fields.containsAll(type.fieldNames())) {
            return value;
        }
        return copy(type, value, c -> fields.contains(c.getName()) || c.getType().isPrimitive() ? value : null);
    }

    /** The new value with the kept fields taken from the current one. */
    private static <T> T keep(EntityType<T> type, T value, T current, Update<T> update) {
        if (update.keepFields().isEmpty()) {
            return value;
        }
        return copy(type, value, c -> update.keepFields().contains(c.getName()) ? current : value);
    }

    /** A copy whose every component is read from the record the function picks for it (null: left null). */
    private static <T> T copy(EntityType<T> type, T value, Function<RecordComponent, T> from) {
        try {
            RecordComponent[] components = type.modelType().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                T source = from.apply(c);
                args[i] = source == null ? null : c.getAccessor().invoke(source);
            }
            Constructor<T> constructor = type.modelType().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + type.name() + " " + value + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return "InMemoryConnector[" + name + "]";
    }
}
