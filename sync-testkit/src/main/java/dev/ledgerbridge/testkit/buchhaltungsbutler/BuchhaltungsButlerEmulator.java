package dev.ledgerbridge.testkit.buchhaltungsbutler;

import dev.ledgerbridge.testkit.FaultInjector;
import dev.ledgerbridge.testkit.RequestStats;
import dev.ledgerbridge.testkit.buchhaltungsbutler.internal.BbRouter;
import dev.ledgerbridge.testkit.buchhaltungsbutler.internal.BbTenantState;
import dev.ledgerbridge.testkit.internal.EmulatorCommandLine;
import dev.ledgerbridge.testkit.internal.EmulatorHttpServer;
import dev.ledgerbridge.testkit.internal.SeedDocument;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful, in-memory emulator of the BuchhaltungsButler API v1 on a loopback port, speaking the real wire
 * format: POST-only RPC paths under {@code /api/v1}, HTTP Basic auth plus {@code api_key} in every JSON body,
 * {@code {success, message, rows, data}} envelopes, endpoint-specific error codes, an HTML 404 page for unknown
 * paths, 100 requests per minute per api_key and one call per 5 s on batch endpoints.
 *
 * <pre>{@code
 * try (var bb = BuchhaltungsButlerEmulator.start()) {
 *     bb.tenant().addDebtor(Map.of("name", "Musterkunde GmbH"));
 *     // point a client at bb.baseUrl() with DEFAULT_API_CLIENT / DEFAULT_API_SECRET / DEFAULT_API_KEY
 * }
 * }</pre>
 *
 * <p>Thread-safe; requests of one api_key are handled one at a time, different api_keys in parallel.
 */
public final class BuchhaltungsButlerEmulator implements AutoCloseable {
    /** Basic auth user name accepted by default. */
    public static final String DEFAULT_API_CLIENT = "emulator-client";
    /** Basic auth password accepted by default. */
    public static final String DEFAULT_API_SECRET = "emulator-secret";
    /** api_key of the tenant that exists by default. */
    public static final String DEFAULT_API_KEY = "emulator-api-key";

    private final BbRouter router;
    private final EmulatorHttpServer server;
    private final Builder config;

    private BuchhaltungsButlerEmulator(Builder config) {
        this.config = config;
        this.router = new BbRouter(config.apiClient, config.apiSecret, config.requestsPerMinute, config.accountDigits,
                config.throttleStatus,
                config.batchInterval.toMillis(), config.clock, config.seed);
        for (String key : config.apiKeys) {
            router.tenant(key);
        }
        this.server = new EmulatorHttpServer("bb-emulator", config.port, config.seed, router::route,
                router::faultReply);
    }

    /**
     * Starts an emulator with the default credentials on a free loopback port.
     *
     * @return the running emulator
     */
    public static BuchhaltungsButlerEmulator start() {
        return builder().start();
    }

    /**
     * Returns a builder for a customised emulator.
     *
     * @return a new builder with defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the base URL a BuchhaltungsButler client takes, e.g. {@code http://127.0.0.1:54321/api/v1}: the
     * stand-in for {@code https://webapp.buchhaltungsbutler.de/api/v1}. Pass it to
     * {@code BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl())} or the configuration's {@code buchhaltungsbutler.base-url}; for raw
     * HTTP calls append the paths, e.g. {@code /settings/get/debtors}.
     *
     * @return the base URL, with the {@code /api/v1} path, without trailing slash
     */
    public String baseUrl() {
        return server.origin() + BbRouter.BASE_PATH;
    }

    /**
     * Returns the bound port.
     *
     * @return the port
     */
    public int port() {
        return server.port();
    }

    /**
     * Returns the rate limit per api_key this emulator enforces (see {@link Builder#requestsPerMinute(int)}).
     *
     * @return requests per minute, 0 if none
     */
    public int requestsPerMinute() {
        return config.requestsPerMinute;
    }

