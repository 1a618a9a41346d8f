package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockCalculation;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AccountView as the source: debtors (incrementally), articles, groups, stock and orders into a shop. */
class OutOfAccountViewTest {
    private AvHarness h = new AvHarness(b -> b.customField("ARTICLE", "A8_EAN", 'C', 14),
            c -> c.eanField("A8_EAN"));
    private final InMemoryConnector shop = Shop.create();

    @AfterEach
    void close() {
        h.close();
    }

    private void debtors() {
        h.av.company().insert("AR1", Shop.row("SUB_NR", "10001", "ACCT_NAME", "Müller Bouw B.V.", "SRC_CODE", "MB",
                "MAIN_CONT", "Anna Müller", "MAIL_BUS", "Anna@Mueller.nl", "ST_STREET", "Keizersgracht", "ST_NR", "12a",
                "ADDRESS1", "Keizersgracht 12a", "POST_CODE", "1015 CS", "CITY", "Amsterdam", "CNT_CODE", "NL",
                "DISC_CODE", "14"));
        h.av.company().insert("AR1", Shop.row("SUB_NR", "10002", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JDV",
                "MAIL_BUS", "jan@devries.nl", "ADDRESS1", "Hoofdstraat 5", "POST_CODE", "1234 AB", "CITY", "Utrecht",
                "CNT_CODE", "NL"));
        h.av.company().insert("ADDR", Shop.row("SUB_NR", "10001", "DEL_NAME", "Müller Bouw", "ADDRESS1", "Havenweg 7",
                "POST_CODE", "3011 AA", "CITY", "Rotterdam", "CNT_CODE", "NL"));
    }

    @Test
    void customersAreReadIncrementallyByChangeDate() {
        debtors();
        h.clock.advance(Duration.ofHours(1)); // past the change overlap of the inserts
        h.takeCalls();

        FlowReport first = h.engine().run(SyncFlows.customers(h.connector, shop).name("c").build()).flow("c");

        assertEquals(2, first.count(Action.CREATED), first.toString());
        Customer company = shop.get(EntityType.CUSTOMER, first.findResult("10001").orElseThrow().targetId().orElseThrow())
                .orElseThrow();
        assertEquals("Müller Bouw B.V.", company.companyName());
        assertEquals("Anna Müller", company.contactPerson());
        assertEquals("anna@mueller.nl", company.email());
        assertEquals(Shop.address("Keizersgracht", "12a", "1015 CS", "Amsterdam", "NL"), company.billingAddress());
        assertEquals(Shop.address("Havenweg", "7", "3011 AA", "Rotterdam", "NL"), company.deliveryAddress());
        Customer person = shop.get(EntityType.CUSTOMER, first.findResult("10002").orElseThrow().targetId().orElseThrow())
                .orElseThrow();
        assertNull(person.companyName());
        assertEquals("Jan de Vries", person.contactPerson());
        assertEquals(Shop.address("Hoofdstraat", "5", "1234 AB", "Utrecht", "NL"), person.billingAddress());
        assertEquals(Map.of("GET AR1", 1L, "GET ADDR", 1L), h.takeCalls());

        h.clock.advance(Duration.ofHours(1));
        h.av.company().update("AR1", Map.of("SUB_NR", "10002", "TEL_BUS", "030 1234567"));
        h.clock.advance(Duration.ofHours(1));

        FlowReport second = h.engine().run(SyncFlows.customers(h.connector, shop).name("c").build()).flow("c");

        assertEquals(1, second.read(), "only the debtor changed since the last read");
        assertEquals(1, second.count(Action.UPDATED), second.toString());
        assertEquals(Map.of("GET AR1", 1L, "GET ADDR", 1L), h.takeCalls());

        h.clock.advance(Duration.ofHours(1));
        FlowReport third = h.engine().run(SyncFlows.customers(h.connector, shop).name("c").build()).flow("c");
        assertEquals(0, third.read());
        assertEquals(Map.of("GET AR1", 1L), h.takeCalls(), "nothing changed: one empty read, no ADDR sweep");
    }

