package dev.ledgerbridge.sync.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dev.ledgerbridge.transport.validation.BoundedDecimal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product (article), simple or with variants.
 *
 * @param sku              the product's SKU, the default match key
 * @param name             name
 * @param shortDescription short description
 * @param longDescription  long description
 * @param price            price, net or gross as {@code priceIncludesTax} says
 * @param priceIncludesTax true when {@code price} includes tax
 * @param taxRate          tax rate in percent (e.g. {@code 19})
 * @param currency         ISO-4217 currency code
 * @param ean              EAN/GTIN
 * @param quantity         quantity in stock, if the product system reports it with the product
 * @param categoryCode     the code of the product's category
 * @param attributes       attributes (e.g. colour); a target receives them only through an explicit mapping
 * @param features         extra fields such as country of origin or delivery time
 * @param variants         variants; empty for a simple product
 * @param imageUrls        image addresses (no connector transfers images; flows report them)
 */
public record Product(
        @NotBlank @Size(max = 40) String sku,
        @Size(max = 200) String name,
        @Size(max = 500) String shortDescription,
        String longDescription,
        @DecimalMin("0") @BoundedDecimal(integer = 15, fraction = 10) BigDecimal price,
        boolean priceIncludesTax,
        @DecimalMin("0") @DecimalMax("100") @BoundedDecimal(integer = 15, fraction = 10) BigDecimal taxRate,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR") String currency,
        @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be an EAN/GTIN of 8, 12, 13 or 14 digits") String ean,
        @BoundedDecimal(integer = 15, fraction = 10) BigDecimal quantity,
        @Size(max = 40) String categoryCode,
        Map<String, String> attributes,
        Map<String, String> features,
        List<@Valid Variant> variants,
        List<String> imageUrls) {

    /** Copies collections into unmodifiable (maps: sorted) ones. */
    public Product {
        attributes = sorted(attributes);
        features = sorted(features);
        variants = variants == null ? List.of() : List.copyOf(variants);
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** True when this product has variants. */
    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this product's values. */
    public Builder toBuilder() {
        Builder b = new Builder().sku(sku).name(name).shortDescription(shortDescription)
                .longDescription(longDescription).price(price, priceIncludesTax).taxRate(taxRate).currency(currency)
                .ean(ean).quantity(quantity).categoryCode(categoryCode);
        b.attributes.putAll(attributes);
        b.features.putAll(features);
        b.variants.addAll(variants);
        b.imageUrls.addAll(imageUrls);
        return b;
    }

    /** Builds {@link Product} values. */
    public static final class Builder {
        private String sku;
        private String name;
        private String shortDescription;
        private String longDescription;
        private BigDecimal price;
        private boolean priceIncludesTax;
        private BigDecimal taxRate;
        private String currency;
        private String ean;
        private BigDecimal quantity;
        private String categoryCode;
        private final Map<String, String> attributes = new TreeMap<>();
        private final Map<String, String> features = new TreeMap<>();
        private final List<Variant> variants = new ArrayList<>();
        private final List<String> imageUrls = new ArrayList<>();

        private Builder() {
        }

        /** Sets the SKU. */
        public Builder sku(String value) {
            this.sku = value;
            return this;
        }

        /** Sets the name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets the short description. */
        public Builder shortDescription(String value) {
            this.shortDescription = value;
            return this;
        }

        /** Sets the long description. */
        public Builder longDescription(String value) {
            this.longDescription = value;
            return this;
        }

        /** Sets the price and whether it includes tax. */
        public Builder price(BigDecimal value, boolean includesTax) {
            this.price = value;
            this.priceIncludesTax = includesTax;
            return this;
        }

        /** Sets the tax rate in percent. */
        public Builder taxRate(BigDecimal value) {
            this.taxRate = value;
            return this;
        }

        /** Sets the ISO-4217 currency. */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /** Sets the EAN/GTIN. */
        public Builder ean(String value) {
            this.ean = value;
            return this;
        }

        /** Sets the quantity in stock. */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /** Sets the category code. */
        public Builder categoryCode(String value) {
            this.categoryCode = value;
            return this;
        }

        /** Adds or replaces an attribute. */
        public Builder attribute(String key, String value) {
            this.attributes.put(key, value);
            return this;
        }

        /** Replaces all attributes. */
        public Builder attributes(Map<String, String> values) {
            this.attributes.clear();
            this.attributes.putAll(values);
            return this;
        }

        /** Adds or replaces a feature (extra field). */
        public Builder feature(String key, String value) {
            this.features.put(key, value);
            return this;
        }

        /** Replaces all features. */
        public Builder features(Map<String, String> values) {
            this.features.clear();
            this.features.putAll(values);
            return this;
        }

        /** Adds a variant. */
        public Builder variant(Variant value) {
            this.variants.add(value);
            return this;
        }

        /** Replaces all variants. */
        public Builder variants(List<Variant> values) {
            this.variants.clear();
            this.variants.addAll(values);
            return this;
        }

        /** Adds an image address. */
        public Builder imageUrl(String value) {
            this.imageUrls.add(value);
            return this;
        }

        /** Replaces all image addresses. */
        public Builder imageUrls(List<String> values) {
            this.imageUrls.clear();
            this.imageUrls.addAll(values);
            return this;
        }

        /** The product. */
        public Product build() {
            return new Product(sku, name, shortDescription, longDescription, price, priceIncludesTax, taxRate,
                    currency, ean, quantity, categoryCode, attributes, features, variants, imageUrls);
        }
    }
}
