package dev.ledgerbridge.sync.spi;

import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a record without a stored link is found in the target: the keys it can be found by, tried in order.
 * The engine uses the target's lookup for keys the target can search and a prefetched index otherwise.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface MatchStrategy<T> {
    /**
     * The keys of a record, most specific first; empty when the record cannot be matched (it is then created).
     */
    List<MatchKey> keys(T value);

    /** Customers by e-mail, compared case-insensitively. */
    static MatchStrategy<Customer> byEmail() {
        return by(MatchKey.EMAIL, c -> c.email() == null ? null : c.email().toLowerCase(Locale.ROOT));
    }

    /** Products by SKU. */
    static MatchStrategy<Product> bySku() {
        return by(MatchKey.SKU, Product::sku);
    }

    /** Stock levels by SKU. */
    static MatchStrategy<StockLevel> stockBySku() {
        return by(MatchKey.SKU, StockLevel::sku);
    }

    /** Categories by code. */
    static MatchStrategy<Category> byCode() {
        return by(MatchKey.CODE, Category::code);
    }

    /** Orders by reference. */
    static MatchStrategy<Order> byReference() {
        return by(MatchKey.REFERENCE, Order::reference);
    }

    /**
     * A strategy with one key taken from the record; blank values yield no key.
     *
     * @param keyName   the key's name, as the target's lookup declares it
     * @param extractor the key's value (trimmed by the strategy)
     */
    static <T> MatchStrategy<T> by(String keyName, Function<T, String> extractor) {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(extractor, "extractor");
        return value -> {
            String key = extractor.apply(value);
            return key == null || key.isBlank() ? List.of() : List.of(new MatchKey(keyName, key.trim()));
        };
    }

    /** Tries the strategies in order: the keys of the first, then those of the second, and so on. */
    @SafeVarargs
    static <T> MatchStrategy<T> composite(MatchStrategy<T>... strategies) {
        List<MatchStrategy<T>> all = new ArrayList<>();
        for (MatchStrategy<T> strategy : strategies) {
            all.add(Objects.requireNonNull(strategy, "strategy"));
        }
        return value -> {
            List<MatchKey> keys = new ArrayList<>();
            all.forEach(s -> keys.addAll(s.keys(value)));
            return keys;
        };
    }
}