    @Test
    void aDebtorThatKeepsFailingIsReadAgainByNumberWhileTheCursorMovesOn() {
        debtors();
        h.av.company().insert("AR1", Shop.row("SUB_NR", "10003", "ACCT_NAME", "Kapot", "SRC_CODE", "KAPOT",
                "MAIL_BUS", "not-an-email", "CITY", "Delft", "CNT_CODE", "NL"));
        h.clock.advance(Duration.ofHours(1));
        h.takeCalls();

        FlowReport first = h.engine().run(SyncFlows.customers(h.connector, shop).name("c").build()).flow("c");
        assertEquals(2, first.count(Action.CREATED), first.toString());
        assertEquals(Action.FAILED, first.findResult("10003").orElseThrow().action());
        h.takeCalls();

        h.clock.advance(Duration.ofHours(1));
        FlowReport second = h.engine().run(SyncFlows.customers(h.connector, shop).name("c").build()).flow("c");

        assertEquals(1, second.read(), "nothing changed; only the parked debtor is read again, by number");
        assertEquals(Action.FAILED, second.findResult("10003").orElseThrow().action());
        assertTrue(second.findResult("10003").orElseThrow().reason().orElseThrow().contains("failing since"));
        assertEquals(Map.of("GET AR1", 2L, "GET ADDR", 1L), h.takeCalls(),
                "the empty change read, one numbered read of the parked debtor and its delivery address; "
                        + "no full read of the ledger");
    }

