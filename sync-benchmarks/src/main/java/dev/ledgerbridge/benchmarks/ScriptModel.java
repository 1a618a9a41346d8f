package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The competent stateless script of {@link Script} on the call model's connectors: no state but the change
 * watermarks; one target list per run where the target cannot search; a look-up per order by reference; the
 * customer, catalogue and target lists only when there is something to write.
 */
final class ScriptModel {
    private final Map<EntityType<?>, String> watermarks = new HashMap<>();

    void customers(MeteredConnector source, MeteredConnector target) {
        List<Customer> changed = changes(source, EntityType.CUSTOMER);
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Identified<Customer>> byEmail = list(target, EntityType.CUSTOMER, Customer::email);
        for (Customer c : changed) {
            ensure(target, byEmail, c, true);
        }
    }

    void orders(MeteredConnector source, MeteredConnector target, MeteredConnector catalog) {
        List<Order> fresh = new ArrayList<>();
        Set<String> held = target.orderReferences();
        for (Identified<Order> o : source.reader(EntityType.ORDER).read(null).records()) {
            target.count("find orders"); // a look-up by reference, answered from the uncounted set
            if (!held.contains(o.value().reference())) {
                fresh.add(o.value());
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        Set<String> skus = list(catalog, EntityType.PRODUCT, p -> p.sku()).keySet();
        Map<String, Identified<Customer>> byEmail = list(target, EntityType.CUSTOMER, Customer::email);
        for (Order order : fresh) {
            if (order.lines().stream().allMatch(l -> skus.contains(l.sku()))) {
                String customer = ensure(target, byEmail, order.customer(), false);
                target.writer(EntityType.ORDER).create(order.toBuilder().customerId(customer)
                        .type(target.capabilities().writableOrderTypes().iterator().next()).build());
            }
        }
    }

    void stock(MeteredConnector source, MeteredConnector target) {
        List<StockLevel> changed = changes(source, EntityType.STOCK);
        if (changed.isEmpty()) {
            return;
        }
        boolean searchable = target.capabilities().canSearch(EntityType.STOCK, MatchKey.SKU);
        Map<String, Identified<StockLevel>> bySku = searchable ? Map.of()
                : list(target, EntityType.STOCK, StockLevel::sku);
        for (StockLevel level : changed) {
            StockLevel wanted = StockLevel.ofQuantity(level.sku(), level.available());
            Optional<Identified<StockLevel>> held = searchable
                    ? target.lookup(EntityType.STOCK).find(new MatchKey(MatchKey.SKU, level.sku())).stream().findFirst()
                    : Optional.ofNullable(bySku.get(level.sku()));
            if (held.isPresent() && !Objects.equals(wanted.quantity(), held.get().value().quantity())) {
                target.writer(EntityType.STOCK).update(new Update<>(held.get().id(), wanted, Set.of(),
                        Optional.of(held.get().value())));
            }
        }
    }

    /** The records changed since the watermark (all on the first run); moves the watermark on. */
    private <T> List<T> changes(MeteredConnector source, EntityType<T> type) {
        ReadResult<T> read = source.reader(type).read(watermarks.get(type));
        List<T> changed = new ArrayList<>();
        read.records().forEach(r -> changed.add(r.value()));
        read.nextCursor().ifPresent(c -> watermarks.put(type, c));
        return changed;
    }

    private static <T> Map<String, Identified<T>> list(MeteredConnector system, EntityType<T> type,
                                                       Function<T, String> key) {
        Map<String, Identified<T>> byKey = new HashMap<>();
        system.reader(type).read(null).records().forEach(r -> byKey.putIfAbsent(key.apply(r.value()), r));
        return byKey;
    }

    /** The customer's id in the target: created when missing, updated when it differs and {@code update}. */
    private static String ensure(MeteredConnector target, Map<String, Identified<Customer>> byEmail, Customer c,
                                 boolean update) {
        Identified<Customer> held = byEmail.get(c.email());
        if (held == null) {
            String id = target.writer(EntityType.CUSTOMER).create(c);
            byEmail.put(c.email(), new Identified<>(id, c));
            return id;
        }
        if (update && !held.value().equals(c)) {
            target.writer(EntityType.CUSTOMER).update(new Update<>(held.id(), c, Set.of(), Optional.of(held.value())));
            byEmail.put(c.email(), new Identified<>(held.id(), c));
        }
        return held.id();
    }
}
