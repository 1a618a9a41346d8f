package dev.ledgerbridge.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmarks jar.
 * <pre>
 * java -jar sync-benchmarks/target/benchmarks.jar calls [N...]        API calls per record, call model (default 1000 10000)
 * java -jar sync-benchmarks/target/benchmarks.jar emulator-calls [steady|onboarding|all] [engine-only] [customers-only] [N...]
 *                                                  HTTP requests against the emulators (default all 1000)
 * java -jar sync-benchmarks/target/benchmarks.jar walltime [N] [ms]     wall time, 50 ms latency, BB rate limit
 * java -Xmx256m -jar sync-benchmarks/target/benchmarks.jar heap [N]   peak heap of an N-record sync (default 100000)
 * java -jar sync-benchmarks/target/benchmarks.jar heap-scaling [N...] [h2|memory]  heap per N, each in a -Xmx256m JVM
 * java -jar sync-benchmarks/target/benchmarks.jar jmh [JMH options]   engine overhead per record (JMH)
 * java -jar sync-benchmarks/target/benchmarks.jar tenants [steady|saturated|all] [interval=s] [warmup=s] [window=s]
 *                                                  [new=k] [per-run-transport] [N...]
 *                                                  N tenants on one TenantScheduler worker (default 10 100 500)
 * </pre>
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /**
     * Runs one benchmark.
     *
     * @param args the benchmark name and its arguments
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "calls" -> calls(rest);
            case "heap" -> HeapBenchmark.main(rest);
            case "heap-scaling" -> HeapBenchmark.scaling(rest);
            case "emulator-calls" -> emulatorCalls(rest);
            case "walltime" -> WallTime.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 80,
                    java.time.Duration.ofMillis(rest.length > 1 ? Long.parseLong(rest[1]) : 50));
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "tenants" -> TenantBenchmark.run(rest);
            case "tenant-emulators" -> TenantEmulators.main(rest); // the emulator JVM of "tenants"

            default -> System.out.println("usage: calls [no-stock] [N...] | emulator-calls [steady|onboarding|all] "
                    + "[engine-only] [customers-only] [N...] | walltime [N] [latency ms] | heap [N] [h2|memory] | "
                    + "heap-scaling [N...] [h2|memory] | jmh [JMH options] | tenants [steady|saturated|all] [interval=s] "
                    + "[warmup=s] [window=s] [new=k] [per-run-transport] [N...]");
        }
    }

    /**
     * {@code emulator-calls [steady|onboarding|all] [engine-only] [customers-only] N...}: scheduled runs and/or
     * onboarding (customers-only: the onboarding without the orders' first sync).
     */
    private static void emulatorCalls(String[] args) {
        List<String> words = Arrays.asList(args);
        String scenario = words.stream().filter(a -> a.matches("steady|onboarding|all")).findFirst().orElse("all");
        boolean withScript = !words.contains("engine-only");
        List<Integer> sizes = words.stream().filter(a -> a.matches("\\d+")).map(Integer::parseInt).toList();
        for (int n : sizes.isEmpty() ? List.of(1_000) : sizes) {
            List<EmulatorCalls.Row> rows = new java.util.ArrayList<>();
            long start = System.nanoTime();
            if (!scenario.equals("onboarding")) {
                rows.addAll(EmulatorCalls.steadyState(n, withScript));
            }
            if (!scenario.equals("steady")) {
                rows.addAll(EmulatorCalls.onboarding(n, withScript, words.contains("customers-only")));
            }
            System.out.print(EmulatorCalls.table(rows));
            System.out.printf("N = %,d: %.0f s in all%n", n, (System.nanoTime() - start) / 1e9);
        }
        System.out.println("\nTightened minimum, per phase:");
        java.util.stream.Stream.of(Minimum.customersFirstSync(10), Minimum.ordersFirstSync(10),
                Minimum.customersNothingNew(), Minimum.ordersNothingNew(10), Minimum.customersChanged(1, 10),
                Minimum.ordersAdded(1, 10), Minimum.customersOnboarding(10))
                .forEach(m -> System.out.println("- " + m.formula()));
    }

    /** {@code calls [no-stock] N...}; no-stock: customers and orders only (for 100,000). */
    private static void calls(String[] args) {
        boolean withStock = !Arrays.asList(args).contains("no-stock");
        List<Integer> sizes = Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::parseInt).toList();
        sizes = sizes.isEmpty() ? List.of(1_000, 10_000) : sizes;
        for (boolean searchable : withStock ? new boolean[] {true, false} : new boolean[] {true}) {
            System.out.println("\n## Webshop (stock target) " + (searchable ? "searchable by SKU" : "list only"));
            for (int n : sizes) {
                List<CallCounts.Row> rows = new CallCounts(n, searchable, withStock).run();
                System.out.print(CallCounts.table(searchable ? rows : rows.stream()
                        .filter(r -> r.flow().equals("stock")).toList()));
            }
        }
        System.out.println("\nMinimum per flow and phase:");
        new CallCounts(10, true).run().stream().filter(r -> r.records() == 10)
                .forEach(r -> System.out.println("- " + r.flow() + ", " + r.phase() + ": " + r.minimumFormula()));
    }
}
