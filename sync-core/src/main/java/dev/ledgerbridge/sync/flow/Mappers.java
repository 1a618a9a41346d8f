package dev.ledgerbridge.sync.flow;

import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.model.Variant;
import dev.ledgerbridge.sync.spi.Mapper;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The default mappers. Chain your own after them with {@link Mapper#andThen}, or replace them entirely.
 */
public final class Mappers {
    private Mappers() {
    }

    /**
     * Customers: trims every text, lower-cases the e-mail, upper-cases the country; a blank company name
     * makes the customer a person (the contact person is then the person's name).
     */
    public static Mapper<Customer> customer() {
        return (c, ctx) -> normalize(c);
    }

    static Customer normalize(Customer c) {
        if (c == null) {
            return null;
        }
        return c.toBuilder()
                .customerNumber(trim(c.customerNumber()))
                .companyName(trim(c.companyName()))
                .contactPerson(trim(c.contactPerson()))
                .email(c.email() == null ? null : trim(c.email().toLowerCase(Locale.ROOT)))
                .phone(trim(c.phone()))
                .vatId(c.vatId() == null ? null : trim(c.vatId().replace(" ", "").toUpperCase(Locale.ROOT)))
                .billingAddress(address(c.billingAddress()))
                .deliveryAddress(address(c.deliveryAddress()))
                .build();
    }

    /** An address with trimmed parts and an upper-case country; {@code null} stays {@code null}. */
    static Address address(Address a) {
        if (a == null) {
            return null;
        }
        return new Address(trim(a.street()), trim(a.houseNumber()), trim(a.postcode()), trim(a.city()),
                a.country() == null ? null : trim(a.country().toUpperCase(Locale.ROOT)));
    }

    /**
     * Products: name, SKU, short and long description, price (net or gross) with tax rate, quantity, EAN/GTIN,
     * currency, category, features and variants travel as they are; attributes travel only when
     * {@link dev.ledgerbridge.sync.Settings#attributeMapping()} names them, under the mapped name.
     */
    public static Mapper<Product> product() {
        return (p, ctx) -> {
            Map<String, String> mapping = ctx.settings().attributeMapping();
            return p.toBuilder()
                    .sku(trim(p.sku()))
                    .name(trim(p.name()))
                    .attributes(mapAttributes(p.attributes(), mapping))
                    .variants(p.variants().stream().map(v -> new Variant(trim(v.sku()), trim(v.name()), v.price(),
                            v.ean(), v.quantity(), mapAttributes(v.attributes(), mapping))).toList())
                    .build();
        };
    }

    private static Map<String, String> mapAttributes(Map<String, String> attributes, Map<String, String> mapping) {
        Map<String, String> mapped = new TreeMap<>();
        attributes.forEach((k, v) -> {
            String targetName = mapping.get(k);
            if (targetName != null) {
                mapped.put(targetName, v);
            }
        });
        return mapped;
    }

    /** Categories: trimmed code and name. */
    public static Mapper<Category> category() {
        return (c, ctx) -> new Category(trim(c.code()), trim(c.name()), trim(c.parentCode()));
    }

    /** Stock: unchanged (the stock flow computes the quantity with the configured calculation). */
    public static Mapper<StockLevel> stock() {
        return Mapper.identity();
    }

    /**
     * Orders: customer name, billing and delivery address (street, number, postcode, city, country), and per line
     * SKU, quantity and price travel; customer and addresses are normalized as for {@link #customer()}.
     */
    public static Mapper<Order> order() {
        return (o, ctx) -> o.toBuilder()
                .reference(trim(o.reference()))
                .customer(normalize(o.customer()))
                .billingAddress(address(o.billingAddress()))
                .deliveryAddress(address(o.deliveryAddress()))
                .build();
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
