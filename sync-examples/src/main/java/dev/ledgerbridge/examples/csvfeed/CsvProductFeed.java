package dev.ledgerbridge.examples.csvfeed;

import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom connector: a supplier's product feed as a semicolon-separated CSV file (the usual format in Germany and
 * the Netherlands), readable as products and categories. It declares only {@code READ}, so the engine refuses to
 * use it as a target, and it has no change cursor, so every run reads the whole file (unchanged rows are skipped
 * by their content hash).
 *
 * <p>Columns (header row required, order free): {@code sku;name;category_code;category_name;price;currency;ean;
 * short_description;image_url}. Prices use a decimal point or comma.
 */
public final class CsvProductFeed implements Connector {

    /** The header the feed must have (extra columns are ignored). */
    public static final List<String> COLUMNS = List.of("sku", "name", "category_code", "category_name", "price",
            "currency", "ean", "short_description", "image_url");

    private final String name;
    private final Path file;

    /**
     * Creates a feed connector.
     *
     * @param name the name used in reports and messages, e.g. {@code "Supplier feed"}
     * @param file the CSV file (UTF-8)
     */
    public CsvProductFeed(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.builder()
                .entity(EntityType.PRODUCT, Capability.READ)
                .entity(EntityType.CATEGORY, Capability.READ)
                .note(EntityType.CUSTOMER, "a product feed has no customers")
                .note(EntityType.ORDER, "a product feed has no orders")
                .build();
    }

    @Override
    public Entities entities() {
        return Entities.builder()
                .reader(EntityType.PRODUCT, cursor -> ReadResult.of(products()))
                .reader(EntityType.CATEGORY, cursor -> ReadResult.of(categories()))
                .build();
    }

    private List<Identified<Product>> products() {
        List<Identified<Product>> list = new ArrayList<>();
        for (Map<String, String> row : rows()) {
            Product.Builder b = Product.builder()
                    .sku(row.get("sku"))
                    .name(row.get("name"))
                    .categoryCode(row.get("category_code"))
                    .currency(row.get("currency"))
                    .ean(row.get("ean"))
                    .shortDescription(row.get("short_description"));
            String price = row.get("price");
            if (price != null) {
                b.price(parsePrice(price, row.get("sku")), false);
            }
            if (row.get("image_url") != null) {
                b.imageUrl(row.get("image_url"));
            }
            list.add(new Identified<>(row.get("sku"), b.build()));
        }
        return list;
    }

    private List<Identified<Category>> categories() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : rows()) {
            String code = row.get("category_code");
            if (code != null) {
                byCode.putIfAbsent(code, Category.of(code, row.get("category_name")));
            }
        }
        return byCode.values().stream().map(c -> new Identified<>(c.code(), c)).toList();
    }

    private static BigDecimal parsePrice(String text, String sku) {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("feed row " + sku + ": price '" + text + "' is not a number", e);
        }
    }

    private List<Map<String, String>> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the product feed " + file.toAbsolutePath(), e);
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = CsvLine.split(lines.get(0));
        if (!header.containsAll(List.of("sku", "name"))) {
            throw new IllegalArgumentException("product feed " + file + ": the header must name at least 'sku' and "
                    + "'name', was " + header);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines.get(i));
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = c < cells.size() ? cells.get(c).strip() : "";
                row.put(header.get(c), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Writes products in this feed's format (used by the demo to produce its supplier file).
     *
     * @param file       the file to (over)write
     * @param categories category names by code
     * @param products   the products
     */
    public static void write(Path file, Map<String, String> categories, List<Product> products) {
        StringBuilder sb = new StringBuilder(String.join(";", COLUMNS)).append('\n');
        for (Product p : products) {
            List<String> cells = List.of(nz(p.sku()), nz(p.name()), nz(p.categoryCode()),
                    nz(categories.get(p.categoryCode())), p.price() == null ? "" : p.price().toPlainString(),
                    nz(p.currency()), nz(p.ean()), nz(p.shortDescription()),
                    p.imageUrls().isEmpty() ? "" : p.imageUrls().get(0));
            sb.append(String.join(";", cells.stream().map(CsvLine::quote).toList())).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the product feed " + file.toAbsolutePath(), e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return "CsvProductFeed[" + name + ", " + file + "]";
    }
}
