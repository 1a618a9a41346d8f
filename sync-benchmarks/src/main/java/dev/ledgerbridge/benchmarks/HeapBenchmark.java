package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
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

/**
 * Peak heap of a customer sync of N records (default 100,000) generated on the fly by the source and discarded
 * by the target (both stream: neither holds the records), so the figure is the engine's own footprint.
 * Run in a JVM with {@code -Xmx256m}. The state store is H2 on disk ({@code h2}, default) or in memory
 * ({@code memory}).
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
        SyncEngine engine = builder.build();
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
        if (jdbc != null) {
            jdbc.close();
        }
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
