package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import java.util.List;
import java.util.function.Predicate;

/**
 * Wraps a connector to make writes fail on purpose: reject chosen records, or "crash" (an {@link Error}, as
 * when the process dies) right after the n-th write reached the system but before the engine heard of it.
 */
final class FaultyConnector implements Connector {
    /** Stands for the process dying: not an exception the engine may catch per record. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash after a write");
        }
    }

    private final Connector delegate;
    private final Entities entities;
    private Predicate<Object> reject = v -> false;
    private Predicate<Object> timeOut = v -> false;
    private int crashAfterWrites = -1;
    private int writes;
    final List<Update<?>> updates = new java.util.concurrent.CopyOnWriteArrayList<>();

    FaultyConnector(Connector delegate) {
        this.delegate = delegate;
        Entities.Builder wrapped = delegate.entities().toBuilder();
        EntityType.values().forEach(type -> wrapWriter(wrapped, type));
        this.entities = wrapped.build();
    }

    FaultyConnector rejectWhen(Predicate<Object> predicate) {
        this.reject = predicate;
        return this;
    }

    /** Creates of matching values end without an answer (a client-side timeout); nothing is written. */
    FaultyConnector timeOutWhen(Predicate<Object> predicate) {
        this.timeOut = predicate;
        return this;
    }

    FaultyConnector crashAfterWrites(int n) {
        this.crashAfterWrites = n;
        this.writes = 0;
        return this;
    }

    FaultyConnector healed() {
        this.crashAfterWrites = -1;
        this.reject = v -> false;
        this.timeOut = v -> false;
        return this;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Capabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public Entities entities() {
        return entities;
    }

    /** The delegate's writer of the type, if any, made faulty. */
    private <T> void wrapWriter(Entities.Builder entities, EntityType<T> type) {
        delegate.entities().writer(type).ifPresent(inner -> entities.writer(type, faulty(inner)));
    }

    private <T> EntityWriter<T> faulty(EntityWriter<T> inner) {
        return new EntityWriter<>() {
            @Override
            public String create(T value) {
                check(value);
                if (timeOut.test(value)) {
                    throw new dev.ledgerbridge.transport.error.RequestTimeoutException(
                            "No complete response for POST /create within PT60S", "POST /create", null);
                }
                String id = inner.create(value);
                afterWrite();
                return id;
            }

            @Override
            public void update(Update<T> update) {
                check(update.value());
                updates.add(update);
                inner.update(update);
                afterWrite();
            }

            @Override
            public List<WriteResult> createAll(List<T> values) {
                // like BuchhaltungsButler's add-batch: rejected items come back as errors, the rest is created
                List<T> accepted = values.stream().filter(v -> !reject.test(v)).toList();
                java.util.Iterator<WriteResult> created = inner.createAll(accepted).iterator();
                List<WriteResult> results = values.stream().map(v -> reject.test(v)
                        ? WriteResult.failed("invalid name specified (error code 8)") : created.next()).toList();
                afterWrite();
                return results;
            }
        };
    }

    private void check(Object value) {
        if (reject.test(value)) {
            throw new IllegalStateException(delegate.name() + " rejected the record (error code 8)");
        }
    }

    private void afterWrite() {
        writes++;
        if (crashAfterWrites >= 0 && writes >= crashAfterWrites) {
            throw new SimulatedCrash();
        }
    }
}
