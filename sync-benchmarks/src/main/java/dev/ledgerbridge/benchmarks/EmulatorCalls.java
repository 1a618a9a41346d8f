package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.report.SyncReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * HTTP requests the emulators receive per flow and phase for the engine (real clients, connectors and engine), next
 * to the tightened minimum the two APIs allow ({@link Minimum}) and to the competent stateless script
 * ({@link Script}) run on a second, identical pair of emulators.
 *
 * <p>Scheduled runs: first sync, nothing new, one changed customer, one new order, 10% changed customers and 10% new
 * orders. Onboarding: BuchhaltungsButler already holds all N debtors, the state is fresh; the customers flow adopts
 * them, then the orders flow runs its first sync.
 */
final class EmulatorCalls {
    /**
     * One measured phase of one flow.
     *
     * @param scriptListing the script's requests had it checked the orders' existence with one list of the receipts
     *                      (500 per request) instead of a look-up per order: its measured requests minus its receipt
     *                      look-ups plus the pages of the receipts BuchhaltungsButler held (exact: look-ups only read)
     */
    record Row(String flow, int n, String phase, EmulatorWorld.Counts engine, Minimum minimum,
               EmulatorWorld.Counts script, Long scriptListing, String result, double seconds) {
    }

    private EmulatorCalls() {
    }

    /** The scheduled-run phases on two fresh worlds of {@code n} debtors and orders. */
    static List<Row> steadyState(int n, boolean withScript) {
        List<Row> rows = new ArrayList<>();
        int tenth = n / 10;
        try (EmulatorWorld w = new EmulatorWorld(n, Duration.ZERO, false);
             EmulatorWorld s = withScript ? new EmulatorWorld(n, Duration.ZERO, false) : null) {
            Script script = s == null ? null : s.script();
            Phase customers = new Phase(w, s, "customers", script == null ? null : x -> script.customers());
            Phase orders = new Phase(w, s, "orders", script == null ? null : x -> script.orders());
            rows.add(customers.measure("first sync", Minimum.customersFirstSync(n)));
            rows.add(orders.measure("first sync", Minimum.ordersFirstSync(n)));
            rows.add(customers.measure("nothing new", Minimum.customersNothingNew()));
            rows.add(orders.measure("nothing new", Minimum.ordersNothingNew(n)));
            both(w, s, x -> x.changeOne(n / 2));
            rows.add(customers.measure("one changed customer", Minimum.customersChanged(1, n)));
            both(w, s, x -> x.addOrders(1));
            rows.add(orders.measure("one new order", Minimum.ordersAdded(1, n)));
            both(w, s, EmulatorWorld::changeTenPercent);
            rows.add(customers.measure("10% changed", Minimum.customersChanged(tenth, n)));
            both(w, s, x -> x.addOrders(tenth));
            rows.add(orders.measure("10% new", Minimum.ordersAdded(tenth, n + 1)));
        }
        return rows;
    }

    /**
     * Onboarding: BuchhaltungsButler holds the N debtors already; fresh state; customers, then (unless
     * {@code customersOnly}) the orders' first sync.
     */
    static List<Row> onboarding(int n, boolean withScript, boolean customersOnly) {
        List<Row> rows = new ArrayList<>();
        try (EmulatorWorld w = new EmulatorWorld(n, Duration.ZERO, false);
             EmulatorWorld s = withScript ? new EmulatorWorld(n, Duration.ZERO, false) : null) {
            both(w, s, EmulatorWorld::seedTargetDebtors);
            Script script = s == null ? null : s.script();
            rows.add(new Phase(w, s, "customers", script == null ? null : x -> script.customers())
                    .measure("onboarding: N debtors in BB", Minimum.customersOnboarding(n)));
            if (!customersOnly) {
                rows.add(new Phase(w, s, "orders", script == null ? null : x -> script.orders())
                        .measure("first sync after onboarding", Minimum.ordersFirstSync(n)));
            }
        }
        return rows;
    }

    private static void both(EmulatorWorld w, EmulatorWorld s, java.util.function.Consumer<EmulatorWorld> change) {
        change.accept(w);
        if (s != null) {
            change.accept(s);
        }
    }

    /** One flow of the engine on {@code w} and the script's run of the same flow on {@code s}. */
    private record Phase(EmulatorWorld w, EmulatorWorld s, String flow, Function<EmulatorWorld, Script.Result> script) {
        Row measure(String phase, Minimum minimum) {
            w.later();
            w.resetStats();
            long start = System.nanoTime();
            SyncReport report = w.engine().run(w.flow(flow));
            double seconds = (System.nanoTime() - start) / 1e9;
            EmulatorWorld.Counts counts = w.counts();
            EmulatorWorld.Counts scriptCounts = null;
            Long listing = null;
            String result = report.flows().get(0).toString();
            if (s != null) {
                s.later();
                s.resetStats();
                long receipts = s.bb.tenant().receipts().size();
                result += "; script: " + script.apply(s);
                scriptCounts = s.counts();
                if (flow.equals("orders")) {
                    listing = scriptCounts.total() - s.bb.stats().count("POST /receipts/get")
                            + Minimum.pages(receipts, Minimum.RECEIPT_PAGE);
                }
            }
            System.out.printf("  %s, %s: %.1f s; %s%n", flow, phase, seconds, result);
            return new Row(flow, w.n, phase, counts, minimum, scriptCounts, listing, result, seconds);
        }
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| Flow | N | Phase | Engine AV + BB (+ token) | writes | Minimum AV + BB "
                + "(BB safe) | Engine / minimum (safe) | Script AV + BB | Engine / script | Script listing receipts "
                + "| Engine / that |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            EmulatorWorld.Counts c = r.engine();
            Minimum m = r.minimum();
            String minimum = String.format("%,d + %,d", m.av(), m.bb())
                    + (m.bbSafe() == m.bb() ? "" : String.format(" (%,d)", m.bbSafe()));
            String ratio = ratio(c.total(), m.total())
                    + (m.bbSafe() == m.bb() ? "" : " (" + ratio(c.total(), m.totalSafe()) + ")");
            EmulatorWorld.Counts s = r.script();
            sb.append(String.format("| %s | %,d | %s | %,d + %,d%s | %,d | %s | %s | %s | %s | %s | %s |%n", r.flow(), r.n(),
                    r.phase(), c.avCalls(), c.bbCalls(), c.tokenGrants() == 0 ? "" : " + " + c.tokenGrants(),
                    c.writes(), minimum, ratio,
                    s == null ? "not run" : String.format("%,d + %,d%s", s.avCalls(), s.bbCalls(),
                            s.tokenGrants() == 0 ? "" : " + " + s.tokenGrants()),
                    s == null ? "" : ratio(c.total(), s.total()),
                    r.scriptListing() == null ? "" : String.format("%,d", r.scriptListing()),
                    r.scriptListing() == null ? "" : ratio(c.total(), r.scriptListing())));
        }
        return sb.toString();
    }

    private static String ratio(long a, long b) {
        return b == 0 ? (a == 0 ? "1.00×" : "∞") : String.format("%.2f×", (double) a / b);
    }
}
