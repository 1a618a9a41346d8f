package dev.ledgerbridge.testkit.accountview;

import dev.ledgerbridge.testkit.FaultInjector;
import dev.ledgerbridge.testkit.RequestStats;
import dev.ledgerbridge.testkit.accountview.internal.AvCompanyState;
import dev.ledgerbridge.testkit.accountview.internal.AvOAuth;
import dev.ledgerbridge.testkit.accountview.internal.AvRouter;
import dev.ledgerbridge.testkit.accountview.internal.AvSchema;
import dev.ledgerbridge.testkit.internal.EmulatorCommandLine;
import dev.ledgerbridge.testkit.internal.EmulatorHttpServer;
import dev.ledgerbridge.testkit.internal.SeedDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful, in-memory emulator of the AccountView.Net Web API v3 on a loopback port: OAuth2 authorization code
 * and refresh grants with rotating refresh tokens, {@code GET /api/v3/companies}, and {@code accountviewdata} with
 * numbered filters, Fields, sorting, PageNumber and lastKey paging, and column payload writes for AR1, ADDR, AK1,
 * AG1 and SO1 (plus read-only ALH order history).
 *
 * <pre>{@code
 * try (var av = AccountViewEmulator.start()) {
 *     AccountViewTokens tokens = av.issueTokens();           // or run the code flow over HTTP
 *     String company = av.company().id();                     // the X-Company header value
 *     // AccountView client: baseUrl(av.baseUrl()); raw HTTP:
 *     // GET av.webApiUrl() + "/accountviewdata?BusinessObject=AR1" with "Authorization: Bearer ..."
 * }
 * }</pre>
 *
 * <p>Thread-safe; requests of one company are handled one at a time.
 */
public final class AccountViewEmulator implements AutoCloseable {
    /** Client id (API key) accepted by default. */
    public static final String DEFAULT_CLIENT_ID = "emulator-client-id";
    /** Client secret accepted by default. */
    public static final String DEFAULT_CLIENT_SECRET = "emulator-client-secret";
    /** Registered redirect URI by default. */
    public static final String DEFAULT_REDIRECT_URI = "http://localhost/callback";
    /** Code of the company that exists by default. */
    public static final String DEFAULT_COMPANY_CODE = "DEMO";
    /** Scopes granted by default: read and update. */
    public static final String DEFAULT_SCOPE = "readaccountviewdata updateaccountviewdata";

    private final Builder config;
    private final AvOAuth oauth;
    private final AvRouter router;
    private final EmulatorHttpServer server;

    private AccountViewEmulator(Builder config) {
        this.config = config;
        AvSchema schema = new AvSchema();
        config.customFields.forEach(f -> schema.addCustomField(f[0], f[1], f[2].charAt(0), Integer.parseInt(f[3])));
        this.oauth = new AvOAuth(config.clientId, config.clientSecret, config.accessTokenLifetime,
                config.refreshTokenLifetime, config.clock, config.seed);
        this.router = new AvRouter(schema, oauth, config.redirectUri, config.clock, config.seed);
        config.companies.forEach(router::addCompany);
        this.server = new EmulatorHttpServer("av-emulator", config.port, config.seed, router::route,
                router::faultReply);
    }

