package dev.ledgerbridge.sync.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One variant of a product (e.g. size M in blue). Absent values are inherited from the product.
 *
 * @param sku        the variant's own SKU
 * @param name       what distinguishes this variant, e.g. {@code M / blue}
 * @param price      price; absent: the product's price
 * @param ean        EAN/GTIN
 * @param quantity   quantity in stock
 * @param attributes the attribute values that define this variant (sorted by name)
 */
public record Variant(
        @NotBlank @Size(max = 40) String sku,
        @Size(max = 100) String name,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal price,
        @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be an EAN/GTIN of 8, 12, 13 or 14 digits") String ean,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal quantity,
        Map<String, String> attributes) {

    /** Copies the attributes into a sorted, unmodifiable map. */
    public Variant {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
