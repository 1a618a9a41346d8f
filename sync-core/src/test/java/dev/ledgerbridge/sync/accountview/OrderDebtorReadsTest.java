package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.Debtors;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.transport.error.ApiErrorException;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Orders read out of AccountView fetch the debtors of each page of orders together: 230 orders over 70 debtors
 * with the client's page size of 100 cost 3 order reads and ⌈70 / 50⌉ = 2 debtor reads, on the first run and on a
 * rerun that skips every order.
 */
class OrderDebtorReadsTest {
    private static final int ORDERS = 230;
    private static final int DEBTORS = 70;

    private AvHarness h;
    private final InMemoryConnector shop = Shop.create();
    /** Order number to the debtor number it was placed by. */
    private final Map<String, String> debtorOfOrder = new HashMap<>();
    private final AtomicInteger limit = new AtomicInteger(DebtorsByNumber.CHUNK);

    @AfterEach
    void close() {
        h.close();
    }

    private void seed(OrderSource source) {
        h = new AvHarness(b -> b, c -> c.orderSource(source).pageSize(100)); // pages of 100: several chunks
        h.av.company().insert("AG1", Shop.row("AG_CODE", "TOOLS", "AG_DESC", "Tools"));
        h.av.company().insert("AK1", Shop.row("ART_CODE", "1001", "ART_DESC1", "Hammer", "AG_CODE", "TOOLS",
                "PX_SELL", 12.5));
        for (int d = 0; d < DEBTORS; d++) {
            h.av.company().insert("AR1", Shop.row("SUB_NR", debtor(d), "ACCT_NAME", "Debtor " + d, "SRC_CODE", "D" + d,
                    "MAIL_BUS", "d" + d + "@example.nl", "ADDRESS1", "Straat " + d, "POST_CODE", "1000 AA",
                    "CITY", "Amsterdam", "CNT_CODE", "NL", "DISC_CODE", d % 2 == 0 ? "14" : "30"));
        }
        // a debtor that exists but places no order is never read
        h.av.company().insert("AR1", Shop.row("SUB_NR", "29999", "ACCT_NAME", "Idle", "SRC_CODE", "IDLE"));
        for (int o = 0; o < ORDERS; o++) {
            String debtor = debtor(o % DEBTORS);
            Map<String, Object> hdr = h.av.company().insertSalesOrder(Map.of("RPL_INV", debtor,
                    "ORD_DATE", "2026-11-20T00:00:00", "INV_DATE", "2026-11-21T00:00:00"),
                    List.of(Map.of("ART_CODE", "1001", "ORD_QTY", 1 + o % 3, "ART_PX", 12.5)));
            debtorOfOrder.put(String.valueOf(hdr.get("ORD_NR")).strip(), debtor);
        }
        h.takeCalls();
    }

    private static String debtor(int d) {
        return String.valueOf(20000 + d);
    }

    @Test
    void salesOrdersReadTheirDebtorsOncePerChunkAndNotAtAllForTransferredOrders() {
        seed(OrderSource.SALES_ORDERS);
        assertRunsRead("GET SO1");
    }

    @Test
    void orderHistoryReadsItsDebtorsOncePerChunkAndNotAtAllForTransferredOrders() {
        seed(OrderSource.ORDER_HISTORY);
        assertRunsRead("GET ALH");
    }

    private void assertRunsRead(String orderRead) {
        FlowReport first = h.engine().run(SyncFlows.orders(h.connector, shop).name("o").build()).flow("o");

        assertEquals(ORDERS, first.count(Action.CREATED), first.toString());
        // pages of 100, 100 and 30 orders; the first page names all 70 debtors: 50 + 20 numbers per query
        assertEquals(Map.of(orderRead, 3L, "GET AR1", 2L), h.takeCalls());
        assertCustomersAsReadOneByOne();
        h.takeCalls();

        FlowReport rerun = h.engine().run(SyncFlows.orders(h.connector, shop).name("o").build()).flow("o");

        assertEquals(0, rerun.count(Action.CREATED), rerun.toString());
        // every order is transferred already: the engine tells the reader so, and no debtor is read
        assertEquals(Map.of(orderRead, 3L), h.takeCalls());
    }

    /** Each order carries the customer and payment term its debtor gives when read on its own. */
    private void assertCustomersAsReadOneByOne() {
        Map<String, Debtor> single = new HashMap<>();
        List<Identified<Order>> orders = shop.all(EntityType.ORDER);
        assertEquals(ORDERS, orders.size());
        for (Identified<Order> o : orders) {
            Order order = o.value();
            String number = debtorOfOrder.get(order.reference().replaceFirst("^AV-", ""));
            assertNotNull(number, "order " + order.reference() + " was not seeded");
            Debtor debtor = single.computeIfAbsent(number, n -> h.company.debtors().byNumber(n).orElseThrow());
            Customer expected = Customers.toCustomer(debtor, null);
            assertEquals(expected, order.customer(), order.reference());
            assertEquals(expected.billingAddress(), order.billingAddress(), order.reference());
            assertEquals(debtor.paymentConditionCode(), order.paymentTerm(), order.reference());
        }
    }

