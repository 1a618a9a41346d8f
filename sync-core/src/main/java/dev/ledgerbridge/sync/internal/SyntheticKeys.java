package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.List;

/**
 * A key for customers that have none (no e-mail): without one, a create whose answer was lost (a timeout the
 * server nevertheless applied) cannot be found again, and the rerun would create a second debtor. So such a
 * customer is written with a customer number (its own, else {@code <source prefix><source id>}) and matched by it,
 * provided the target keeps customer numbers and can list its customers (BuchhaltungsButler: {@code
 * customer_number}). A target record found this way must carry the same name; otherwise it is an unrelated record
 * that happens to use the number, and the customer fails as a conflict instead of being linked to it.
 */
final class SyntheticKeys {
    static final String CUSTOMER_NUMBER = "customerNumber";

    private SyntheticKeys() {
    }

    /** Whether the target can hold and find customers by the synthetic key. */
    static boolean applies(EntityType<?> type, Connector target) {
        return type == EntityType.CUSTOMER && target.capabilities().fields(EntityType.CUSTOMER).contains(CUSTOMER_NUMBER)
                && target.capabilities().has(EntityType.CUSTOMER, Capability.READ);
    }

    /** The strategy, falling back to the customer number for records the strategy gives no key. */
    static <T> MatchStrategy<T> withFallback(MatchStrategy<T> strategy, EntityType<T> type, Connector target) {
        if (!applies(type, target)) {
            return strategy;
        }
        return value -> {
            List<MatchKey> keys = strategy.keys(value);
            if (!keys.isEmpty()) {
                return keys;
            }
            String number = ((Customer) value).customerNumber();
            return number == null || number.isBlank() ? List.of() : List.of(new MatchKey(CUSTOMER_NUMBER, number.trim()));
        };
    }

    /**
     * The value with a customer number when it has no natural key and none of its own: {@code <prefix><source id>},
     * written with it so that it can be found again.
     */
    static <T> T withNumber(T value, MatchStrategy<T> natural, EntityType<T> type, Connector source,
                            Connector target, String sourceId) {
        if (!applies(type, target) || !natural.keys(value).isEmpty()) {
            return value;
        }
        Customer c = (Customer) value;
        if (c.customerNumber() != null && !c.customerNumber().isBlank()) {
            return value;
        }
        return type.modelType().cast(c.toBuilder().customerNumber(source.referencePrefix() + sourceId).build());
    }

    /** Whether a record found by the synthetic key is the same customer (same name), not a number collision. */
    static <T> boolean sameRecord(T wanted, T found, EntityType<T> type) {
        if (type != EntityType.CUSTOMER) {
            return true;
        }
        String a = ((Customer) wanted).displayName();
        String b = ((Customer) found).displayName();
        return a == null || b == null || a.strip().equalsIgnoreCase(b.strip());
    }

    /** Whether the keys are the synthetic one. */
    static boolean synthetic(List<MatchKey> keys) {
        return keys.size() == 1 && CUSTOMER_NUMBER.equals(keys.get(0).name());
    }
}
