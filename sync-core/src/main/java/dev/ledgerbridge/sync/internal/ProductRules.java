package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.Variant;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Products: matched by SKU; images reported (not silently dropped) when the target has none; variants
 * flattened into simple products when the target has none; every SKU checked against the target's rule.
 */
public final class ProductRules implements EntityRules<Product> {
    /** The rules. */
    public static final ProductRules INSTANCE = new ProductRules();

    private ProductRules() {
    }

    @Override
    public EntityType<Product> type() {
        return EntityType.PRODUCT;
    }

    @Override
    public Mapper<Product> defaultMapper() {
        return Mappers.product();
    }

    @Override
    public MatchStrategy<Product> defaultMatch() {
        return MatchStrategy.bySku();
    }

    @Override
    public List<Item<Product>> expand(String sourceId, Product mapped, Connector target, Settings settings) {
        List<String> notes = new ArrayList<>();
        Product product = mapped;
        if (!product.imageUrls().isEmpty() && !target.capabilities().has(EntityType.PRODUCT, Capability.IMAGES)) {
            notes.add(product.imageUrls().size() + " image(s) not transferred: " + target.name()
                    + " does not support images");
            product = product.toBuilder().imageUrls(List.of()).build();
        }
        if (!product.hasVariants() || target.capabilities().has(EntityType.PRODUCT, Capability.VARIANTS)) {
            return List.of(checked(sourceId, product, notes, target, settings));
        }
        List<Item<Product>> items = new ArrayList<>();
        for (Variant variant : product.variants()) {
            List<String> variantNotes = new ArrayList<>(notes);
            variantNotes.add("variant of " + product.sku() + " written as a simple product: " + target.name()
                    + " has no variants");
            items.add(checked(sourceId + "/" + variant.sku(), flatten(product, variant), variantNotes, target,
                    settings));
        }
        return items;
    }

    /** The variant as a simple product, inheriting what it does not set from its product. */
    static Product flatten(Product product, Variant variant) {
        Map<String, String> attributes = new TreeMap<>(product.attributes());
        attributes.putAll(variant.attributes());
        String name = variant.name() == null ? product.name()
                : product.name() == null ? variant.name() : product.name() + " " + variant.name();
        return product.toBuilder()
                .sku(variant.sku())
                .name(name)
                .price(variant.price() != null ? variant.price() : product.price(), product.priceIncludesTax())
                .ean(variant.ean())
                .quantity(variant.quantity() != null ? variant.quantity() : product.quantity())
                .attributes(attributes)
                .variants(List.of())
                .build();
    }

    private static Item<Product> checked(String sourceId, Product product, List<String> notes, Connector target,
                                         Settings settings) {
        List<String> broken = new ArrayList<>();
        SkuRule.violation(product.sku(), target, settings).ifPresent(broken::add);
        product.variants().forEach(v -> SkuRule.violation(v.sku(), target, settings).ifPresent(broken::add));
        return new Item<>(sourceId, product, notes, broken.isEmpty() ? null : String.join("; ", broken));
    }
}
