package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds records in a system by the keys of a {@link MatchStrategy}: through the system's lookup for keys it can
 * search, otherwise through an index built from one full read (prefetched on first need, kept up to date with
 * what this run creates). Thread-safe.
 *
 * <p>A search costs one call per record, a full read one call per page. So when a system can do both, the matcher
 * searches for the first {@code searchesBeforeIndex} keys of a run (cheap for the usual few new records) and then
 * switches to the index (cheap for a first sync of thousands): the calls stay within the smaller of the two plus
 * that threshold.
 *
 * @param <T> the model type
 */
public final class TargetMatcher<T> {
    private final Connector system;
    private final EntityType<T> type;
    private final MatchStrategy<T> strategy;
    private Map<MatchKey, List<Identified<T>>> index;
    private final Map<String, T> byId = new HashMap<>();
    /** Look-up answers of this run: a key asked twice (same SKU on many orders) costs one call. */
    private final Map<MatchKey, List<Identified<T>>> searched = new HashMap<>();
    private final int searchesBeforeIndex;
    private int searches;

    /** A matcher that searches for every key the system can search (never switches to an index). */
    public TargetMatcher(Connector system, EntityType<T> type, MatchStrategy<T> strategy) {
        this(system, type, strategy, Integer.MAX_VALUE);
    }

    /**
     * A matcher over a system's records of a type that switches from searching to a full-read index after
     * {@code searchesBeforeIndex} searches in this run, when the system can list the type.
     */
    public TargetMatcher(Connector system, EntityType<T> type, MatchStrategy<T> strategy, int searchesBeforeIndex) {
        this.system = system;
        this.type = type;
        this.strategy = strategy;
        this.searchesBeforeIndex = searchesBeforeIndex;
    }

    /** True when the system can search or list this type, so that existing records can be found. */
    public static boolean canMatch(Connector system, EntityType<?> type) {
        return system.capabilities().has(type, Capability.READ)
                || !system.capabilities().searchKeys(type).isEmpty();
    }

    /** The keys of a value under this matcher's strategy. */
    public List<MatchKey> keys(T value) {
        return strategy.keys(value);
    }

    /**
     * The one record matching the value's keys (the first key with matches wins).
     *
     * @throws IllegalStateException when a key matches several records: writing would guess
     */
    public Optional<Identified<T>> find(T value) {
        for (MatchKey key : strategy.keys(value)) {
            List<Identified<T>> matches = find(key);
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
            if (matches.size() > 1) {
                throw new IllegalStateException(matches.size() + " " + type.plural() + " in " + system.name()
                        + " match " + key.name() + " (ids " + matches.stream().map(Identified::id).toList()
                        + "); resolve the duplicate or use another match strategy");
            }
        }
        return Optional.empty();
    }

    /** The records matching one key. */
    public List<Identified<T>> find(MatchKey key) {
        if (system.capabilities().canSearch(type, key.name()) && !useIndex()) {
            synchronized (this) {
                List<Identified<T>> cached = searched.get(key);
                if (cached != null) {
                    return List.copyOf(cached);
                }
                searches++;
            }
            List<Identified<T>> found = Implementations.lookup(system, type).find(key);
            synchronized (this) {
                found.forEach(f -> byId.put(f.id(), f.value()));
                searched.put(key, new ArrayList<>(found));
            }
            return found;
        }
        if (!system.capabilities().has(type, Capability.READ)) {
            return List.of();
        }
        synchronized (this) {
            return List.copyOf(index().getOrDefault(key, List.of()));
        }
    }

    /** Whether to answer from the full-read index rather than search: the system lists and searches ran out. */
    private synchronized boolean useIndex() {
        return system.capabilities().has(type, Capability.READ) && (index != null || searches >= searchesBeforeIndex);
    }

    /** The record's last known value in the system, if this run has seen it. */
    public synchronized Optional<T> known(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The record's current value for an update. For systems that can list but not search and whose writer
     * {@linkplain dev.ledgerbridge.sync.spi.EntityWriter#updateNeedsCurrent() needs it}, one list sweep per run
     * serves all updates; other systems get what this run has seen, possibly nothing.
     */
    public synchronized Optional<T> currentForUpdate(String id) {
        if (!byId.containsKey(id) && index == null && system.capabilities().searchKeys(type).isEmpty()
                && system.capabilities().has(type, Capability.READ)
                && system.entities().writer(type).map(w -> w.updateNeedsCurrent()).orElse(true)) {
            index();
        }
        return Optional.ofNullable(byId.get(id));
    }

    /** Remembers a record this run created or updated, so later records match it without another read. */
    public synchronized void remember(String id, T value) {
        T previous = byId.put(id, value);
        searched.values().forEach(list -> list.removeIf(i -> i.id().equals(id)));
        strategy.keys(value).forEach(k -> {
            List<Identified<T>> cached = searched.get(k);
            if (cached != null) {
                cached.add(new Identified<>(id, value));
            }
        });
        if (index != null) {
            if (previous != null) {
                strategy.keys(previous).forEach(k -> index.getOrDefault(k, new ArrayList<>())
                        .removeIf(i -> i.id().equals(id)));
            }
            Identified<T> entry = new Identified<>(id, value);
            strategy.keys(value).forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
        }
    }

    private Map<MatchKey, List<Identified<T>>> index() {
        if (index == null) {
            Map<MatchKey, List<Identified<T>>> built = new LinkedHashMap<>();
            for (Identified<T> record : Implementations.reader(system, type).read(null).records()) {
                byId.put(record.id(), record.value());
                strategy.keys(record.value()).forEach(k -> built.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(record));
            }
            index = built;
        }
        return index;
    }
}