    private void catalogue() {
        h.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1001", "ART_DESC1", "Hammer", "AG_CODE", "TOOLS",
                "PX_SELL", 12.5, "A8_EAN", "4006381333931", "QTY_AVAIL", 10, "QTY_FREE2", 7, "QTY_TECH", 12,
                "QTY_BESTEL", 5));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1002", "ART_DESC1", "Saw", "AG_CODE", "TOOLS",
                "PX_SELL", 20, "QTY_AVAIL", 3, "QTY_FREE2", 1, "QTY_TECH", 4));
    }

    @Test
    void productsCategoriesAndStockComeOutOfAccountView() {
        catalogue();
        h.clock.advance(Duration.ofHours(1)); // past the change overlap of the inserts
        h.takeCalls();

        var report = h.engine(Settings.builder().stockCalculation(StockCalculation.FREE)).run(
                SyncFlows.categories(h.connector, shop).name("cat").build(),
                SyncFlows.products(h.connector, shop).name("prod").build(),
                SyncFlows.stock(h.connector, shop).name("stock").build());

        assertEquals(1, report.flow("cat").count(Action.CREATED), report.toString());
        assertEquals(2, report.flow("prod").count(Action.CREATED), report.toString());
        assertEquals(List.of(new Category("TOOLS", "Tools", null)), shop.all(EntityType.CATEGORY).stream()
                .map(Identified::value).toList());
        Product hammer = shop.all(EntityType.PRODUCT).stream().map(Identified::value)
                .filter(p -> p.sku().equals("1001")).findFirst().orElseThrow();
        assertEquals("Hammer", hammer.name());
        assertEquals(0, new BigDecimal("12.5").compareTo(hammer.price()));
        assertEquals("TOOLS", hammer.categoryCode());
        assertEquals("4006381333931", hammer.ean());
        assertEquals("EUR", hammer.currency());
        // stock: the FREE calculation takes QTY_FREE2; the shop gets the quantity only
        Map<String, BigDecimal> stock = new java.util.TreeMap<>();
        shop.all(EntityType.STOCK).forEach(s -> stock.put(s.value().sku(), s.value().quantity()));
        assertEquals(0, BigDecimal.valueOf(7).compareTo(stock.get("1001")), stock.toString());
        assertEquals(0, BigDecimal.ONE.compareTo(stock.get("1002")), stock.toString());
        assertEquals(Map.of("GET AG1", 1L, "GET AK1", 2L), h.takeCalls(), "one read per flow");

        h.clock.advance(Duration.ofHours(1));
        h.av.company().update("AK1", Map.of("ART_CODE", "1002", "PX_SELL", 21));
        h.clock.advance(Duration.ofHours(1));
        FlowReport second = h.engine().run(SyncFlows.products(h.connector, shop).name("prod").build()).flow("prod");
        assertEquals(1, second.read());
        assertEquals(1, second.count(Action.UPDATED), second.toString());
    }

    @Test
    void stockCalculationsApplyToTheArticleFigures() {
        catalogue();
        var report = h.engine(Settings.builder().stockCalculation(StockCalculation.TECHNICAL))
                .run(SyncFlows.stock(h.connector, shop).name("stock").build());
        assertEquals(2, report.flow("stock").count(Action.CREATED), report.toString());
        StockLevel saw = shop.all(EntityType.STOCK).stream().map(Identified::value)
                .filter(s -> s.sku().equals("1002")).findFirst().orElseThrow();
        assertEquals(0, BigDecimal.valueOf(4).compareTo(saw.quantity()));
    }

    @Test
    void salesOrdersComeOutWithLinesAndTheirDebtor() {
        debtors();
        catalogue();
        h.av.company().insertSalesOrder(Map.of("RPL_INV", "10001", "ORD_DATE", "2026-11-20T00:00:00",
                "EMP_NR", "42"), List.of(Map.of("ART_CODE", "1001", "ORD_QTY", 2, "ART_PX", 12.5),
                Map.of("ART_CODE", "1002", "ORD_QTY", 1, "ART_PX", 20)));
        h.takeCalls();

        FlowReport report = h.engine().run(SyncFlows.orders(h.connector, shop).name("o").build()).flow("o");

        assertEquals(1, report.count(Action.CREATED), report.toString());
        Order order = shop.all(EntityType.ORDER).get(0).value();
        assertEquals(LocalDate.of(2026, 11, 20), order.date());
        assertEquals("anna@mueller.nl", order.customer().email());
        assertEquals("14", order.paymentTerm());
        assertEquals("42", order.employeeNumber());
        assertEquals(List.of("1001", "1002"), order.lines().stream().map(OrderLine::sku).toList());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(order.lines().get(0).quantity()));
        // one SO1 read and one debtor read; nothing else
        assertEquals(Map.of("GET SO1", 1L, "GET AR1", 1L), h.takeCalls());
    }

    @Test
    void orderHistoryCanBeTheOrderSource() {
        h.close();
        h = new AvHarness(b -> b.customField("ARTICLE", "A8_EAN", 'C', 14),
                c -> c.eanField("A8_EAN").orderSource(OrderSource.ORDER_HISTORY));
        debtors();
        catalogue();
        h.av.company().insertSalesOrder(Map.of("RPL_INV", "10001", "INV_DATE", "2026-11-21T00:00:00"),
                List.of(Map.of("ART_CODE", "1001", "ORD_QTY", 2, "ART_PX", 12.5),
                        Map.of("ART_CODE", "1002", "ORD_QTY", 1, "ART_PX", 20)));
        h.av.company().insertSalesOrder(Map.of("RPL_INV", "10002", "INV_DATE", "2026-11-22T00:00:00"),
                List.of(Map.of("ART_CODE", "1002", "ORD_QTY", 3, "ART_PX", 20)));
        h.takeCalls();

        FlowReport report = h.engine().run(SyncFlows.orders(h.connector, shop).name("o").build()).flow("o");

        assertEquals(2, report.count(Action.CREATED), report.toString());
        Map<String, Integer> linesPerOrder = new java.util.TreeMap<>();
        shop.all(EntityType.ORDER).forEach(o -> linesPerOrder.put(o.value().customer().email(),
                o.value().lines().size()));
        assertEquals(Map.of("anna@mueller.nl", 2, "jan@devries.nl", 1), linesPerOrder);
        // both debtors in one MatchAnyFilter read
        assertEquals(Map.of("GET ALH", 1L, "GET AR1", 1L), h.takeCalls());
    }
}
