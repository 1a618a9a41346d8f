package dev.ledgerbridge.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * N tenants on one worker ({@link TenantWorker}: one TenantScheduler, H2 file, one JVM) against the emulators in a
 * child JVM ({@link TenantEmulators}: BuchhaltungsButler's 100 requests/min per api_key ON, breaches answered 429).
 * <ul>
 * <li>{@code steady}: every tenant every {@code interval}, a small change per interval (one changed customer, one
 * new order, {@code new=k} new customers), 10 customers to start with. After every tenant's first run and a
 * warm-up: runs/min achieved vs scheduled, requests per run, run latency p50/p95.</li>
 * <li>{@code saturated}: every tenant starts with more customers than its BuchhaltungsButler quota carries through
 * warm-up and window (1.3x): aggregate BuchhaltungsButler requests/min answered ÷ (N x 100).</li>
 * </ul>
 * Both: heap (peak of the window, retained after GC), threads (peak, live), 429s, {@code uptime} load. Arguments:
 * {@code [steady|saturated|all] [interval=s] [warmup=s] [window=s] [new=k] [per-run-transport] N...}.
 */
final class TenantBenchmark {
    private static final int STEADY_DEBTORS = 10;
    private static final int QUOTA_PER_MINUTE = 100;

    /** The options of one run of the command. */
    record Options(List<String> scenarios, Duration interval, Duration warmup, Duration window, int newPerTick,
                   boolean keptTransport, List<Integer> sizes) {
        static Options parse(String[] args) {
            List<String> scenarios = List.of("steady", "saturated");
            Map<String, Integer> values = new java.util.HashMap<>(Map.of("interval", 60, "warmup", 90, "window", 120,
                    "new", 0));
            List<Integer> sizes = new ArrayList<>();
            boolean kept = true;
            for (String a : args) {
                if (a.matches("steady|saturated")) {
                    scenarios = List.of(a);
                } else if (a.equals("per-run-transport")) {
                    kept = false;
                } else if (a.matches("[a-z]+=\\d+") && values.containsKey(a.substring(0, a.indexOf('=')))) {
                    values.put(a.substring(0, a.indexOf('=')), Integer.parseInt(a.substring(a.indexOf('=') + 1)));
                } else if (a.matches("\\d+")) {
                    sizes.add(Integer.parseInt(a));
                } else if (!a.equals("all")) {
                    throw new IllegalArgumentException("tenants: unknown argument " + a + "; expected "
                            + "[steady|saturated|all] [interval=s] [warmup=s] [window=s] [new=k] "
                            + "[per-run-transport] N...");
                }
            }
            return new Options(scenarios, Duration.ofSeconds(values.get("interval")),
                    Duration.ofSeconds(values.get("warmup")), Duration.ofSeconds(values.get("window")),
                    values.get("new"), kept, sizes.isEmpty() ? List.of(10, 100, 500) : sizes);
        }
    }

    /** The figures of one scenario at one N. */
    record Figures(String scenario, int n, double runsPerMinute, double scheduledPerMinute, long failedRuns,
                   double avPerRun, double bbPerRun, double p50, double p95, double bbPerMinute, double ratio,
                   double writesPerMinute, long throttled, long heapPeakMb, long heapRetainedMb, int threadsPeak,
                   int threadsLive, String loadStart, String loadEnd) {
    }

    private TenantBenchmark() {
    }

    static void run(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<Figures> all = new ArrayList<>();
        for (int n : o.sizes()) {
            for (String scenario : o.scenarios()) {
                Figures f = measure(scenario, n, o);
                all.add(f);
                System.out.print(table(List.of(f)));
            }
        }
        System.out.printf("%nmax heap %d MB, %d cores, interval %d s, warm-up %d s, window %d s, %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                o.interval().toSeconds(), o.warmup().toSeconds(), o.window().toSeconds(),
                o.keptTransport() ? "clients on the tenant's kept transport" : "clients with a transport per run");
        System.out.print(table(all));
    }

    static Figures measure(String scenario, int n, Options o) throws Exception {
        boolean steady = scenario.equals("steady");
        // saturated: more customers than the quota carries through warm-up and window, with a margin
        long minutes = (o.warmup().toSeconds() + o.window().toSeconds() + 59) / 60;
        int debtors = steady ? STEADY_DEBTORS : (int) (minutes * QUOTA_PER_MINUTE * 13 / 10);
        Path dir = Files.createTempDirectory("ledgerbridge-tenants-");
        try {
            return measure(scenario, n, o, steady, debtors, dir);
        } finally {
            deleteQuietly(dir); // the H2 file of 500 saturated tenants grows by gigabytes
        }
    }

    private static Figures measure(String scenario, int n, Options o, boolean steady, int debtors, Path dir)
            throws Exception {
        try (Emulators emulators = Emulators.start(n, debtors, dir)) {
            List<TenantWorker.TenantSpec> specs = emulators.tenants();
            try (TenantWorker worker = new TenantWorker(dir, specs, o.interval(), o.keptTransport())) {
                worker.start();
                ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
                try {
                    if (steady) {
                        awaitFirstRuns(worker, n);
                        long period = o.interval().toMillis();
                        ticker.scheduleAtFixedRate(() -> emulators.command("TICK " + o.newPerTick()), 0, period,
                                TimeUnit.MILLISECONDS);
                    }
                    Thread.sleep(o.warmup().toMillis());
                    return window(scenario, n, o, worker, emulators);
                } finally {
                    ticker.shutdownNow();
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void awaitFirstRuns(TenantWorker worker, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (worker.tenantsDone() < n) {
            if (System.nanoTime() > deadline || worker.failedRuns.get() > 2L * n) {
                throw new IllegalStateException("only " + worker.tenantsDone() + " of " + n + " tenants finished a "
                        + "first run (" + worker.failedRuns.get() + " failed runs, last: " + worker.lastFailure + ")");
            }
            Thread.sleep(500);
        }
    }

    private static Figures window(String scenario, int n, Options o, TenantWorker worker, Emulators emulators)
            throws InterruptedException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String loadStart = load();
        long[] before = emulators.stats();
        long answeredBefore = worker.bbAnswered.get();
        long throttledBefore = worker.bbThrottled.get();
        long failedBefore = worker.failedRuns.get();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        threads.resetPeakThreadCount();
        long start = System.nanoTime();
        Thread.sleep(o.window().toMillis());
        long end = System.nanoTime();
        long[] after = emulators.stats();
        double minutes = (end - start) / 60e9;
        long heapPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int threadsPeak = threads.getPeakThreadCount();
        int threadsLive = threads.getThreadCount();
        String loadEnd = load();
        List<TenantWorker.Run> runs;
        synchronized (worker.runs) {
            runs = worker.runs.stream().filter(r -> r.endNanos() >= start && r.endNanos() < end).toList();
        }
        System.gc();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double[] latencies = runs.stream().mapToDouble(r -> r.latencyNanos() / 1e9).sorted().toArray();
        double bbPerMinute = (worker.bbAnswered.get() - answeredBefore) / minutes;
        int runCount = Math.max(1, runs.size());
        return new Figures(scenario, n, runsPerMinute(runs), n * 60.0 / o.interval().toSeconds(),
                worker.failedRuns.get() - failedBefore, (after[1] - before[1]) / (double) runCount,
                (after[0] - before[0]) / (double) runCount, percentile(latencies, 0.5), percentile(latencies, 0.95),
                bbPerMinute, bbPerMinute / (n * (double) QUOTA_PER_MINUTE), (after[2] - before[2]) / minutes,
                worker.bbThrottled.get() - throttledBefore, heapPeak >> 20, retained >> 20, threadsPeak,
                threadsLive, loadStart, loadEnd);
    }

    /**
     * Runs per minute of all tenants together, from each tenant's mean time between two run starts in the window
     * (counting the runs that ended in a window a few periods long would round every tenant to 2 or 3 runs).
     */
    private static double runsPerMinute(List<TenantWorker.Run> runs) {
        Map<String, List<Long>> starts = new java.util.TreeMap<>();
        runs.forEach(r -> starts.computeIfAbsent(r.tenant(), k -> new ArrayList<>()).add(r.startNanos()));
        double perMinute = 0;
        for (List<Long> s : starts.values()) {
            if (s.size() > 1) {
                java.util.Collections.sort(s);
                perMinute += 60e9 * (s.size() - 1) / (s.get(s.size() - 1) - s.get(0));
            }
        }
        return perMinute;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** The 1-minute load average, as {@code uptime} shows it. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    static String table(List<Figures> rows) {
        StringBuilder s = new StringBuilder("\n| Scenario | N | runs/min (scheduled) | failed runs | AV + BB requests/run "
                + "| run p50 / p95 s | BB requests/min | ÷ N×100 | BB writes/min | 429s | heap peak / retained MB "
                + "| threads peak / live | load start / end |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:"
                + "|---:|---:|\n");
        for (Figures f : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f (%.1f) | %d | %.1f + %.1f | %.1f / %.1f | %,.0f | "
                            + "%.3f | %,.0f | %d | %d / %d | %d / %d | %s / %s |%n", f.scenario(), f.n(),
                    f.runsPerMinute(), f.scheduledPerMinute(), f.failedRuns(), f.avPerRun(), f.bbPerRun(), f.p50(),
                    f.p95(), f.bbPerMinute(), f.ratio(), f.writesPerMinute(), f.throttled(), f.heapPeakMb(),
                    f.heapRetainedMb(), f.threadsPeak(), f.threadsLive(), f.loadStart(), f.loadEnd()));
        }
        return s.toString();
    }

    /** The emulator JVM ({@link TenantEmulators}), driven over its stdin and stdout. */
    static final class Emulators implements AutoCloseable {
        private final Process process;
        private final PrintStream commands;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<TenantWorker.TenantSpec> tenants = new ArrayList<>();

        private Emulators(Process process) {
            this.process = process;
            this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "tenant-emulators-out");
            reader.setDaemon(true);
            reader.start();
        }

        static Emulators start(int tenants, int debtors, Path dir) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + Math.max(256, 64 + tenants * (debtors + 40) / 200) + "m", "-XX:+UseSerialGC",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    Benchmarks.class.getName(), "tenant-emulators", "TENANTS=" + tenants, "DEBTORS=" + debtors);
            try {
                Emulators e = new Emulators(new ProcessBuilder(command)
                        .redirectError(dir.resolve("emulators.err").toFile()).start());
                String line;
                while (!(line = e.next(Duration.ofMinutes(10))).equals("READY")) {
                    if (line.startsWith("TENANT ")) {
                        e.tenants.add(TenantWorker.TenantSpec.parse(line.substring(7)));
                    }
                }
                return e;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the emulator JVM", e);
            }
        }

        List<TenantWorker.TenantSpec> tenants() {
            return tenants;
        }

        private String next(Duration timeout) {
            try {
                String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    throw new IllegalStateException("the emulator JVM said nothing for " + timeout
                            + " (alive: " + process.isAlive() + "; see emulators.err)");
                }
                return line;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Sends a command and returns its {@code DONE} line. */
        synchronized String command(String command) {
            commands.println(command);
            String line;
            while (!(line = next(Duration.ofMinutes(2))).startsWith("DONE")) {
                // other output (none expected)
            }
            return line;
        }

        /** BuchhaltungsButler requests, AccountView requests, BuchhaltungsButler writes, so far. */
        long[] stats() {
            Map<String, Long> v = new java.util.HashMap<>();
            for (String pair : command("STATS").substring(5).split(" ")) {
                v.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
            }
            return new long[] {v.get("bb"), v.get("av"), v.get("writes")};
        }

        @Override
        public void close() {
            commands.close(); // the emulator process ends at the end of its input
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