    @Test
    void aRejectedBatchQueryFallsBackToOneReadPerDebtorForTheRestOfTheRead() {
        seed(OrderSource.SALES_ORDERS);
        DebtorsByNumber debtors = new DebtorsByNumber(new Tampered(h.company.debtors(), 0), limit);

        debtors.prefetch(List.of("20000", "20001", "20002"));
        assertEquals(Map.of("GET AR1", 3L), h.takeCalls());
        debtors.prefetch(List.of("20003", "20004"));

        assertEquals(Map.of("GET AR1", 2L), h.takeCalls(), "no second batch attempt");
        assertEquals("d1@example.nl", debtors.get("20001").email());
        assertEquals("d4@example.nl", debtors.get(" 20004 ").email());
        assertEquals(Map.of(), h.takeCalls(), "kept for the read");
        assertEquals(1, limit.get());
    }

    @Test
    void aBatchTooLongForTheServerIsHalvedUntilItFitsAndTheSizeIsKeptForLaterReads() {
        seed(OrderSource.SALES_ORDERS);
        DebtorsByNumber debtors = new DebtorsByNumber(new Tampered(h.company.debtors(), 10), limit);
        List<String> numbers = new java.util.ArrayList<>();
        for (int d = 0; d < 30; d++) {
            numbers.add(debtor(d));
        }

        debtors.prefetch(numbers);

        // 30 and 15 rejected, then 7 + 7 + 7 + 7 + 2
        assertEquals(Map.of("GET AR1", 5L), h.takeCalls());
        assertEquals(7, limit.get());
        for (int d = 0; d < 30; d++) {
            assertEquals("d" + d + "@example.nl", debtors.get(debtor(d)).email());
        }
        assertEquals(Map.of(), h.takeCalls());

        DebtorsByNumber nextRead = new DebtorsByNumber(new Tampered(h.company.debtors(), 10), limit);
        nextRead.prefetch(numbers.subList(0, 14));
        assertEquals(Map.of("GET AR1", 2L), h.takeCalls(), "no rejected attempt again");
    }

    @Test
    void aServerThatIgnoresMatchAnyFilterIsDetectedAndDebtorsAreStillFound() {
        seed(OrderSource.SALES_ORDERS);
        DebtorsByNumber debtors = new DebtorsByNumber(new Tampered(h.company.debtors(), -1), limit);

        debtors.prefetch(List.of("20000", "20001", "20002"));
        // the AND-ed batch finds nothing, then the three are read one by one
        assertEquals(Map.of("GET AR1", 4L), h.takeCalls());
        debtors.prefetch(List.of("20003", "20004"));

        assertEquals(Map.of("GET AR1", 2L), h.takeCalls());
        assertEquals(1, limit.get());
        assertEquals("d2@example.nl", debtors.get("20002").email());
        assertEquals("d3@example.nl", debtors.get("20003").email());
    }

    @Test
    void unknownAndBlankNumbersGiveNoDebtorAndAreNotReadTwice() {
        seed(OrderSource.SALES_ORDERS);
        DebtorsByNumber debtors = new DebtorsByNumber(h.company.debtors(), limit);

        debtors.prefetch(java.util.Arrays.asList("20005", "NOPE", "", null, "20005", "20006"));

        assertEquals(Map.of("GET AR1", 1L), h.takeCalls());
        assertNull(debtors.get("NOPE"));
        assertNull(debtors.get(" "));
        assertEquals("Debtor 6", debtors.get("20006").name());
        debtors.prefetch(List.of("20005", "NOPE"));
        assertEquals(Map.of(), h.takeCalls());
    }

    @Test
    void aChunkOfOnlyUnknownNumbersIsCheckedOneByOneButBatchingContinues() {
        seed(OrderSource.SALES_ORDERS);
        DebtorsByNumber debtors = new DebtorsByNumber(h.company.debtors(), limit);

        debtors.prefetch(List.of("X1", "X2"));
        assertEquals(Map.of("GET AR1", 3L), h.takeCalls());
        debtors.prefetch(List.of("20010", "20011", "20012"));

        assertEquals(Map.of("GET AR1", 1L), h.takeCalls());
    }

    /**
     * The real debtors, except for {@code MatchAnyFilter} queries: with {@code maxFilters} -1 they are sent without
     * the flag (as a server that ignores it would read them); otherwise those with more filters than that are
     * rejected like a 400 from the server.
     */
    private static final class Tampered implements Debtors {
        private final Debtors real;
        private final int maxFilters;

        Tampered(Debtors real, int maxFilters) {
            this.real = real;
            this.maxFilters = maxFilters;
        }

        @Override
        public String businessObject() {
            return real.businessObject();
        }

        @Override
        public DataQuery.Builder query() {
            return real.query();
        }

        @Override
        public PagedIterable<Debtor> list(DataQuery query) {
            if (query.matchAnyFilter().orElse(false)) {
                if (maxFilters >= 0 && query.filters().size() > maxFilters) {
                    throw new ApiErrorException("AccountView GET accountviewdata failed (HTTP 400): bad filter",
                            "GET accountviewdata", 400, "ValidationError", null);
                }
                if (maxFilters < 0) {
                    return real.list(query.toBuilder().matchAnyFilter(false).build());
                }
            }
            return real.list(query);
        }

        @Override
        public Debtor insert(Debtor value) {
            return real.insert(value);
        }

        @Override
        public Debtor update(Debtor value) {
            return real.update(value);
        }
    }
}
