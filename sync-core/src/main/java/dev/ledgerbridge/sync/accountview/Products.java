package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Products as articles ({@code AK1}/{@code ARTICLE}): SKU = {@code ART_CODE}, name = {@code ART_DESC1}, price =
 * {@code PX_SELL} (net or gross as the administration is configured), category = {@code AG_CODE}, EAN in a
 * configured custom field. Stock fields are never written.
 */
final class Products implements EntityReader<Product>, EntityLookup<Product>, EntityWriter<Product> {
    static final List<String> FIELDS = List.of("name", "price", "categoryCode", "ean");

    private final CompanyClient client;
    private final Changes changes;
    private final Prices prices;
    private final String currency;
    private final String eanField;

    Products(CompanyClient client, Changes changes, Prices prices, String currency, String eanField) {
        this.client = client;
        this.changes = changes;
        this.prices = prices;
        this.currency = currency;
        this.eanField = eanField;
    }

    @Override
    public ReadResult<Product> read(String changeCursor) {
        LocalDateTime since = Changes.since(changeCursor);
        String next = changes.watermark();
        Iterable<Article> articles = since == null ? client.articles().all() : client.articles().changedSince(since);
        return ReadResult.of(Lazy.map(articles, a -> new Identified<>(a.code(), toProduct(a))),
                () -> Optional.of(next));
    }

    @Override
    public List<Identified<Product>> find(MatchKey key) {
        if (!MatchKey.SKU.equals(key.name())) {
            throw new IllegalArgumentException("AccountView articles are searched by sku (ART_CODE), not by "
                    + key.name());
        }
        return client.articles().byCode(key.value()).map(a -> List.of(new Identified<>(a.code(), toProduct(a))))
                .orElse(List.of());
    }

    @Override
    public String create(Product p) {
        Article.Builder b = Article.builder().code(p.sku());
        write(b, p, Set.copyOf(FIELDS));
        if (p.name() == null) {
            b.description(p.sku()); // ART_DESC1 is mandatory
        }
        Article echoed = client.articles().insert(b.build());
        return echoed.code() != null ? echoed.code() : p.sku();
    }

    @Override
    public void update(Update<Product> update) {
        updateIfChanged(update);
    }

    /** Writes only the changed fields; no call when AccountView holds every desired value already. */
    @Override
    public boolean updateIfChanged(Update<Product> update) {
        Product want = update.value();
        Product current = update.current().orElse(null);
        Set<String> changed = new LinkedHashSet<>();
        for (String f : FIELDS) {
            Object desired = value(want, f);
            if (!update.keepFields().contains(f) && desired != null
                    && (current == null || !Objects.equals(desired, value(current, f)))) {
                changed.add(f);
            }
        }
        if (changed.isEmpty()) {
            return false; // nothing AccountView stores has changed
        }
        Article.Builder b = Article.builder().code(update.targetId());
        write(b, want, changed);
        client.articles().update(b.build());
        return true;
    }

    private Object value(Product p, String field) {
        return switch (field) {
            case "name" -> p.name();
            case "price" -> p.price() == null ? null : prices.toAccountView(p.price(), p.priceIncludesTax(),
                    p.taxRate(), "product " + p.sku()).stripTrailingZeros();
            case "categoryCode" -> p.categoryCode();
            case "ean" -> eanField == null ? null : p.ean();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private void write(Article.Builder b, Product p, Set<String> fields) {
        if (fields.contains("name")) {
            b.description(p.name());
        }
        if (fields.contains("price") && p.price() != null) {
            b.salesPrice(prices.toAccountView(p.price(), p.priceIncludesTax(), p.taxRate(), "product " + p.sku()));
        }
        if (fields.contains("categoryCode")) {
            b.groupCode(p.categoryCode());
        }
        if (fields.contains("ean") && eanField != null && p.ean() != null) {
            b.customField(eanField, FieldType.CHARACTER, p.ean());
        }
    }

    Product toProduct(Article a) {
        Product.Builder b = Product.builder().sku(a.code()).name(Addresses.blankToNull(a.description()))
                .categoryCode(Addresses.blankToNull(a.groupCode())).currency(currency);
        if (a.salesPrice() != null) {
            b.price(a.salesPrice(), prices.includeTax());
        }
        if (eanField != null) {
            b.ean(Addresses.blankToNull(extra(a.extra(), eanField)));
        }
        return b.build();
    }

    static String extra(Map<String, Object> extra, String field) {
        return extra.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(field) && e.getValue() != null)
                .map(e -> e.getValue().toString()).findFirst().orElse(null);
    }

    /** The price mode of the administration, with conversion when the source uses the other one. */
    record Prices(boolean includeTax) {
        BigDecimal toAccountView(BigDecimal price, boolean priceIncludesTax, BigDecimal taxRate, String what) {
            if (priceIncludesTax == includeTax) {
                return price;
            }
            if (taxRate == null) {
                throw new IllegalArgumentException(what + ": price is " + (priceIncludesTax ? "gross" : "net")
                        + " but AccountView expects " + (includeTax ? "gross" : "net")
                        + " prices and no tax rate is given to convert");
            }
            BigDecimal factor = BigDecimal.ONE.add(taxRate.movePointLeft(2));
            return includeTax ? price.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP)
                    : price.divide(factor, 2, java.math.RoundingMode.HALF_UP);
        }
    }
}