    /**
     * Returns the minimum gap between two calls of one batch endpoint this emulator enforces
     * (see {@link Builder#batchInterval(Duration)}).
     *
     * @return the interval, zero if none
     */
    public Duration batchInterval() {
        return config.batchInterval;
    }

    /**
     * Returns the accepted Basic auth user.
     *
     * @return the API client
     */
    public String apiClient() {
        return config.apiClient;
    }

    /**
     * Returns the accepted Basic auth password.
     *
     * @return the API secret
     */
    public String apiSecret() {
        return config.apiSecret;
    }

    /**
     * Returns the api_key of the first tenant.
     *
     * @return the api_key
     */
    public String apiKey() {
        return config.apiKeys.get(0);
    }

    /**
     * Returns the first tenant (by default the one of {@link #DEFAULT_API_KEY}).
     *
     * @return the tenant handle
     */
    public BuchhaltungsButlerTenant tenant() {
        return tenant(apiKey());
    }

    /**
     * Returns the tenant of an api_key.
     *
     * @param apiKey a configured or added api_key
     * @return the tenant handle
     * @throws IllegalArgumentException if the key is unknown
     */
    public BuchhaltungsButlerTenant tenant(String apiKey) {
        BbTenantState state = router.existingTenant(apiKey);
        if (state == null) {
            throw new IllegalArgumentException("no tenant for the given api_key; add it with addTenant first");
        }
        return new BuchhaltungsButlerTenant(router, state);
    }

    /**
     * Adds a tenant with its own, empty data (a standard chart and the payment accounts 1000 and 1200).
     *
     * @param apiKey the new api_key
     * @return the tenant handle (the existing one if the key was known)
     */
    public BuchhaltungsButlerTenant addTenant(String apiKey) {
        return new BuchhaltungsButlerTenant(router, router.tenant(Objects.requireNonNull(apiKey, "apiKey")));
    }

    /**
     * Seeds from a JSON file: either one tenant's sections (see {@link BuchhaltungsButlerTenant#seedJson(String)})
     * applied to the first tenant, or {@code {"tenants": {"<api_key>": {sections}}}} (tenants are created as needed).
     *
     * @param file the JSON file
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if its content is invalid
     */
    public void seed(Path file) {
        seedJson(SeedDocument.read(file));
    }

    /**
     * Seeds from a JSON document (same forms as {@link #seed(Path)}).
     *
     * @param json the document
     */
    public void seedJson(String json) {
        SeedDocument.apply(json, "tenants", doc -> tenant().seed(doc), (key, sections) -> addTenant(key).seed(sections));
    }

    /**
     * Returns the request counters; keys look like {@code "POST /settings/add/debtor"} or, for by-id routes,
     * {@code "POST /receipts/get/{id}"}.
     *
     * @return the live counters
     */
    public RequestStats stats() {
        return server.stats();
    }

    /**
     * Shortcut for {@code stats().count(endpoint)}.
     *
     * @param endpoint e.g. {@code "POST /settings/add/debtor"}
     * @return the count
     */
    public long requestCount(String endpoint) {
        return server.stats().count(endpoint);
    }

    /**
     * Returns the fault injector (latency, 5xx, timeouts, connection resets, throttling).
     *
     * @return the live injector
     */
    public FaultInjector faults() {
        return server.faults();
    }

    /** Stops the server and frees the port. */
    @Override
    public void close() {
        server.close();
    }

    /** Shows the URL, never the credentials. */
    @Override
    public String toString() {
        return "BuchhaltungsButlerEmulator[" + baseUrl() + "]";
    }