    /**
     * Starts an emulator with default credentials and one company ({@link #DEFAULT_COMPANY_CODE}) on a free port.
     *
     * @return the running emulator
     */
    public static AccountViewEmulator start() {
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
     * Returns the base URL an AccountView client takes, the emulator's origin, e.g. {@code http://127.0.0.1:54321}:
     * the stand-in for {@code https://www.accountview.net} ({@code AccountViewClient.PRODUCTION}). Pass it to
     * {@code AccountViewClient.builder().baseUrl(av.baseUrl())} or the configuration's {@code accountview.base-url}; the
     * client appends {@code /api/v3/...} and {@code /ams/authorize.aspx} itself (given {@link #webApiUrl()} it would
     * call {@code /api/v3/api/v3/...}, which does not exist).
     *
     * @return the origin without trailing slash
     */
    public String baseUrl() {
        return server.origin();
    }

    /**
     * Returns the URL of the Web API v3 endpoints, {@code baseUrl() + "/api/v3"}, for raw HTTP calls such as
     * {@code GET webApiUrl() + "/accountviewdata?BusinessObject=AR1"}. Not for the AccountView client: it takes
     * {@link #baseUrl()}.
     *
     * @return the Web API URL without trailing slash
     */
    public String webApiUrl() {
        return baseUrl() + AvRouter.API_PATH;
    }

    /**
     * Returns the token endpoint URL, for raw HTTP calls.
     *
     * @return {@code webApiUrl() + "/token"}
     */
    public String tokenUrl() {
        return webApiUrl() + "/token";
    }

    /**
     * Returns an authorization URL for the code flow; a GET on it redirects (302) to the redirect URI with
     * {@code code} and {@code state}, as if the user had consented.
     *
     * @param state opaque value echoed back
     * @return the URL
     */
    public String authorizeUrl(String state) {
        return baseUrl() + AvRouter.AUTHORIZE_PATH + "?response_type=code&client_id=" + enc(config.clientId)
                + "&redirect_uri=" + enc(config.redirectUri) + "&scope=" + enc(DEFAULT_SCOPE) + "&state=" + enc(state);
    }

    /**
     * Returns the accepted client id.
     *
     * @return the client id
     */
    public String clientId() {
        return config.clientId;
    }

    /**
     * Returns the accepted client secret.
     *
     * @return the client secret
     */
    public String clientSecret() {
        return config.clientSecret;
    }

    /**
     * Returns the registered redirect URI.
     *
     * @return the redirect URI
     */
    public String redirectUri() {
        return config.redirectUri;
    }

    /**
     * Completes the consent step programmatically: returns a single-use authorization code for the registered
     * redirect URI and {@link #DEFAULT_SCOPE}, valid for 10 minutes.
     *
     * @return the code to exchange at the token endpoint
     */
    public String issueAuthorizationCode() {
        return issueAuthorizationCode(DEFAULT_SCOPE);
    }

    /**
     * Completes the consent step programmatically with chosen scopes.
     *
     * @param scope space-separated scopes, e.g. {@code readaccountviewdata}
     * @return the code
     */
    public String issueAuthorizationCode(String scope) {
        return oauth.issueCode(config.redirectUri, Objects.requireNonNull(scope, "scope"));
    }

    /**
     * Issues a token pair directly, skipping the code flow.
     *
     * @return tokens with {@link #DEFAULT_SCOPE}
     */
    public AccountViewTokens issueTokens() {
        AvOAuth.Tokens t = oauth.issue(DEFAULT_SCOPE);
        return new AccountViewTokens(t.accessToken(), t.refreshToken(), t.scope(), t.expiresInSeconds());
    }

    /** Expires all access tokens now: the next data call answers 401 until the client refreshes. */
    public void expireAccessTokens() {
        oauth.expireAccessTokens();
    }

    /** Invalidates all refresh tokens: refresh grants fail with {@code invalid_grant}. */
    public void revokeRefreshTokens() {
        oauth.revokeRefreshTokens();
    }

    /**
     * Returns the first company.
     *
     * @return the company handle
     */
    public AccountViewCompany company() {
        return new AccountViewCompany(router, router.companies().get(0));
    }

    /**
     * Returns a company by code.
     *
     * @param code company code, case-insensitive
     * @return the company handle
     * @throws IllegalArgumentException if unknown
     */
    public AccountViewCompany company(String code) {
        for (AvCompanyState c : router.companies()) {
            if (c.code().equalsIgnoreCase(code)) {
                return new AccountViewCompany(router, c);
            }
        }
        throw new IllegalArgumentException("no company with code " + code);
    }

    /**
     * Adds a company (or returns the existing one with that code).
     *
     * @param code company code
     * @param description name
     * @return the company handle
     */
    public AccountViewCompany addCompany(String code, String description) {
        return new AccountViewCompany(router, router.addCompany(code, description));
    }

    /**
     * Seeds from a JSON file: one company's sections (see {@link AccountViewCompany#seedJson(String)}) for the first
     * company, or {@code {"companies": {"<code>": {sections}}}}.
     *
     * @param file the file
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
        SeedDocument.apply(json, "companies", doc -> company().seed(doc),
                (code, sections) -> addCompany(code, code).seed(sections));
    }

    /**
     * Returns the request counters; keys look like {@code "POST /token"}, {@code "GET /companies"},
     * {@code "GET /accountviewdata"} and, per business object, {@code "POST /accountviewdata SO1"}.
     *
     * @return the live counters
     */
    public RequestStats stats() {
        return server.stats();
    }

    /**
     * Shortcut for {@code stats().count(endpoint)}.
     *
     * @param endpoint endpoint key
     * @return the count
     */
    public long requestCount(String endpoint) {
        return server.stats().count(endpoint);
    }

    /**
     * Returns the fault injector.
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

    /** Shows the URL, never credentials. */
    @Override
    public String toString() {
        return "AccountViewEmulator[" + baseUrl() + "]";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Runs the emulator until the process is stopped. Arguments: {@code --port N} (default 8082),
     * {@code --seed-file path}. Prints URLs, credentials, the company id and a ready token pair.
     *
     * @param args command-line arguments
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Builder builder = builder().port(8082);
        Path seedFile = EmulatorCommandLine.parse(args, builder::port, Map.of(), "--port N, --seed-file path");
        AccountViewEmulator av = EmulatorCommandLine.startSeeded(builder::start, seedFile, AccountViewEmulator::seed);
        AccountViewTokens tokens = av.issueTokens();
        System.out.println("AccountView emulator:  " + av.baseUrl() + "  (client base URL, accountview.base-url)");
        System.out.println("  Web API:             " + av.webApiUrl());
        System.out.println("  authorize URL:       " + av.authorizeUrl("demo"));
        System.out.println("  token URL:           " + av.tokenUrl());
        System.out.println("  client id / secret:  " + av.clientId() + " / " + av.clientSecret());
        System.out.println("  redirect URI:        " + av.redirectUri());
        System.out.println("  X-Company:           " + av.company().id() + " (" + av.company().code() + ")");
        System.out.println("  access token:        " + tokens.accessToken());
        System.out.println("  refresh token:       " + tokens.refreshToken());
        EmulatorCommandLine.runUntilStopped(av);
    }

    /** Configures an emulator; every setting has a default. */
    public static final class Builder {
        private int port;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private String redirectUri = DEFAULT_REDIRECT_URI;
        private Duration accessTokenLifetime = Duration.ofHours(1);
        private Duration refreshTokenLifetime = Duration.ofDays(30);
        private final Map<String, String> companies = new LinkedHashMap<>(Map.of(DEFAULT_COMPANY_CODE, "Demo BV"));
        private boolean defaultCompany = true;
        private final List<String[]> customFields = new ArrayList<>();
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
         * Sets the accepted client credentials.
         *
         * @param id client id (API key)
         * @param secret client secret
         * @return this builder
         */
        public Builder client(String id, String secret) {
            this.clientId = Objects.requireNonNull(id, "id");
            this.clientSecret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * Sets the registered redirect URI.
         *
         * @param uri the URI
         * @return this builder
         */
        public Builder redirectUri(String uri) {
            this.redirectUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Sets token lifetimes (defaults: access 1 h, refresh 30 days).
         *
         * @param access access token lifetime, positive
         * @param refresh refresh token lifetime, positive
         * @return this builder
         */
        public Builder tokenLifetimes(Duration access, Duration refresh) {
            if (access.isNegative() || access.isZero() || refresh.isNegative() || refresh.isZero()) {
                throw new IllegalArgumentException("token lifetimes must be positive, got " + access + ", " + refresh);
            }
            this.accessTokenLifetime = access;
            this.refreshTokenLifetime = refresh;
            return this;
        }

        /**
         * Adds a company; the first call replaces the default company {@link #DEFAULT_COMPANY_CODE}.
         *
         * @param code company code
         * @param description name
         * @return this builder
         */
        public Builder company(String code, String description) {
            if (defaultCompany) {
                companies.clear();
                defaultCompany = false;
            }
            companies.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(description, "description"));
            return this;
        }

        /**
         * Declares an administration-specific field (e.g. {@code A8_INV_NR} on {@code SO_HDR}).
         *
         * @param table table name
         * @param field field name
         * @param type type code C, M, N, Y, B, I, L, D or T
         * @param length max length for C fields, 0 for none
         * @return this builder
         */
        public Builder customField(String table, String field, char type, int length) {
            customFields.add(new String[] {table, field, String.valueOf(type), Integer.toString(length)});
            return this;
        }

        /**
         * Sets the clock for token expiry and CNG_DATE (default system UTC; dates are written in Europe/Amsterdam
         * time); use a {@link dev.ledgerbridge.testkit.ManualClock} in tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the seed for tokens, company ids and random faults (default 42).
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
        public AccountViewEmulator start() {
            return new AccountViewEmulator(this);
        }
    }
}
