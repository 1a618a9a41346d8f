package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.Variant;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.EntityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Products, categories and orders from a shop into AccountView, end to end against the emulator. */
class IntoAccountViewTest {
    private final AvHarness h = new AvHarness(b -> b.customField("ARTICLE", "A8_EAN", 'C', 14),
            c -> c.eanField("A8_EAN"));
    private final InMemoryConnector shop = Shop.create();

    @AfterEach
    void close() {
        h.close();
    }

    private Map<String, Object> row(String table, String field, String value) {
        return h.av.company().rows(table).stream().filter(r -> value.equals(r.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + table + " " + field + "=" + value));
    }

    private static Product product(String sku, String name, String price) {
        return Product.builder().sku(sku).name(name).price(new BigDecimal(price), false).taxRate(new BigDecimal("21"))
                .currency("EUR").categoryCode("TOOLS").ean("4006381333931").longDescription("long text").build();
    }

    @Test
    void categoriesAndProductsAreCreatedThenUpdatedWithChangedFieldsOnly() {
        shop.put(EntityType.CATEGORY, "TOOLS", Category.of("TOOLS", "Tools"));
        shop.put(EntityType.PRODUCT, "p1", product("1001", "Hammer", "12.50"));
        shop.put(EntityType.PRODUCT, "p2", product("1002", "Saw", "20.00").toBuilder()
                .imageUrl("https://img/saw.png").build());

        SyncReport first = h.engine().run(SyncFlows.productsWithCategories(shop, h.connector));

        assertTrue(first.succeeded(), first.toString());
        assertEquals("Tools", row("ART_GRP", "AG_CODE", "TOOLS").get("AG_DESC"));
        Map<String, Object> hammer = row("ARTICLE", "ART_CODE", "1001");
        assertEquals("Hammer", hammer.get("ART_DESC1"));
        assertEquals("TOOLS", hammer.get("AG_CODE"));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(hammer.get("PX_SELL").toString())));
        assertEquals("4006381333931", hammer.get("A8_EAN"));
        String notes = first.flows().get(1).findResult("p2").orElseThrow().notes().toString();
        assertTrue(notes.contains("image"), "images are reported, not dropped silently: " + notes);
        // one search and one insert per record
        assertEquals(Map.of("GET AG1", 1L, "POST AG1", 1L, "GET AK1", 2L, "POST AK1", 2L), h.takeCalls());

        SyncReport rerun = h.engine().run(SyncFlows.productsWithCategories(shop, h.connector));
        assertEquals(3, rerun.count(Action.UNCHANGED), rerun.toString());
        assertEquals(Map.of(), h.takeCalls());

        shop.put(EntityType.PRODUCT, "p1", product("1001", "Hammer XL", "12.50"));
        shop.put(EntityType.CATEGORY, "TOOLS", Category.of("TOOLS", "Tools & more"));
        SyncReport edit = h.engine().run(SyncFlows.productsWithCategories(shop, h.connector));
        assertEquals(2, edit.count(Action.UPDATED), edit.toString());
        assertEquals("Hammer XL", row("ARTICLE", "ART_CODE", "1001").get("ART_DESC1"));
        assertEquals("Tools & more", row("ART_GRP", "AG_CODE", "TOOLS").get("AG_DESC"));
        assertEquals(Map.of("PUT AK1", 1L, "PUT AG1", 1L), h.takeCalls());
    }

    @Test
    void existingArticleFoundBySkuGetsOnlyTheChangedFieldAndVariantsAreFlattened() {
        h.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1001", "ART_DESC1", "Hammer", "AG_CODE", "TOOLS",
                "PX_SELL", 12.5, "A8_EAN", "4006381333931", "ART_UNIT", "st"));
        h.takeCalls();
        shop.put(EntityType.PRODUCT, "p1", product("1001", "Hammer", "13.00"));
        shop.put(EntityType.PRODUCT, "shirt", product("2000", "Shirt", "10").toBuilder()
                .variant(new Variant("2001", "M", null, null, null, Map.of()))
                .variant(new Variant("2002", "L", new BigDecimal("11"), null, null, Map.of())).build());

        FlowReport report = h.engine().run(SyncFlows.products(shop, h.connector).name("p").build()).flow("p");

        assertEquals(1, report.count(Action.UPDATED), report.toString());
        assertEquals(2, report.count(Action.CREATED), report.toString());
        Map<String, Object> hammer = row("ARTICLE", "ART_CODE", "1001");
        assertEquals(0, new BigDecimal("13").compareTo(new BigDecimal(hammer.get("PX_SELL").toString())));
        assertEquals("st", hammer.get("ART_UNIT"));
        assertEquals("Shirt L", row("ARTICLE", "ART_CODE", "2002").get("ART_DESC1"));
        assertTrue(report.findResult("shirt/2001").orElseThrow().notes().toString().contains("no variants"));
    }

    @Test
    void skuRuleIsCheckedBeforeSending() {
        shop.put(EntityType.CATEGORY, "TOOLS", Category.of("TOOLS", "Tools"));
        shop.put(EntityType.PRODUCT, "ok", product("1001", "Hammer", "1"));
        shop.put(EntityType.PRODUCT, "bad", product("HAM-2", "Hammer 2", "1"));

        SyncReport report = h.engine(Settings.builder().skuRule("AccountView", "\\d+"))
                .run(SyncFlows.productsWithCategories(shop, h.connector));

        FlowReport products = report.flows().get(1);
        assertEquals(1, products.count(Action.CREATED), report.toString());
        String reason = products.findResult("bad").orElseThrow().reason().orElseThrow();
        assertTrue(reason.contains("HAM-2"), reason);
        assertEquals(1, h.av.company().rows("ARTICLE").size());
        assertEquals(1L, h.takeCalls().get("GET AK1"), "the bad SKU was not even searched");
    }

    @Test
    void aNameLongerThanAccountViewHoldsFailsInTheDryRunPlanAsInTheRunBeforeAnythingIsSent() {
        shop.put(EntityType.CATEGORY, "TOOLS", Category.of("TOOLS", "Tools"));
        shop.put(EntityType.PRODUCT, "ok", product("1001", "Hammer", "1"));
        shop.put(EntityType.PRODUCT, "long", product("1002", "Hamer met glasvezelsteel en schokdempende handgreep XL", "1"));

        FlowReport plan = h.engine(Settings.builder().dryRun(true))
                .run(SyncFlows.productsWithCategories(shop, h.connector)).flows().get(1);
        FlowReport run = h.engine().run(SyncFlows.productsWithCategories(shop, h.connector)).flows().get(1);

        String planned = plan.findResult("long").orElseThrow().reason().orElseThrow();
        assertEquals(Action.FAILED, plan.findResult("long").orElseThrow().action(), plan.toString());
        assertTrue(planned.contains("'name'") && planned.contains("(54 characters)")
                && planned.contains("AccountView holds at most 50"), planned);
        assertEquals(Action.FAILED, run.findResult("long").orElseThrow().action());
        assertTrue(run.findResult("long").orElseThrow().reason().orElseThrow().startsWith(planned), "plan equals run");
        assertEquals(1, h.av.company().rows("ARTICLE").size(), "the long one was never sent");
    }

    private void catalogueAndDebtor() {
        h.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1001", "ART_DESC1", "Hammer", "AG_CODE", "TOOLS"));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1002", "ART_DESC1", "Saw", "AG_CODE", "TOOLS"));
        h.av.company().insert("AR1", Shop.row("SUB_NR", "10001", "ACCT_NAME", "Müller Bouw B.V.", "SRC_CODE", "MB",
                "MAIN_CONT", "Anna Müller", "MAIL_BUS", "anna@mueller.nl", "ST_STREET", "Keizersgracht", "ST_NR",
                "12a", "ADDRESS1", "Keizersgracht 12a", "POST_CODE", "1015 CS", "CITY", "Amsterdam", "CNT_CODE",
                "NL"));
        h.takeCalls();
    }

    private static Order order(String reference, String email, OrderLine... lines) {
        return Order.builder().reference(reference).date(LocalDate.of(2026, 11, 27)).type(OrderType.INVOICE)
                .customer(Shop.company("Müller Bouw B.V.", "Anna Müller", email).toBuilder().phone(null).vatId(null)
                        .build())
                .lines(List.of(lines)).currency("EUR").build();
    }

    private static OrderLine line(String sku, String qty, String price) {
        return OrderLine.builder().sku(sku).quantity(new BigDecimal(qty)).unitPrice(new BigDecimal(price))
                .taxRate(new BigDecimal("21")).build();
    }

    @Test
    void ordersBecomeSalesOrdersWithLinesExistingOnesAreSkippedUnknownArticlesFail() {
        catalogueAndDebtor();
        h.av.company().insertSalesOrder(Shop.row("RPL_INV", "10001", "COMMENT1", "SHOP-WEB-1"),
                List.of(Shop.row("ART_CODE", "1001", "ORD_QTY", 1)));
        h.takeCalls();
        shop.put(EntityType.ORDER, "WEB-1", order("WEB-1", "anna@mueller.nl", line("1001", "1", "10")));
        shop.put(EntityType.ORDER, "WEB-2", order("WEB-2", "anna@mueller.nl", line("1001", "2", "12.50"),
                line("1002", "1", "20")));
        shop.put(EntityType.ORDER, "WEB-3", order("WEB-3", "anna@mueller.nl", line("9999", "1", "1")));

        FlowReport report = h.engine(Settings.builder().employeeNumber("42"))
                .run(SyncFlows.orders(shop, h.connector).productCatalog(h.connector).name("o").build()).flow("o");

        assertEquals(Action.SKIPPED, report.findResult("WEB-1").orElseThrow().action(), report.toString());
        assertEquals(Action.CREATED, report.findResult("WEB-2").orElseThrow().action(), report.toString());
        String reason = report.findResult("WEB-3").orElseThrow().reason().orElseThrow();
        assertTrue(reason.contains("line 1: SKU '9999' does not exist in AccountView"), reason);
        Map<String, Object> header = row("SO_HDR", "COMMENT1", "SHOP-WEB-2");
        assertEquals("10001", header.get("RPL_INV"));
        assertEquals("42", header.get("EMP_NR"));
        assertEquals(report.findResult("WEB-2").orElseThrow().targetId().orElseThrow(), header.get("ORD_NR"));
        List<Map<String, Object>> lines = h.av.company().rows("SO_LINE").stream()
                .filter(l -> header.get("ORD_NR").equals(l.get("ORD_NR"))).toList();
        assertEquals(List.of("1001", "1002"), lines.stream().map(l -> l.get("ART_CODE")).toList());
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(lines.get(0).get("ART_PX").toString())));
        // per order a reference search; per distinct SKU one article search; customer found and unchanged;
        // one insert for the new order
        Map<String, Long> calls = h.takeCalls();
        assertEquals(Map.of("GET SO1", 3L, "GET AK1", 3L, "GET AR1", 1L, "GET ADDR", 1L, "POST SO1", 1L), calls);

        FlowReport rerun = h.engine().run(SyncFlows.orders(shop, h.connector).productCatalog(h.connector).name("o")
                .build()).flow("o");
        assertEquals(2, rerun.count(Action.SKIPPED), rerun.toString());
        assertEquals(1, rerun.failures().size());
        assertEquals(2, h.av.company().rows("SO_HDR").size());
    }

    @Test
    void orderReferenceCanLiveInACustomHeaderField() {
        h.close();
        AvHarness custom = new AvHarness(b -> b.customField("SO_HDR", "A8_REF", 'C', 30),
                c -> c.referenceField("A8_REF"));
        try {
            custom.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
            custom.av.company().insert("AK1", Shop.row("ART_CODE", "1001", "ART_DESC1", "Hammer", "AG_CODE", "TOOLS"));
            shop.put(EntityType.ORDER, "WEB-9", order("WEB-9", "new@customer.nl", line("1001", "1", "10")));

            FlowReport report = custom.engine().run(SyncFlows.orders(shop, custom.connector)
                    .productCatalog(custom.connector).name("o").build()).flow("o");

            assertEquals(1, report.count(Action.CREATED), report.toString());
            Map<String, Object> header = custom.av.company().rows("SO_HDR").get(0);
            assertEquals("SHOP-WEB-9", header.get("A8_REF"), "the shop's namespace");
            assertTrue(report.findResult("WEB-9").orElseThrow().notes().toString().contains("customer created"));
            assertEquals(1, custom.av.company().rows("CONTACT").size());
        } finally {
            custom.close();
        }
    }
}