    /**
     * Runs the emulator until the process is stopped. Arguments: {@code --port N} (default 8081),
     * {@code --seed-file path}, {@code --no-rate-limit}.
     *
     * @param args command-line arguments
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Builder builder = builder().port(8081);
        Path seedFile = EmulatorCommandLine.parse(args, builder::port,
                Map.of("--no-rate-limit", () -> builder.requestsPerMinute(0)),
                "--port N, --seed-file path, --no-rate-limit");
        BuchhaltungsButlerEmulator bb = EmulatorCommandLine.startSeeded(builder::start, seedFile,
                BuchhaltungsButlerEmulator::seed);
        System.out.println("BuchhaltungsButler emulator: " + bb.baseUrl());
        System.out.println("  API client: " + bb.apiClient());
        System.out.println("  API secret: " + bb.apiSecret());
        System.out.println("  api_key:    " + bb.apiKey());
        EmulatorCommandLine.runUntilStopped(bb);
    }

    /** Configures an emulator; every setting has a default that needs no further input. */
    public static final class Builder {
        private int port;
        private String apiClient = DEFAULT_API_CLIENT;
        private String apiSecret = DEFAULT_API_SECRET;
        private final List<String> apiKeys = new ArrayList<>(List.of(DEFAULT_API_KEY));
        private int requestsPerMinute = 100;
        private int throttleStatus = 403;
        private int accountDigits = 5;
        private Duration batchInterval = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();
        private long seed = 42;

        private Builder() {
        }

        /**
         * Sets the port (default 0: a free port).
         *
         * @param port 0..65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the accepted Basic auth credentials.
         *
         * @param client API client (user)
         * @param secret API secret (password)
         * @return this builder
         */
        public Builder credentials(String client, String secret) {
            this.apiClient = Objects.requireNonNull(client, "client");
            this.apiSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * Replaces the tenants that exist at start (default: {@link #DEFAULT_API_KEY}).
         *
         * @param keys one or more api_keys; the first is the default tenant
         * @return this builder
         */
        public Builder apiKeys(String... keys) {
            if (keys.length == 0) {
                throw new IllegalArgumentException("at least one api_key is required");
            }
            apiKeys.clear();
            apiKeys.addAll(List.of(keys));
            return this;
        }

        /**
         * Sets the rate limit per api_key (default 100 per minute, sliding window); 0 disables it, e.g. for
         * benchmarks.
         *
         * @param limit requests per minute, 0 for none
         * @return this builder
         */
        public Builder requestsPerMinute(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("requestsPerMinute must not be negative, got " + limit);
            }
            this.requestsPerMinute = limit;
            return this;
        }

        /**
         * Sets the length of debtor and creditor numbers: 5 (default; debtors 10001-69999, creditors 70001-99999,
         * as with 4-digit ledger accounts) or 6 (debtors 100001-699999, creditors 700001-999999), e.g. for runs
         * with more than 59 999 debtors.
         *
         * @param digits 5 or 6
         * @return this builder
         */
        public Builder personalAccountDigits(int digits) {
            if (digits != 5 && digits != 6) {
                throw new IllegalArgumentException("personalAccountDigits must be 5 or 6, got " + digits);
            }
            this.accountDigits = digits;
            return this;
        }

        /**
         * Sets the HTTP status of the rate-limit answer (default 403 with error_code 15, the throttling signal the
         * spec documents; the real breach response is undocumented, so 429 can be chosen instead).
         *
         * @param status 403 or 429
         * @return this builder
         */
        public Builder throttleStatus(int status) {
            if (status != 403 && status != 429) {
                throw new IllegalArgumentException("throttleStatus must be 403 or 429, got " + status);
            }
            this.throttleStatus = status;
            return this;
        }

        /**
         * Sets the minimum gap between two calls of one batch endpoint per api_key (default 5 s).
         *
         * @param interval non-negative duration; zero disables the rule
         * @return this builder
         */
        public Builder batchInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("batchInterval must not be negative, got " + interval);
            }
            this.batchInterval = interval;
            return this;
        }

        /**
         * Sets the clock for rate limits, the batch rule and dates (default system UTC); use a
         * {@link dev.ledgerbridge.testkit.ManualClock} in tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the seed for generated values and random faults (default 42).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Starts the emulator.
         *
         * @return the running emulator
         */
        public BuchhaltungsButlerEmulator start() {
            return new BuchhaltungsButlerEmulator(this);
        }
    }
}
