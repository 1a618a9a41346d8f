package dev.ledgerbridge.sync.spi;

import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of record the engine syncs, typed by its canonical model class. The five constants are the only
 * instances.
 *
 * @param <T> the canonical model type
 */
public final class EntityType<T> {
    /** Customers (debtors). */
    public static final EntityType<Customer> CUSTOMER = new EntityType<>("customer", "customers", Customer.class);
    /** Products (articles). */
    public static final EntityType<Product> PRODUCT = new EntityType<>("product", "products", Product.class);
    /** Product categories (article groups). */
    public static final EntityType<Category> CATEGORY = new EntityType<>("category", "categories", Category.class);
    /** Stock levels per SKU. */
    public static final EntityType<StockLevel> STOCK = new EntityType<>("stock", "stock levels", StockLevel.class);
    /** Orders, invoices, credit notes and offers. */
    public static final EntityType<Order> ORDER = new EntityType<>("order", "orders", Order.class);

    private final String name;
    private final String plural;
    private final Class<T> modelType;
    private final Set<String> fieldNames;

    private EntityType(String name, String plural, Class<T> modelType) {
        this.name = name;
        this.plural = plural;
        this.modelType = modelType;
        this.fieldNames = fieldNamesOf(modelType);
    }

    private static Set<String> fieldNamesOf(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return java.util.Collections.unmodifiableSet(names);
    }

    /** All entity types. */
    public static List<EntityType<?>> values() {
        return List.of(CUSTOMER, PRODUCT, CATEGORY, STOCK, ORDER);
    }

    /** The type with this name ({@code customer}, {@code product}, ...). */
    public static EntityType<?> named(String name) {
        return values().stream().filter(t -> t.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown entity type '" + name + "'; known: "
                        + values()));
    }

    /** Singular name, e.g. {@code customer}. */
    public String name() {
        return name;
    }

    /** Plural used in messages, e.g. {@code customers}. */
    public String plural() {
        return plural;
    }

    /** The canonical model class. */
    public Class<T> modelType() {
        return modelType;
    }

    /** The model's field names, usable in field policies such as create-only fields. */
    public Set<String> fieldNames() {
        return fieldNames;
    }

    @Override
    public String toString() {
        return name;
    }
}
