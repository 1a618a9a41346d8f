package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A connector decorator that passes on only the orders a predicate accepts when reading; everything else goes to
 * the wrapped connector unchanged. Used to keep two order flows in opposite directions from echoing each other's
 * orders back (an AccountView order written to BuchhaltungsButler must not come back as a new sales order).
 */
public final class OrderFilter implements Connector {

    private final Connector delegate;
    private final Predicate<Order> accept;

    private OrderFilter(Connector delegate, Predicate<Order> accept) {
        this.delegate = delegate;
        this.accept = accept;
    }

    /**
     * Wraps a connector.
     *
     * @param delegate the connector
     * @param accept   which orders to read
     * @return the filtering connector, with the same name and capabilities
     */
    public static Connector readingOnly(Connector delegate, Predicate<Order> accept) {
        return new OrderFilter(delegate, accept);
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
    @SuppressWarnings("unchecked")
    public <T> EntityReader<T> reader(EntityType<T> type) {
        EntityReader<T> reader = delegate.reader(type);
        if (type != EntityType.ORDER) {
            return reader;
        }
        return cursor -> {
            ReadResult<T> all = reader.read(cursor);
            List<Identified<T>> kept = new ArrayList<>();
            for (Identified<T> record : all.records()) {
                if (accept.test((Order) record.value())) {
                    kept.add(record);
                }
            }
            return ReadResult.of(kept, all::nextCursor);
        };
    }

    @Override
    public <T> EntityLookup<T> lookup(EntityType<T> type) {
        return delegate.lookup(type);
    }

    @Override
    public <T> EntityWriter<T> writer(EntityType<T> type) {
        return delegate.writer(type);
    }

    @Override
    public String toString() {
        return "OrderFilter[" + delegate + "]";
    }
}
