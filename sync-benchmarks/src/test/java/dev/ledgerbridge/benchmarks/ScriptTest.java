package dev.ledgerbridge.benchmarks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The competent script against the emulators: correct (nothing doubled on reruns) and as cheap as described. */
class ScriptTest {
    private static final int N = 15;

    @Test
    void rerunsWriteNothingAndDoubleNothing() {
        try (EmulatorWorld w = new EmulatorWorld(N, Duration.ZERO, false)) {
            Script script = w.script();
            w.later(); // the first run starts later than the records' CNG_DATE plus the script's overlap
            assertEquals(new Script.Result(N, 0, 0), script.customers());
            assertEquals(new Script.Result(N, 0, 0), script.orders());
            w.later();
            w.resetStats();
            assertEquals(new Script.Result(0, 0, 0), script.customers());
            assertEquals(new Script.Result(0, 0, 0), script.orders());
            assertEquals(0, w.counts().writes());
            // nothing new: one empty change read of debtors, one page of orders, a look-up per order
            assertEquals(1 + 1, w.counts().avCalls());
            assertEquals(N, w.counts().bbCalls());
            assertEquals(0, w.counts().tokenGrants(), "the token is reused");
            assertEquals(N, w.bb.tenant().debtors().size());
            assertEquals(N, invoiceNumbers(w).size());
        }
    }

    @Test
    void oneChangedCustomerIsUpdatedAndOneNewOrderInvoicedOnce() {
        try (EmulatorWorld w = new EmulatorWorld(N, Duration.ZERO, false)) {
            Script script = w.script();
            w.later();
            script.customers();
            script.orders();
            w.later();
            w.changeOne(7);
            w.resetStats();
            assertEquals(new Script.Result(0, 1, 0), script.customers());
            assertEquals(1, w.counts().avCalls(), "one CNG_DATE read");
            assertEquals(1 + 1, w.counts().bbCalls(), "one debtor list, one update");
            assertTrue(w.bb.tenant().debtors().stream().anyMatch(d -> "Andere Straße 7".equals(d.get("street"))));
            w.addOrders(1);
            w.later();
            w.resetStats();
            assertEquals(new Script.Result(1, 0, 0), script.orders());
            assertEquals(1, w.counts().bbWrites());
            script.orders();
            Map<String, Long> numbers = invoiceNumbers(w);
            assertEquals(N + 1, numbers.size());
            assertTrue(numbers.values().stream().allMatch(c -> c == 1), "no invoice number twice: " + numbers);
        }
    }

    @Test
    void scenariosRunOnSmallWorlds() {
        List<EmulatorCalls.Row> rows = EmulatorCalls.steadyState(10, true);
        rows.addAll(EmulatorCalls.onboarding(10, true, false));
        assertEquals(10, rows.size());
        EmulatorCalls.Row nothingNew = rows.get(2);
        assertEquals(0, nothingNew.engine().writes());
        assertEquals(0, nothingNew.script().writes());
        EmulatorCalls.Row onboarding = rows.get(8);
        assertEquals(0, onboarding.script().writes(), "the script adopts the debtors: " + onboarding.result());
        assertTrue(EmulatorCalls.table(rows).contains("| customers | 10 | one changed customer |"));
    }

    @Test
    void tightenedMinimumOfTheSteadyStateAtTenThousand() {
        Minimum newOrder = Minimum.ordersAdded(1, 10_000);
        assertEquals(11 + 1 + 1, newOrder.av(), "11 order pages, the debtor, the catalogue page");
        assertEquals(2, newOrder.bb(), "a look-up by invoice number and the invoice");
        Minimum changed = Minimum.customersChanged(1, 10_000);
        assertEquals(1, changed.av());
        assertEquals(1, changed.bb());
        assertEquals(101 + 1, changed.bbSafe());
        assertEquals(11, Minimum.ordersNothingNew(10_000).av());
    }

    private static Map<String, Long> invoiceNumbers(EmulatorWorld w) {
        return w.bb.tenant().receipts().stream().map(r -> String.valueOf(r.get("invoicenumber")))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
