package dev.ledgerbridge.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code tenants} benchmark on 3 tenants for a few seconds, so that it cannot rot: the emulator JVM starts,
 * the worker syncs every tenant, the figures come out. Asserts what holds whatever the machine's speed: no tenant
 * was throttled by the emulator (its 100 requests/min per api_key is on) and BuchhaltungsButler received writes.
 */
class TenantBenchmarkTest {
    @Test
    void steadyStateAndSaturatedOnThreeTenants() throws Exception {
        TenantBenchmark.Options options = TenantBenchmark.Options.parse(new String[] {"interval=2", "warmup=1",
                "window=5", "3"});
        for (String scenario : options.scenarios()) {
            TenantBenchmark.Figures f = TenantBenchmark.measure(scenario, 3, options);
            System.out.print(TenantBenchmark.table(java.util.List.of(f)));
            assertEquals(0, f.throttled(), scenario + ": answers 429 from the emulator");
            assertEquals(0, f.failedRuns(), scenario + ": failed runs");
            assertTrue(f.writesPerMinute() > 0, scenario + ": BuchhaltungsButler received no write in the window");
        }
    }
}
