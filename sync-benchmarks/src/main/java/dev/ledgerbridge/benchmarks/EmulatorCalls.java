package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.report.SyncReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP requests the emulators receive for the engine (real connectors and clients) per flow and phase, next to the
 * minimum the two APIs allow and the naive per-record algorithm on the typed clients.
 */
final class EmulatorCalls {
    /** Rows per AccountView page and per BuchhaltungsButler debtor page (both clients' default). */
    static final int PAGE = 100;
    /** Rows per BuchhaltungsButler receipts page (the API's maximum). */
    static final int RECEIPT_PAGE = 500;
    /** Above this the naive algorithm is not run: its debtor sweeps grow with N squared. */
    static final int NAIVE_MAX = 1_000;

    record Row(String flow, int n, String phase, EmulatorWorld.Counts engine, long minimum, Long naive,
               String result) {
    }

    private EmulatorCalls() {
    }

    static long pages(long rows, int page) {
        return rows / page + 1;
    }

    static List<Row> run(int n) {
        List<Row> rows = new ArrayList<>();
        long catalogue = Math.min(Records.CATALOGUE, pages(Records.CATALOGUE, PAGE));
        int tenth = n / 10;
        try (EmulatorWorld w = new EmulatorWorld(n, Duration.ZERO, false);
             EmulatorWorld naiveWorld = n <= NAIVE_MAX ? new EmulatorWorld(n, Duration.ZERO, false) : null) {
            NaiveClients naive = naiveWorld == null ? null : new NaiveClients(naiveWorld);
            // first sync
            rows.add(measure(w, "customers", "first sync", pages(n, PAGE) + 1 + n, naiveWorld,
                    naive == null ? null : naive::customers));
            rows.add(measure(w, "orders", "first sync", pages(n, PAGE) + catalogue + pages(n, PAGE) + 1
                    + pages(n, PAGE) + n, naiveWorld, naive == null ? null : naive::orders));
            // no-change rerun
            rows.add(measure(w, "customers", "no-change rerun", 1, naiveWorld, naive == null ? null : naive::customers));
            rows.add(measure(w, "orders", "no-change rerun", pages(n, PAGE), naiveWorld,
                    naive == null ? null : naive::orders));
            // 10% changed customers, 10% new orders
            w.changeTenPercent();
            w.addOrders(tenth);
            if (naiveWorld != null) {
                naiveWorld.changeTenPercent();
                naiveWorld.addOrders(tenth);
            }
            rows.add(measure(w, "customers", "10% changed", pages(tenth, PAGE) + pages(n, PAGE) + tenth, naiveWorld,
                    naive == null ? null : naive::customers));
            rows.add(measure(w, "orders", "10% new", pages(n + tenth, PAGE) + catalogue + pages(tenth, PAGE)
                    + pages(n, RECEIPT_PAGE) + pages(n, PAGE) + tenth, naiveWorld,
                    naive == null ? null : naive::orders));
        }
        return rows;
    }

    private static Row measure(EmulatorWorld w, String flow, String phase, long minimum, EmulatorWorld naiveWorld,
                               Runnable naive) {
        w.later();
        w.resetStats();
        SyncReport report = w.engine().run(w.flow(flow));
        EmulatorWorld.Counts counts = w.counts();
        Long naiveCalls = null;
        if (naive != null) {
            naiveWorld.later();
            naiveWorld.resetStats();
            naive.run();
            naiveCalls = naiveWorld.counts().total();
        }
        return new Row(flow, w.n, phase, counts, minimum, naiveCalls, report.flows().get(0).toString());
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| Flow | N | Phase | Engine requests (AV + BB + token) | writes | "
                + "per record | Minimum | Engine / minimum | Naive requests | Naive / engine |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            EmulatorWorld.Counts c = r.engine();
            sb.append(String.format("| %s | %,d | %s | %,d (%,d + %,d + %d) | %,d | %.3f | %,d | %.2f× | %s | %s |%n",
                    r.flow(), r.n(), r.phase(), c.total(), c.avCalls(), c.bbCalls(), c.tokenGrants(), c.writes(),
                    (double) c.total() / r.n(), r.minimum(), (double) c.total() / r.minimum(),
                    r.naive() == null ? "not run (N² sweeps)" : String.format("%,d", r.naive()),
                    r.naive() == null ? "" : String.format("%.1f×", (double) r.naive() / Math.max(1, c.total()))));
        }
        return sb.toString();
    }
}
