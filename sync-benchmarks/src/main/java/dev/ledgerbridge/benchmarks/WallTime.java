package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.report.SyncReport;

import java.time.Duration;

/**
 * Wall time of a first sync (customers, then orders) against the emulators with a fixed latency per request and
 * BuchhaltungsButler's real rate limit (100 requests per minute, enforced by the emulator and respected by the
 * client), next to the lower bound that the minimal number of requests and the rate limit set.
 */
final class WallTime {
    static final int BB_PER_MINUTE = 100;

    private WallTime() {
    }

    /** Seconds that {@code requests} requests need at least under "at most 100 in any 60 seconds". */
    static double windowBound(long requests) {
        return requests == 0 ? 0 : 60.0 * ((requests - 1) / BB_PER_MINUTE);
    }

    static void run(int n, Duration latency) {
        try (EmulatorWorld w = new EmulatorWorld(n, latency, true)) {
            long start = System.nanoTime();
            SyncReport report = w.engine().run(w.flows());
            double seconds = (System.nanoTime() - start) / 1e9;
            EmulatorWorld.Counts c = w.counts();
            Minimum customers = Minimum.customersFirstSync(n);
            Minimum orders = Minimum.ordersFirstSync(n);
            long minBb = customers.bb() + orders.bb();
            long minAv = customers.av() + orders.av();
            // "100 per minute" as a server counts it: at most 100 in any 60 s, so request k (from 0) cannot go out
            // before 60 s * floor(k / 100); a burst of 100 followed by 100/min refills would break that rule
            double rateBound = windowBound(minBb);
            double latencyBound = (minBb + minAv) * latency.toMillis() / 1000.0;
            double bound = Math.max(rateBound, latencyBound);
            double engineRateBound = windowBound(c.bbCalls());
            System.out.println(report);
            report.flows().forEach(f -> f.failures().forEach(r -> System.out.println("  " + r)));
            System.out.println("BuchhaltungsButler requests: " + w.bb.stats());
            System.out.printf("| N customers + N orders | latency | requests AV + BB | wall time | lower bound "
                    + "(minimal requests: %d BB, %d AV) | wall / bound |%n|---:|---:|---:|---:|---:|---:|%n", minBb,
                    minAv);
            System.out.printf("| %,d + %,d | %d ms | %,d + %,d | %.1f s | %.1f s (rate limit %.1f s, latency %.1f s) "
                            + "| %.2f× |%n", n, n, latency.toMillis(), c.avCalls() + c.tokenGrants(), c.bbCalls(),
                    seconds, bound, rateBound, latencyBound, seconds / bound);
            System.out.printf("the engine's own %d BB requests alone need %.1f s under the rate limit%n", c.bbCalls(),
                    engineRateBound);
            for (int big : new int[] {1_000, 10_000}) {
                double perRecordBb = (double) c.bbCalls() / n;
                double minutes = perRecordBb * big / BB_PER_MINUTE;
                double minMinutes = (2.0 * big + 2) / BB_PER_MINUTE;
                System.out.printf("extrapolated to %,d + %,d: ~%.0f min (bound %.0f min), rate-limit bound, "
                        + "%.2f BB requests per customer+order pair%n", big, big, minutes, minMinutes, perRecordBb);
            }
        }
    }
}
