package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.Update;

import java.util.Optional;
import java.util.Set;

/**
 * The per-record algorithm the engine is compared with: no state, no hashes, no batches, no prefetch; per record
 * a look-up and a write, per order line a look-up, and an OAuth token refresh before every AccountView call.
 * A look-up in a system that cannot search (BuchhaltungsButler debtors) is a full list sweep.
 */
final class Naive {
    private final MeteredConnector accountView;

    /** @param accountView the AccountView side, charged one token refresh per call */
    Naive(MeteredConnector accountView) {
        this.accountView = accountView;
    }

    private void refreshIfAv(Connector system) {
        if (system == accountView) {
            accountView.count("token refresh");
        }
    }

    void customers(MeteredConnector source, MeteredConnector target) {
        for (Identified<Customer> record : readAll(source, EntityType.CUSTOMER)) {
            Customer c = record.value();
            Optional<String> found = findCustomer(target, c.email());
            refreshIfAv(target);
            if (found.isPresent()) {
                target.writer(EntityType.CUSTOMER).update(new Update<>(found.get(), c, Set.of(), Optional.empty()));
            } else {
                target.writer(EntityType.CUSTOMER).create(c);
            }
        }
    }

    void orders(MeteredConnector source, MeteredConnector target, MeteredConnector catalog) {
        for (Identified<Order> record : readAll(source, EntityType.ORDER)) {
            Order order = record.value();
            refreshIfAv(target);
            if (!target.lookup(EntityType.ORDER).find(new MatchKey(MatchKey.REFERENCE, order.reference()))
                    .isEmpty()) {
                continue;
            }
            Optional<String> customer = findCustomer(target, order.customer().email());
            refreshIfAv(target);
            String customerId = customer.isPresent() ? update(target, customer.get(), order.customer())
                    : target.writer(EntityType.CUSTOMER).create(order.customer());
            for (OrderLine line : order.lines()) {
                refreshIfAv(catalog);
                catalog.lookup(EntityType.PRODUCT).find(new MatchKey(MatchKey.SKU, line.sku()));
            }
            refreshIfAv(target);
            target.writer(EntityType.ORDER).create(order.toBuilder().customerId(customerId)
                    .type(target.capabilities().writableOrderTypes().iterator().next()).build());
        }
    }

    void stock(MeteredConnector source, MeteredConnector target) {
        for (Identified<StockLevel> record : readAll(source, EntityType.STOCK)) {
            StockLevel level = StockLevel.ofQuantity(record.value().sku(), record.value().available());
            Optional<String> id;
            refreshIfAv(target);
            if (target.capabilities().canSearch(EntityType.STOCK, MatchKey.SKU)) {
                id = target.lookup(EntityType.STOCK).find(new MatchKey(MatchKey.SKU, level.sku())).stream()
                        .map(Identified::id).findFirst();
            } else {
                id = sweep(target, EntityType.STOCK, s -> level.sku().equals(s.sku()));
            }
            refreshIfAv(target);
            id.ifPresent(i -> target.writer(EntityType.STOCK).update(new Update<>(i, level, Set.of(),
                    Optional.empty())));
        }
    }

    private String update(MeteredConnector target, String id, Customer c) {
        target.writer(EntityType.CUSTOMER).update(new Update<>(id, c, Set.of(), Optional.empty()));
        return id;
    }

    private <T> Iterable<Identified<T>> readAll(MeteredConnector source, EntityType<T> type) {
        refreshIfAv(source);
        return source.reader(type).read(null).records();
    }

    private Optional<String> findCustomer(MeteredConnector target, String email) {
        refreshIfAv(target);
        if (target.capabilities().canSearch(EntityType.CUSTOMER, MatchKey.EMAIL)) {
            return target.lookup(EntityType.CUSTOMER).find(new MatchKey(MatchKey.EMAIL, email)).stream()
                    .map(Identified::id).findFirst();
        }
        return sweep(target, EntityType.CUSTOMER, c -> email.equals(c.email()));
    }

    /** A look-up where the API cannot search: list every page until found. */
    private static <T> Optional<String> sweep(MeteredConnector target, EntityType<T> type,
                                              java.util.function.Predicate<T> match) {
        for (Identified<T> r : target.reader(type).read(null).records()) {
            if (match.test(r.value())) {
                return Optional.of(r.id());
            }
        }
        return Optional.empty();
    }
}
