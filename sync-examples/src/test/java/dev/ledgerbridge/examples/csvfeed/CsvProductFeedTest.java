package dev.ledgerbridge.examples.csvfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvProductFeedTest {

    @TempDir
    Path dir;

    @Test
    void readsProductsWithDecimalCommaQuotedSemicolonsAndEmptyCells() throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.writeString(file, CsvFeedExample.SAMPLE);
        List<Identified<Product>> products = read(new CsvProductFeed("Feed", file), EntityType.PRODUCT);
        assertEquals(3, products.size());
        Product first = products.get(0).value();
        assertEquals("LED-4000", products.get(0).id());
        assertEquals(new BigDecimal("49.95"), first.price());
        assertEquals("8712345678906", first.ean());
        assertEquals("VERL", first.categoryCode());
        assertEquals(null, products.get(1).value().ean());
        assertEquals("Zigbee; werkt met app", products.get(2).value().shortDescription());
    }

    @Test
    void categoriesAreTheDistinctCodesInFirstSeenOrder() throws IOException {
        Path file = dir.resolve("feed.csv");
        Files.writeString(file, CsvFeedExample.SAMPLE);
        List<Identified<Category>> categories = read(new CsvProductFeed("Feed", file), EntityType.CATEGORY);
        assertEquals(List.of(Category.of("VERL", "Verlichting"), Category.of("SMART", "Slimme woning")),
                categories.stream().map(Identified::value).toList());
    }

    @Test
    void writeThenReadGivesTheSameProducts() {
        Path file = dir.resolve("out.csv");
        Product p = Product.builder().sku("A;1").name("Name with \"quotes\"").categoryCode("X")
                .price(new BigDecimal("1.50"), false).currency("EUR").imageUrl("https://img.example/a.jpg").build();
        CsvProductFeed.write(file, Map.of("X", "Group X"), List.of(p));
        assertEquals(p, read(new CsvProductFeed("Feed", file), EntityType.PRODUCT).get(0).value());
    }

    @Test
    void aBadPriceNamesRowAndValue() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "sku;name;price\nX-1;Thing;12,3,4\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(new CsvProductFeed("Feed", file), EntityType.PRODUCT));
        assertEquals("feed row X-1: price '12,3,4' is not a number", e.getMessage());
    }

    @Test
    void theEngineRefusesTheFeedAsATarget() {
        CsvProductFeed feed = new CsvProductFeed("Supplier-CSV", dir.resolve("none.csv"));
        InMemoryConnector source = new InMemoryConnector("Shop", Capabilities.builder()
                .entity(EntityType.PRODUCT, dev.ledgerbridge.sync.spi.Capability.READ).build());
        SyncConfigurationException e = assertThrows(SyncConfigurationException.class, () -> SyncEngine.builder()
                .stateStore(new InMemoryStateStore()).build().run(SyncFlows.products(source, feed).build()));
        assertTrue(e.getMessage().contains("Supplier-CSV"), e.getMessage());
    }

    private static <T> List<Identified<T>> read(CsvProductFeed feed, EntityType<T> type) {
        List<Identified<T>> list = new java.util.ArrayList<>();
        feed.entities().reader(type).orElseThrow().read(null).records().forEach(list::add);
        return list;
    }
}
