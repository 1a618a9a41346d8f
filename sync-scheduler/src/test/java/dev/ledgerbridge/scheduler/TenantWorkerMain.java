package dev.ledgerbridge.scheduler;

import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.postgres.TestDatabase;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A worker process for a multi-JVM cluster trial: runs a {@link TenantScheduler} on a JDBC database until it is
 * killed, syncing each tenant's customers AccountView -> BuchhaltungsButler between emulators that run elsewhere
 * (e.g. {@code BuchhaltungsButlerEmulator.main}, {@code AccountViewEmulator.main}).
 *
 * <p>Started as a plain JVM (so that {@code kill -9} kills exactly one worker):
 * <pre>
 * mvn -B -q -o -Pquick -pl sync-scheduler -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
 * cd sync-scheduler &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     dev.ledgerbridge.scheduler.TenantWorkerMain JDBC_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *     JDBC_USER=postgres WORKER=w1 TENANTS='t1|http://127.0.0.1:8081|emulator-api-key|http://127.0.0.1:8082|DEMO|at|rt'
 * </pre>
 * From a test in this module, {@code new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
 * TenantWorkerMain.class.getName(), ...)} does the same.
 *
 * <p>Arguments are {@code KEY=value} pairs:
 * <ul>
 * <li>{@code JDBC_URL} (required), {@code JDBC_USER}, {@code JDBC_PASSWORD}: the shared database (PostgreSQL, or
 * an H2 file with {@code ;AUTO_SERVER=TRUE}); without {@code JDBC_PASSWORD} the password is taken from the
 * environment variable {@code LEDGERBRIDGE_POSTGRES_PASSWORD} ({@code TestDatabase.environment()}), else empty;</li>
 * <li>{@code WORKER}: this worker's name (default pid@host); {@code THREADS}: concurrent runs (default 4);</li>
 * <li>{@code DEAD_AFTER_MS} (default 120000), {@code LEASE_MS} (default 120000), {@code POLL_MS} (default 1000),
 * {@code REFRESH_MS} (default 5000), {@code RETRY_MS} (first retry, default 1000, doubling to 30 s);</li>
 * <li>{@code TENANTS}: optional, tenants to add to the directory when missing, comma-separated, each
 * {@code id|bbBaseUrl|bbApiKey|avBaseUrl|avCompany|avAccessToken|avRefreshToken}, run every {@code INTERVAL_MS}
 * (default 5000). Several workers may pass the same list. The AccountView tokens (printed by the emulator's main)
 * are used only while the tenant's token store is empty; after that the rotated tokens live in the database.</li>
 * The emulators' default client credentials are used; a tenant's BuchhaltungsButler {@code api_key} comes from
 * its property {@code bb.apiKey} (emulator keys are not secrets; a real application keeps it in its
 * {@link CredentialsProvider}).
 *
 * <li>{@code ORDERS=true}: also sync sales orders AccountView -> BuchhaltungsButler after the customers (default
 * false); {@code FLOW_LOCK_MS}: the flow and key lock lease (default 30000), how long a killed run's locks hold up
 * the next run of its tenant.</li>
 * </ul>
 *
 * <p>Prints one line per event, {@code <ms>} being this JVM's wall clock in epoch milliseconds when the line is
 * written, so that the runs of several workers on one machine can be put on one time line:
 * {@code START <tenant> <worker> <token> <ms>}, {@code END <tenant> <worker> <token> <ms> created=<n> updated=<n>
 * failed=<n>}, {@code FAIL <tenant> <worker> <token> <ms> <reason>}, {@code SKIP <tenant> <worker> <ms> <reason>},
 * and {@code READY <worker>} once started. START is printed after the run took the tenant's lease, END and FAIL
 * before it releases it.
 */
public final class TenantWorkerMain {
    private TenantWorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("argument " + arg + ": expected KEY=value");
            }
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String url = a.get("JDBC_URL");
        if (url == null) {
            throw new IllegalArgumentException("JDBC_URL=... is required");
        }
        // the password preferably from the environment: the command line is visible to every user of the machine
        String password = a.getOrDefault("JDBC_PASSWORD",
                Objects.requireNonNullElse(System.getenv(TestDatabase.PASSWORD_VARIABLE), ""));
        var dataSource = Databases.url(url, a.getOrDefault("JDBC_USER", ""), password);
        JdbcTenantDirectory directory = JdbcTenantDirectory.of(dataSource);
        addTenants(directory, a.get("TENANTS"), millis(a, "INTERVAL_MS", 5000));

        TenantScheduler.Builder builder = TenantScheduler.builder().dataSource(dataSource).tenants(directory)
                .credentials(TenantWorkerMain::emulatorCredentials)
                .syncFactory(EmulatorTenants.factory(TenantWorkerMain::tokensFromProperties,
                        Boolean.parseBoolean(a.getOrDefault("ORDERS", "false")), millis(a, "FLOW_LOCK_MS", 30_000)))
                .maxConcurrentRuns(Integer.parseInt(a.getOrDefault("THREADS", "4")))
                .deadWorkerTimeout(millis(a, "DEAD_AFTER_MS", 120_000))
                .tenantLease(millis(a, "LEASE_MS", 120_000))
                .pollingInterval(millis(a, "POLL_MS", 1000))
                .directoryRefreshInterval(millis(a, "REFRESH_MS", 5000))
                .retryBackoff(millis(a, "RETRY_MS", 1000), Duration.ofSeconds(30));
        if (a.containsKey("WORKER")) {
            builder.workerName(a.get("WORKER"));
        }
        String[] worker = new String[1];
        ThreadLocal<Long> token = new ThreadLocal<>(); // the listener hears a run's events on the run's thread
        builder.addRunListener(new TenantRunListener() {
            @Override
            public void runStarted(Tenant tenant, String name, long fencingToken) {
                token.set(fencingToken);
                out.println("START " + tenant.id() + " " + name + " " + fencingToken + " " + System.currentTimeMillis());
            }

            @Override
            public void runFinished(Tenant tenant, SyncReport report) {
                out.println("END " + tenant.id() + " " + worker[0] + " " + token.get() + " " + System.currentTimeMillis()
                        + " created=" + report.count(Action.CREATED) + " updated=" + report.count(Action.UPDATED)
                        + " failed=" + report.count(Action.FAILED));
            }

            @Override
            public void runFailed(Tenant tenant, RuntimeException failure) {
                out.println("FAIL " + tenant.id() + " " + worker[0] + " " + token.get() + " "
                        + System.currentTimeMillis() + " " + failure.getMessage());
            }

            @Override
            public void runSkipped(Tenant tenant, String reason) {
                out.println("SKIP " + tenant.id() + " " + worker[0] + " " + System.currentTimeMillis() + " " + reason);
            }
        });
        TenantScheduler scheduler = builder.build();
        worker[0] = scheduler.workerName();
        Runtime.getRuntime().addShutdownHook(new Thread(scheduler::stop, "ledgerbridge-worker-stop"));
        scheduler.start();
        out.println("READY " + scheduler.workerName());
        new CountDownLatch(1).await(); // until killed
    }

    private static Duration millis(Map<String, String> a, String key, long fallback) {
        return Duration.ofMillis(Long.parseLong(a.getOrDefault(key, Long.toString(fallback))));
    }

    private static void addTenants(JdbcTenantDirectory directory, String list, Duration interval) {
        if (list == null || list.isBlank()) {
            return;
        }
        for (String spec : list.split(",")) {
            String[] p = spec.split("\\|", -1);
            if (p.length != 7) {
                throw new IllegalArgumentException("tenant " + spec + ": expected "
                        + "id|bbBaseUrl|bbApiKey|avBaseUrl|avCompany|avAccessToken|avRefreshToken");
            }
            Tenant tenant = Tenant.builder().id(p[0]).syncInterval(interval).property("bb.baseUrl", p[1])
                    .property("bb.apiKey", p[2]).property("av.baseUrl", p[3]).property("av.company", p[4])
                    .property("av.accessToken", p[5]).property("av.refreshToken", p[6]).build();
            if (directory.find(tenant.id()).isEmpty()) {
                try {
                    directory.add(tenant);
                } catch (IllegalArgumentException raced) {
                    // another worker added it at the same moment
                }
            }
        }
    }

    private static Credentials emulatorCredentials(Tenant tenant, String system) {
        return switch (system) {
            case "buchhaltungsbutler" -> Credentials.builder()
                    .secret("apiClient", BuchhaltungsButlerEmulator.DEFAULT_API_CLIENT)
                    .secret("apiSecret", BuchhaltungsButlerEmulator.DEFAULT_API_SECRET)
                    .secret("apiKey", tenant.property("bb.apiKey").orElseThrow()).build();
            case "accountview" -> Credentials.builder().secret("clientId", AccountViewEmulator.DEFAULT_CLIENT_ID)
                    .secret("clientSecret", AccountViewEmulator.DEFAULT_CLIENT_SECRET).build();
            default -> throw new IllegalArgumentException("no system " + system);
        };
    }

    private static TokenSet tokensFromProperties(Tenant tenant) {
        return TokenSet.builder().accessToken(tenant.property("av.accessToken").orElseThrow())
                .refreshToken(tenant.property("av.refreshToken").orElseThrow()).tokenType("Bearer").build();
    }
}
