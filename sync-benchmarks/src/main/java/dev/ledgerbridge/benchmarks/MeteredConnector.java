package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the API calls a connector would cost against the real API: a read costs one call per page of the
 * system's page size (counted while the engine iterates), a look-up, a create, an update and a batch create one
 * call each. Wraps any connector (an {@code InMemoryConnector} with the real systems' capabilities).
 */
final class MeteredConnector implements Connector {
    private final Connector delegate;
    private final int pageSize;
    private final Map<String, LongAdder> calls = new TreeMap<>();
    private final Entities entities;

    MeteredConnector(Connector delegate, int pageSize) {
        this.delegate = delegate;
        this.pageSize = pageSize;
        Entities.Builder metered = Entities.builder();
        EntityType.values().forEach(type -> meter(metered, type));
        this.entities = metered.build();
    }

    private <T> void meter(Entities.Builder metered, EntityType<T> type) {
        Entities inner = delegate.entities();
        inner.reader(type).ifPresent(r -> metered.reader(type, metered(type, r)));
        inner.lookup(type).ifPresent(l -> metered.lookup(type, metered(type, l)));
        inner.writer(type).ifPresent(w -> metered.writer(type, metered(type, w)));
    }

    @Override
    public Entities entities() {
        return entities;
    }

    /** The metered reader of the type, for the script. */
    <T> EntityReader<T> reader(EntityType<T> type) {
        return entities.reader(type).orElseThrow();
    }

    /** The metered lookup of the type, for the script. */
    <T> EntityLookup<T> lookup(EntityType<T> type) {
        return entities.lookup(type).orElseThrow();
    }

    /** The metered writer of the type, for the script. */
    <T> EntityWriter<T> writer(EntityType<T> type) {
        return entities.writer(type).orElseThrow();
    }

    /**
     * The references of the orders the system holds, read without counting: answers the script's look-ups by
     * reference in O(1) each (the in-memory systems search by scanning), each look-up still counted as one call.
     */
    java.util.Set<String> orderReferences() {
        java.util.Set<String> references = new java.util.HashSet<>();
        delegate.entities().reader(EntityType.ORDER).orElseThrow().read(null).records()
                .forEach(o -> references.add(o.value().reference()));
        return references;
    }

    synchronized void count(String operation) {
        calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    synchronized long total() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    synchronized long total(String prefix) {
        return calls.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    synchronized long writes() {
        return total("create") + total("update");
    }

    synchronized long reads() {
        return total("read") + total("find");
    }

    synchronized void reset() {
        calls.clear();
    }

    @Override
    public synchronized String toString() {
        return delegate.name() + calls;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Capabilities capabilities() {
        return delegate.capabilities();
    }

    private <T> EntityReader<T> metered(EntityType<T> type, EntityReader<T> reader) {
        return cursor -> {
            ReadResult<T> result = reader.read(cursor);
            String op = "read " + type.plural();
            Iterable<Identified<T>> paged = () -> new Iterator<>() {
                private final Iterator<Identified<T>> it = result.records().iterator();
                private long served;
                private boolean finished;

                @Override
                public boolean hasNext() {
                    boolean next = it.hasNext();
                    if (!next && !finished && served % pageSize == 0) {
                        count(op); // the last, short or empty page that tells the reader to stop
                    }
                    finished |= !next;
                    return next;
                }

                @Override
                public Identified<T> next() {
                    if (served % pageSize == 0) {
                        count(op);
                    }
                    served++;
                    return it.next();
                }
            };
            return ReadResult.of(paged, result::nextCursor);
        };
    }

    private <T> EntityLookup<T> metered(EntityType<T> type, EntityLookup<T> lookup) {
        return key -> {
            count("find " + type.plural());
            return lookup.find(key);
        };
    }

    private <T> EntityWriter<T> metered(EntityType<T> type, EntityWriter<T> writer) {
        return new EntityWriter<>() {
            @Override
            public String create(T value) {
                count("create " + type.plural());
                return writer.create(value);
            }

            @Override
            public void update(Update<T> update) {
                count("update " + type.plural());
                writer.update(update);
            }

            @Override
            public List<WriteResult> createAll(List<T> values) {
                count("createAll " + type.plural());
                return writer.createAll(values);
            }
        };
    }
}
