package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.spi.WriteResult;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.sync.state.JdbcStateStore;
import dev.ledgerbridge.sync.state.StateStore;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;

/**
 * Peak heap of a customer sync of N records (default 100,000) generated on the fly by the source and discarded
 * by the target (both stream: neither holds the records), so the figure is the engine's own footprint.
 * Run in a JVM with {@code -Xmx256m}. The state store is H2 on disk ({@code h2}, default) or in memory
 * ({@code memory}). At the end, with engine, state store and report still reachable, it prints the heap after a
 * full GC and the top of the class histogram, and counts the instances the target matcher's index holds (customers
 * it remembers and their match keys), so what is retained per record can be attributed.
 *
 * <p>{@link #scaling} runs it for several N, each in its own {@code -Xmx256m} JVM, and prints one table row per N:
 * retained heap independent of N is the goal.
 */
final class HeapBenchmark {
    private HeapBenchmark() {
    }

    static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String store = args.length > 1 ? args[1] : "h2";
        boolean searchable = args.length > 2 && args[2].equals("searchable");
        Path dir = Files.createTempDirectory("ledgerbridge-heap");
        JdbcStateStore jdbc = store.equals("memory") ? null : JdbcStateStore.h2File(dir.resolve("state"));
        StateStore state = jdbc == null ? new InMemoryStateStore() : jdbc;
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long baselineUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong maxAfterGc = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long afterGc = heapPools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                        : p.getCollectionUsage().getUsed()).sum();
                maxAfterGc.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        SyncEngine.Builder builder = SyncEngine.builder().settings(Settings.builder().batchSize(50).build())
                .stateStore(state);
        if (jdbc != null) {
            builder.activityLog(jdbc.activityLog());
        }
        SyncEngine engine = builder.listener(new SyncListener() {
            @Override
            public void flowFinished(FlowReport flowReport) {
                // called inside the flow's runner, so its matcher index is still reachable: this is the peak
                System.out.println("at the end of the flow (the matcher's index still reachable):");
                try {
                    printHistogram(15);
                } catch (Exception e) {
                    System.out.println("  no histogram: " + e);
                }
            }
        }).build();
        SyncReport report = engine.run(SyncFlows.customers(new Source(n), new Sink(searchable)).name("customers").build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        Objects.requireNonNull(engine);
        System.out.printf("records: %,d (%s)%nstate store: %s%nmax heap (-Xmx): %,d MB%n"
                        + "baseline heap used before the run: %,d MB%n"
                        + "peak heap used (sum of heap pool peaks, MemoryPoolMXBean): %,d MB%n"
                        + "peak live heap after GC (collection usage, sampled): %,d MB%n"
                        + "heap used after a full GC at the end (state store and report still reachable): %,d MB%n"
                        + "GC collections: %,d%nwall time: %,d ms (%,.0f records/s)%n",
                n, report.flows().get(0), store + (searchable ? ", target searchable by e-mail"
                        : ", target list-only (like BuchhaltungsButler debtors)"), Runtime.getRuntime().maxMemory() >> 20, baselineUsed >> 20,
                poolPeaks >> 20, maxAfterGc.get() >> 20, retained >> 20, gcs, millis, n * 1000.0 / Math.max(1, millis));
        System.out.println("after the run (engine, state store and report reachable; the flow's matcher released):");
        printHistogram(15);
        Objects.requireNonNull(report);
        if (jdbc != null) {
            jdbc.close();
        }
        System.out.printf("RESULT n=%d store=%s peakMB=%d liveAfterGcMB=%d retainedMB=%d millis=%d%n", n, store,
                poolPeaks >> 20, maxAfterGc.get() >> 20, retained >> 20, millis);
    }

    /**
     * The top of the live-object class histogram ({@code jcmd <pid> GC.class_histogram}, which runs a full GC), and
     * the instances attributable to the target matcher's index of remembered records.
     */
    private static void printHistogram(int top) throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        List<String> lines = histogram.lines().toList();
        System.out.println("class histogram (top " + top + "):");
        lines.stream().limit(top + 3L).forEach(l -> System.out.println("  " + l));
        lines.stream().filter(l -> l.startsWith("Total")).forEach(l -> System.out.println("  " + l));
        System.out.println("instances kept per record by the engine (report, matcher index, activity log):");
        for (String type : List.of("dev.ledgerbridge.sync.model.Customer ", "dev.ledgerbridge.sync.spi.Identified ",
                "dev.ledgerbridge.sync.spi.MatchKey ", "dev.ledgerbridge.sync.report.RecordResult ",
                "dev.ledgerbridge.sync.state.ActivityEvent ")) {
            String found = lines.stream().filter(l -> (l + " ").contains(" " + type)).findFirst()
                    .map(l -> l.trim().split("\\s+")).map(f -> f[1] + " instances, " + f[2] + " bytes")
                    .orElse("none");
            System.out.println("  " + type.trim() + ": " + found);
        }
    }

    /**
     * Runs the benchmark for each N in its own JVM with {@code -Xmx256m} (and the given store) and prints a table.
     *
     * @param args the sizes (default 100000 300000 1000000), then optionally {@code h2} (default) or {@code memory}
     */
    static void scaling(String[] args) throws Exception {
        List<String> sizes = new ArrayList<>();
        String store = "h2";
        for (String a : args) {
            if (a.chars().allMatch(Character::isDigit)) {
                sizes.add(a);
            } else {
                store = a;
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of("100000", "300000", "1000000");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> rows = new ArrayList<>();
        for (String n : sizes) {
            List<String> command = List.of(java, "-Xmx256m",
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                    Benchmarks.class.getName(), "heap", n, store);
            System.out.println("$ " + String.join(" ", command.subList(0, 3)) + " ... heap " + n + " " + store);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String result = null;
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println("  " + line);
                    if (line.startsWith("RESULT ")) {
                        result = line;
                    }
                }
            }
            int exit = process.waitFor();
            rows.add(result == null ? "| " + n + " | no (exit " + exit + ") | | | | |" : row(result));
        }
        System.out.println("\n| N | completed in -Xmx256m | peak heap used | peak live after GC | retained after the run"
                + " (full GC) | wall time |\n|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String row(String result) {
        java.util.Map<String, String> v = new java.util.HashMap<>();
        for (String part : result.substring(7).split(" ")) {
            String[] kv = part.split("=", 2);
            v.put(kv[0], kv[1]);
        }
        return String.format("| %,d | yes | %s MB | %s MB | %s MB | %,.0f s |", Long.parseLong(v.get("n")),
                v.get("peakMB"), v.get("liveAfterGcMB"), v.get("retainedMB"), Long.parseLong(v.get("millis")) / 1000.0);
    }

    /** Generates customers lazily; holds none. */
    static final class Source implements Connector {
        private final int n;

        Source(int n) {
            this.n = n;
        }

        @Override
        public String name() {
            return "Generator";
        }

        @Override
        public Capabilities capabilities() {
            return Capabilities.builder().entity(EntityType.CUSTOMER, Capability.READ).build();
        }

        @Override
        public Entities entities() {
            return Entities.builder().reader(EntityType.CUSTOMER, cursor -> ReadResult.of(() -> new Iterator<Identified<Customer>>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Identified<Customer> next() {
                    int k = i++;
                    return new Identified<>("C" + k, Records.customer(k, 0));
                }
            })).build();
        }
    }

    /**
     * Lists nothing (or, when searchable, finds nothing by e-mail) and creates in batches of 50; keeps nothing but
     * a counter.
     */
    static final class Sink implements Connector {
        private final AtomicLong ids = new AtomicLong();
        private final boolean searchable;

        Sink(boolean searchable) {
            this.searchable = searchable;
        }

        @Override
        public String name() {
            return "Sink";
        }

        @Override
        public Capabilities capabilities() {
            Capabilities.Builder b = Capabilities.builder().entity(EntityType.CUSTOMER, Capability.READ,
                    Capability.CREATE, Capability.UPDATE, Capability.BATCH_CREATE)
                    .maxBatchSize(EntityType.CUSTOMER, 50);
            if (searchable) {
                b.searchKeys(EntityType.CUSTOMER, "email");
            }
            return b.build();
        }

        @Override
        public Entities entities() {
            Entities.Builder b = Entities.builder()
                    .reader(EntityType.CUSTOMER, cursor -> ReadResult.of(List.of()))
                    .writer(EntityType.CUSTOMER, new EntityWriter<>() {
                        @Override
                        public String create(Customer value) {
                            return "D" + ids.incrementAndGet();
                        }

                        @Override
                        public void update(Update<Customer> update) {
                            // nothing kept
                        }

                        @Override
                        public List<WriteResult> createAll(List<Customer> values) {
                            List<WriteResult> results = new ArrayList<>();
                            values.forEach(v -> results.add(WriteResult.created("D" + ids.incrementAndGet())));
                            return results;
                        }
                    });
            if (searchable) {
                b.lookup(EntityType.CUSTOMER, key -> List.of());
            }
            return b.build();
        }
    }

}
