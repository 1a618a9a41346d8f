package dev.ledgerbridge.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmarks jar.
 * <pre>
 * java -jar sync-benchmarks/target/benchmarks.jar calls [N...]        API calls per record, call model (default 1000 10000)
 * java -jar sync-benchmarks/target/benchmarks.jar emulator-calls [N...]  HTTP requests against the emulators (default 1000)
 * java -jar sync-benchmarks/target/benchmarks.jar walltime [N] [ms]     wall time, 50 ms latency, BB rate limit
 * java -Xmx256m -jar sync-benchmarks/target/benchmarks.jar heap [N]   peak heap of an N-record sync (default 100000)
 * java -jar sync-benchmarks/target/benchmarks.jar heap-scaling [N...] [h2|memory]  heap per N, each in a -Xmx256m JVM
 * java -jar sync-benchmarks/target/benchmarks.jar jmh [JMH options]   engine overhead per record (JMH)
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
            default -> System.out.println("usage: calls [N...] | emulator-calls [N...] | walltime [N] [latency ms] | heap [N] [h2|memory] | heap-scaling [N...] [h2|memory] | jmh [JMH options]");
        }
    }

    private static void emulatorCalls(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000) : Arrays.stream(args).map(Integer::parseInt).toList();
        for (int n : sizes) {
            List<EmulatorCalls.Row> rows = EmulatorCalls.run(n);
            System.out.print(EmulatorCalls.table(rows));
            rows.forEach(r -> System.out.println("  " + r.phase() + ": " + r.result()));
        }
    }

    private static void calls(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        for (boolean searchable : new boolean[] {true, false}) {
            System.out.println("\n## Webshop (stock target) " + (searchable ? "searchable by SKU" : "list only"));
            for (int n : sizes) {
                List<CallCounts.Row> rows = new CallCounts(n, searchable).run();
                System.out.print(CallCounts.table(searchable ? rows : rows.stream()
                        .filter(r -> r.flow().equals("stock")).toList()));
            }
        }
        System.out.println("\nMinimum per flow and phase:");
        new CallCounts(10, true).run().stream().filter(r -> r.records() == 10)
                .forEach(r -> System.out.println("- " + r.flow() + ", " + r.phase() + ": " + r.minimumFormula()));
    }
}
