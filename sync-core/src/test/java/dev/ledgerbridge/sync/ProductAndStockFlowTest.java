package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockCalculation;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.model.Variant;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductAndStockFlowTest {
    private InMemoryConnector av;
    private InMemoryConnector shop;
    private InMemoryStateStore state;

    @BeforeEach
    void setUp() {
        av = Systems.accountView();
        shop = Systems.webshop();
        state = new InMemoryStateStore();
        av.put(EntityType.CATEGORY, "TOOLS", Category.of("TOOLS", "Werkzeug"));
        av.put(EntityType.CATEGORY, "PARTS", Category.of("PARTS", "Kleinteile"));
        av.put(EntityType.PRODUCT, "1001", Systems.product("1001", "Schraube").toBuilder().categoryCode("PARTS")
                .shortDescription("M6").longDescription("Schraube M6 verzinkt").ean("4006381333931")
                .attribute("colour", "silver").attribute("internal", "x").feature("countryOfOrigin", "DE").build());
        av.put(EntityType.PRODUCT, "2000", Systems.product("2000", "T-Shirt").toBuilder()
                .variant(new Variant("2001", "M", null, null, new BigDecimal("5"), Map.of("size", "M")))
                .variant(new Variant("2002", "L", new BigDecimal("12.00"), null, null, Map.of("size", "L")))
                .imageUrl("https://example.org/shirt.jpg").build());
    }

    private SyncEngine engine(Settings settings) {
        return SyncEngine.builder().settings(settings).stateStore(state).build();
    }

    private Product shopProduct(String sku) {
        return shop.all(EntityType.PRODUCT).stream().map(Identified::value).filter(p -> p.sku().equals(sku))
                .findFirst().orElseThrow();
    }

    @Test
    void categoriesThenProductsWithVariantsFlattenedAndImagesReported() {
        Settings settings = Settings.builder().attributeMapping("colour", "Farbe").attributeMapping("size", "Größe")
                .build();
        SyncReport report = engine(settings).run(SyncFlows.productsWithCategories(av, shop));

        FlowReport categories = report.flows().get(0);
        assertEquals(2, categories.count(Action.CREATED));
        FlowReport products = report.flows().get(1);
        assertEquals(2, products.read());
        assertEquals(3, products.count(Action.CREATED), products.toString());
        assertEquals(3, shop.all(EntityType.PRODUCT).size(), "1001, 2001, 2002; the parent 2000 is not an article");

        Product screw = shopProduct("1001");
        assertEquals(Map.of("Farbe", "silver"), screw.attributes(), "only mapped attributes travel");
        assertEquals(Map.of("countryOfOrigin", "DE"), screw.features());
        assertEquals("Schraube M6 verzinkt", screw.longDescription());
        assertEquals("4006381333931", screw.ean());

        Product medium = shopProduct("2001");
        assertEquals("T-Shirt M", medium.name());
        assertEquals(0, new BigDecimal("10").compareTo(medium.price()), "inherits the product's price");
        assertEquals(Map.of("Größe", "M"), medium.attributes());
        assertTrue(medium.variants().isEmpty());
        assertTrue(medium.imageUrls().isEmpty());
        assertEquals(0, new BigDecimal("12").compareTo(shopProduct("2002").price()));

        var variantResult = products.findResult("2000/2001").orElseThrow();
        assertTrue(variantResult.notes().contains("1 image(s) not transferred: Webshop does not support images"),
                variantResult.notes().toString());
        assertTrue(variantResult.notes().stream().anyMatch(n -> n.contains("has no variants")));
    }

    @Test
    void rerunWritesNothingAndUpdatesRespectProtectedFields() {
        Settings settings = Settings.builder().createOnlyFields(EntityType.PRODUCT, "longDescription").build();
        SyncFlow flow = SyncFlows.products(av, shop).name("products").build();
        engine(settings).run(flow);
        shop.resetCalls();

        FlowReport rerun = engine(settings).run(flow).flow("products");
        assertEquals(0, shop.writeCalls());
        assertEquals(0, rerun.read(), "incremental read: nothing changed in AccountView");

        // the shop enriched the long description; AccountView then changes the name and its own description
        String shopId = shop.all(EntityType.PRODUCT).stream().filter(p -> p.value().sku().equals("1001"))
                .findFirst().orElseThrow().id();
        shop.put(EntityType.PRODUCT, shopId, shopProduct("1001").toBuilder().longDescription("SEO text").build());
        av.put(EntityType.PRODUCT, "1001", av.get(EntityType.PRODUCT, "1001").orElseThrow().toBuilder()
                .name("Schraube M6").longDescription("changed in AV").build());

        FlowReport edit = engine(settings).run(flow).flow("products");
        assertEquals(1, edit.count(Action.UPDATED));
        assertEquals(1, shop.writeCalls());
        assertEquals("Schraube M6", shopProduct("1001").name());
        assertEquals("SEO text", shopProduct("1001").longDescription(), "create-only field never overwritten");
    }

    @Test
    void skuBreakingTheTargetRuleFailsBeforeSendingWhileOthersSucceed() {
        av.put(EntityType.PRODUCT, "X", Systems.product("AB-12", "Letters"));
        Settings settings = Settings.builder().skuRule("Webshop", "\\d+").build();

        FlowReport report = engine(settings).run(SyncFlows.products(av, shop).name("products").build())
                .flow("products");

        var failed = report.findResult("X").orElseThrow();
        assertEquals(Action.FAILED, failed.action());
        assertEquals("SKU 'AB-12' does not match the SKU rule for Webshop (\\d+)", failed.reason().orElseThrow());
        assertEquals(3, report.count(Action.CREATED));
        assertEquals(0, shop.calls("create", EntityType.PRODUCT) - 3);
    }

    @Test
    void invalidEanFailsThatProductWithFieldAndRule() {
        av.put(EntityType.PRODUCT, "Y", Systems.product("3000", "Bad EAN").toBuilder().ean("12").build());

        FlowReport report = engine(Settings.builder().build())
                .run(SyncFlows.products(av, shop).name("products").build()).flow("products");

        String reason = report.findResult("Y").orElseThrow().reason().orElseThrow();
        assertTrue(reason.contains("field 'ean' = '12'") && reason.contains("EAN/GTIN"), reason);
        assertEquals(3, report.count(Action.CREATED));
    }

    private void stockSetUp() {
        shop.put(EntityType.STOCK, "S1", StockLevel.ofQuantity("1001", BigDecimal.ZERO));
        shop.put(EntityType.STOCK, "S2", StockLevel.ofQuantity("1002", BigDecimal.ZERO));
        av.put(EntityType.STOCK, "1001", new StockLevel("1001", null, new BigDecimal("10"), new BigDecimal("7"),
                new BigDecimal("12"), new BigDecimal("3"), null));
        av.put(EntityType.STOCK, "1002", new StockLevel("1002", null, new BigDecimal("4"), null,
                new BigDecimal("4"), null, null));
        av.put(EntityType.STOCK, "1003", new StockLevel("1003", null, new BigDecimal("1"), null, null, null, null));
    }

    @Test
    void stockWritesTheConfiguredCalculationOnlyWhenChanged() {
        stockSetUp();
        SyncFlow flow = SyncFlows.stock(av, shop).name("stock").build();
        Settings settings = Settings.builder().stockCalculation(StockCalculation.AVAILABLE_MINUS_RESERVED).build();

        FlowReport report = engine(settings).run(flow).flow("stock");

        assertEquals(0, new BigDecimal("7").compareTo(shop.get(EntityType.STOCK, "S1").orElseThrow().quantity()));
        assertEquals(0, new BigDecimal("4").compareTo(shop.get(EntityType.STOCK, "S2").orElseThrow().quantity()));
        assertEquals(Action.SKIPPED, report.findResult("1003").orElseThrow().action(), "not in the shop, cannot create");
        assertEquals(2, shop.calls("update", EntityType.STOCK));

        av.put(EntityType.STOCK, "1002", new StockLevel("1002", null, new BigDecimal("4"), null, null, null, null));
        shop.resetCalls();
        FlowReport rerun = engine(settings).run(flow).flow("stock");
        assertEquals(1, rerun.read());
        assertEquals(Action.UNCHANGED, rerun.findResult("1002").orElseThrow().action(), "same quantity: no write");
        assertEquals(0, shop.writeCalls());
    }

    @Test
    void stockFigureMissingForTheCalculationFailsThatSku() {
        stockSetUp();
        FlowReport report = engine(Settings.builder().stockCalculation(StockCalculation.FREE).build())
                .run(SyncFlows.stock(av, shop).name("stock").build()).flow("stock");

        assertEquals(Action.UPDATED, report.findResult("1001").orElseThrow().action());
        assertEquals("the stock level of SKU '1002' lacks the figures for the FREE calculation",
                report.findResult("1002").orElseThrow().reason().orElseThrow());
    }

    @Test
    void stockIsNotWrittenWhenTheTargetDoesNotManageStock() {
        stockSetUp();
        FlowReport report = engine(Settings.builder().manageStock(false).build())
                .run(SyncFlows.stock(av, shop).name("stock").build()).flow("stock");

        assertEquals(0, shop.writeCalls());
        assertEquals(0, report.read());
        assertEquals(List.of("stock not written: Webshop does not manage stock (Settings.manageStock is false)"),
                report.notes());
    }
}
