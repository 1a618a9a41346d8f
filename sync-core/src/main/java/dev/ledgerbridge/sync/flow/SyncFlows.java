package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.internal.CategoryRules;
import dev.ledgerbridge.sync.internal.CustomerRules;
import dev.ledgerbridge.sync.internal.ProductRules;
import dev.ledgerbridge.sync.internal.StockRules;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.Connector;
import java.util.List;

/** Creates the ready-made flows. Each returns a builder with the defaults set. */
public final class SyncFlows {
    private SyncFlows() {
    }

    /** Customers, either direction: match by e-mail, create or update (respecting create-only fields). */
    public static UpsertFlow.Builder<Customer> customers(Connector source, Connector target) {
        return UpsertFlow.builder(source, target, CustomerRules.INSTANCE);
    }

    /**
     * Products: create or update by SKU; variants flattened when the target has none; images reported when the
     * target has none; the target's SKU rule checked before sending.
     */
    public static UpsertFlow.Builder<Product> products(Connector source, Connector target) {
        return UpsertFlow.builder(source, target, ProductRules.INSTANCE);
    }

    /** Categories: create or update by code. */
    public static UpsertFlow.Builder<Category> categories(Connector source, Connector target) {
        return UpsertFlow.builder(source, target, CategoryRules.INSTANCE);
    }

    /** Categories first, then products, with default settings: the usual product sync. */
    public static List<SyncFlow> productsWithCategories(Connector source, Connector target) {
        return List.of(categories(source, target).build(), products(source, target).build());
    }

    /** Stock: quantities computed with the configured calculation, written only where the target manages stock. */
    public static UpsertFlow.Builder<StockLevel> stock(Connector source, Connector target) {
        return UpsertFlow.builder(source, target, StockRules.INSTANCE);
    }

    /** Orders: skip existing, ensure customer, check SKUs, enrich, create. */
    public static OrderFlow.Builder orders(Connector source, Connector target) {
        return OrderFlow.builder(source, target);
    }
}
