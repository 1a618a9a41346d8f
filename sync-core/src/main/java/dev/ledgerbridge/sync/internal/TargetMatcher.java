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
import java.util.OptionalLong;

/**
 * Finds records in a system by the keys of a {@link MatchStrategy}: through the system's lookup for keys it can
 * search, otherwise through an index built from one full read (prefetched on first need, kept up to date with
 * what this run creates). Thread-safe.
 *
 * <p>A search costs about one call per key, a full read one call per page. When a system can do both, the matcher
 * decides per run: it asks the system's reader once what a full read costs
 * ({@link dev.ledgerbridge.sync.spi.EntityReader#estimateFullReadCalls()}, E calls) and searches while the searches
 * so far stay below E - 1, then reads everything once (the rent-or-buy rule: never more than about twice the
 * cheaper of the two; a read of one call at once). One new order against 10,000 target documents costs one search; a first sync of thousands into a
 * small target costs one read. Without an estimate it searches the first {@code searchesBeforeIndex} keys.
 *
 * <p>Memory: the index holds key -> id, one entry per key of the target's records. Values are kept once per record of
 * the full read (the current record that an update decision or a conflict check needs on a match) and for the
 * answers of the last {@value #SEARCH_CACHE} searches; what this run creates is not kept (the key registry in the
 * state store finds it), so nothing grows with the number of records a run processes.
 *
 * @param <T> the model type
 */
public final class TargetMatcher<T> {
    /** Searched keys whose answers are kept (a key asked twice, such as one SKU on many orders, costs one call). */
    static final int SEARCH_CACHE = 10_000;

    private final Connector system;
    private final EntityType<T> type;
    private final MatchStrategy<T> strategy;
    private final int searchesBeforeIndex;
    /** Key -> ids of the full read and of this run's writes; null until built. */
    private Map<MatchKey, List<String>> index;
    /** Values of the full read by id (updated when this run changes one). */
    private final Map<String, T> values = new HashMap<>();
    /** Look-up answers of this run, least recently used first. */
    private final Map<MatchKey, List<Identified<T>>> searched = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MatchKey, List<Identified<T>>> eldest) {
            return size() > SEARCH_CACHE;
        }
    };
    /** Searches this run may make before one full read is cheaper; -1 until asked. */
    private long searchBudget = -1;
    private long searches;

    /** A matcher that searches for every key the system can search (never switches to an index). */
    public TargetMatcher(Connector system, EntityType<T> type, MatchStrategy<T> strategy) {
        this(system, type, strategy, Integer.MAX_VALUE);
    }

    /**
     * A matcher over a system's records of a type that switches from searching to a full-read index when that is
     * cheaper by the reader's estimate, or after {@code searchesBeforeIndex} searches in this run when the reader
     * has no estimate ({@code Integer.MAX_VALUE}: never switch).
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
                searched.put(key, new ArrayList<>(found));
            }
            return found;
        }
        if (!system.capabilities().has(type, Capability.READ)) {
            return List.of();
        }
        synchronized (this) {
            List<Identified<T>> found = new ArrayList<>();
            for (String id : index().getOrDefault(key, List.of())) {
                found.add(new Identified<>(id, values.get(id)));
            }
            return found;
        }
    }

    /**
     * Whether to answer from the full-read index rather than search: the system lists, and the searches of this
     * run have reached what one full read costs.
     */
    private synchronized boolean useIndex() {
        if (!system.capabilities().has(type, Capability.READ)) {
            return false;
        }
        if (index != null) {
            return true;
        }
        if (searchBudget < 0) {
            searchBudget = searchesBeforeIndex == Integer.MAX_VALUE ? Long.MAX_VALUE : budget();
        }
        return searches >= searchBudget;
    }

    /**
     * The searches to make before one full read: with an estimate of E calls, while one more search still costs
     * less than the read (E - 1; none when a read costs one call, as a search does, but answers every key);
     * without one, the configured fallback.
     */
    private long budget() {
        OptionalLong calls = Implementations.reader(system, type).estimateFullReadCalls();
        return calls.isPresent() ? Math.max(0, calls.getAsLong() - 1) : searchesBeforeIndex;
    }

    /** The record's value in the system as of this run's full read, if it has one and this run did not change it. */
    public synchronized Optional<T> known(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /**
     * The record's current value for an update. For systems that can list but not search (BuchhaltungsButler
     * debtors: no get-by-id) one list sweep per run serves all updates, unless the system's writer updates
     * correctly without it ({@link dev.ledgerbridge.sync.spi.EntityWriter#updateNeedsCurrent()} false); searchable
     * systems get what this run has seen, possibly nothing.
     */
    public synchronized Optional<T> currentForUpdate(String id) {
        if (!values.containsKey(id) && index == null && system.capabilities().searchKeys(type).isEmpty()
                && system.capabilities().has(type, Capability.READ)
                && system.entities().writer(type).map(w -> w.updateNeedsCurrent()).orElse(true)) {
            index();
        }
        return Optional.ofNullable(values.get(id));
    }

    /**
     * Remembers a record this run created or updated. An updated record of the full read is re-keyed with its new
     * value; cached search answers are corrected. A created record is not added to the index: later records with
     * its keys find it through the key registry ({@code TargetKeys}) that every create writes, so the index does
     * not grow with what a run writes.
     */
    public synchronized void remember(String id, T value) {
        searched.values().forEach(list -> list.removeIf(i -> i.id().equals(id)));
        strategy.keys(value).forEach(k -> {
            List<Identified<T>> cached = searched.get(k);
            if (cached != null) {
                cached.add(new Identified<>(id, value));
            }
        });
        T previous = values.get(id);
        if (index != null && previous != null) {
            strategy.keys(previous).forEach(k -> {
                List<String> ids = index.get(k);
                if (ids != null) {
                    ids.remove(id);
                }
            });
            strategy.keys(value).forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>(1)).add(id));
            values.put(id, value);
        }
    }

    /**
     * Forgets what this run read of the system (the index and the look-up answers), so that the next find reads
     * it again: another run, killed before it recorded its create, may have added the record since.
     */
    public synchronized void refresh() {
        index = null;
        values.clear();
        searched.clear();
    }

    private Map<MatchKey, List<String>> index() {
        if (index == null) {
            Map<MatchKey, List<String>> built = new HashMap<>();
            for (Identified<T> record : Implementations.reader(system, type).read(null).records()) {
                values.put(record.id(), record.value());
                strategy.keys(record.value()).forEach(k -> built.computeIfAbsent(k, x -> new ArrayList<>(1))
                        .add(record.id()));
            }
            index = built;
        }
        return index;
    }
}
