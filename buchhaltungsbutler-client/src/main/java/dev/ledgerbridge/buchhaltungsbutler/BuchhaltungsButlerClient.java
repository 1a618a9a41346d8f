package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.internal.ApiCaller;
import dev.ledgerbridge.buchhaltungsbutler.internal.ClientSettings;
import dev.ledgerbridge.buchhaltungsbutler.internal.CommentServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.CostLocationServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.CreditorServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.DebtorServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.InvoiceServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.PaymentAccountServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.PostingAccountServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.PostingServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.ReceiptServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.ReportServiceImpl;
import dev.ledgerbridge.buchhaltungsbutler.internal.TransactionServiceImpl;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.Transports;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Typed client for the BuchhaltungsButler API v1: one service per resource, e.g.
 * {@code client.debtors().list()}, {@code client.invoices().create(invoice)}.
 *
 * <p>Build once with {@link #builder()} and share: the client is immutable and thread-safe. Each
 * call sends a JSON POST with HTTP Basic auth (API client and secret) and the {@code api_key} merged
 * into the body, draws from the rate-limit buckets of its api_key, and turns the response envelope
 * into a typed value or a typed exception from {@code dev.ledgerbridge.transport.error}.
 *
 * <p>Retries: reads are repeated after transport failures and 5xx by the transport's
 * {@link RetryPolicy}; writes are not (the API has no idempotency keys) unless
 * {@link Builder#retryWrites(boolean)} is set. A write refused with "adding temporarily restricted"
 * (error 15 on add, batch and upload endpoints) was not applied and is sent again after the throttle
 * delay. Each service's Javadoc says how to check the target before repeating a failed write.
 *
 * <p>Several tenants: {@link #withApiKey(String)} derives a client for another api_key that shares
 * the HTTP transport and settings but has its own rate-limit buckets.
 */
public final class BuchhaltungsButlerClient {
    /** The documented base URL. */
    public static final String DEFAULT_BASE_URL = "https://webapp.buchhaltungsbutler.de/api/v1";

    private final ApiCaller api;
    private final DebtorService debtors;
    private final CreditorService creditors;
    private final PostingAccountService postingAccounts;
    private final PaymentAccountService paymentAccounts;
    private final InvoiceService invoices;
    private final ReceiptService receipts;
    private final TransactionService transactions;
    private final PostingService postings;
    private final CommentService comments;
    private final CostLocationService costLocations;
    private final ReportService reports;

    private BuchhaltungsButlerClient(ApiCaller api) {
        this.api = api;
        this.debtors = new DebtorServiceImpl(api);
        this.creditors = new CreditorServiceImpl(api);
        this.postingAccounts = new PostingAccountServiceImpl(api);
        this.paymentAccounts = new PaymentAccountServiceImpl(api);
        this.invoices = new InvoiceServiceImpl(api);
        this.receipts = new ReceiptServiceImpl(api);
        this.transactions = new TransactionServiceImpl(api);
        this.postings = new PostingServiceImpl(api);
        this.comments = new CommentServiceImpl(api);
        this.costLocations = new CostLocationServiceImpl(api);
        this.reports = new ReportServiceImpl(api);
    }

    /** Starts a client builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client for another tenant: same transport, credentials and settings, its own api_key and
     * rate-limit buckets.
     *
     * @param apiKey the other tenant's api_key, not blank
     */
    public BuchhaltungsButlerClient withApiKey(String apiKey) {
        return new BuchhaltungsButlerClient(api.forApiKey(requireText(apiKey, "apiKey")));
    }

    /** Debtors (customers). */
    public DebtorService debtors() {
        return debtors;
    }

    /** Creditors (suppliers). */
    public CreditorService creditors() {
        return creditors;
    }

    /** The chart of accounts. */
    public PostingAccountService postingAccounts() {
        return postingAccounts;
    }

    /** Payment accounts (bank, cash). */
    public PaymentAccountService paymentAccounts() {
        return paymentAccounts;
    }

    /** Outgoing invoices, credit notes, offers (create only). */
    public InvoiceService invoices() {
        return invoices;
    }

    /** Receipts (documents). */
    public ReceiptService receipts() {
        return receipts;
    }

    /** Bank and cash transactions. */
    public TransactionService transactions() {
        return transactions;
    }

    /** Journal postings. */
    public PostingService postings() {
        return postings;
    }

    /** Comments on receipts and transactions. */
    public CommentService comments() {
        return comments;
    }

    /** Cost locations. */
    public CostLocationService costLocations() {
        return costLocations;
    }

    /** Reports (BWA, totals and balances, ledger). */
    public ReportService reports() {
        return reports;
    }

    /** Shows the base URL and a hash of the api_key; never a secret. */
    @Override
    public String toString() {
        return "BuchhaltungsButlerClient{" + api.settings().baseUrl() + ", api_key#" + api.keyHash() + "}";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Builder for {@link BuchhaltungsButlerClient}. Not thread-safe; {@link #toString()} hides secrets. */
    public static final class Builder {
        private String apiClient;
        private String apiSecret;
        private String apiKey;
        private String baseUrl = DEFAULT_BASE_URL;
        private Timeouts timeouts = Timeouts.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RateLimitSettings rateLimits = RateLimitSettings.defaults();
        private LoggingPolicy loggingPolicy = LoggingPolicy.defaults();
        private TimeSource timeSource = TimeSource.system();
        private HttpTransport transport;
        private boolean retryWrites;
        private int throttleRetries = 2;
        private Duration throttleDelay = Duration.ofSeconds(6);
        private Duration rateLimitTimeout = Duration.ofMinutes(5);
        private int debtorPageSize = 100;
        private Duration requestTimeout;
        private long maxResponseBytes = Transports.DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {
        }

        /** The API client (HTTP Basic user name); required. */
        public Builder apiClient(String apiClient) {
            this.apiClient = apiClient;
            return this;
        }

        /** The API secret (HTTP Basic password); required. Never logged or shown. */
        public Builder apiSecret(String apiSecret) {
            this.apiSecret = apiSecret;
            return this;
        }

        /** The tenant's api_key, sent in every body; required. Never logged or shown. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Base URL; default {@value BuchhaltungsButlerClient#DEFAULT_BASE_URL}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Connect and request timeouts of the built-in transport (ignored with {@link #transport}). */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** Retry policy of the built-in transport (ignored with {@link #transport}). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Logging and redaction of the built-in transport (ignored with {@link #transport}). */
        public Builder loggingPolicy(LoggingPolicy loggingPolicy) {
            this.loggingPolicy = Objects.requireNonNull(loggingPolicy, "loggingPolicy");
            return this;
        }

        /** Client-side rate limits per api_key; default: the published limits. */
        public Builder rateLimits(RateLimitSettings rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        /** Clock and sleeper; inject {@code ManualTimeSource} in tests. */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * A shared transport from {@code Transports.builder()} (its retry, rate-limit and logging
         * settings then apply, and its rate-limit buckets are shared with other clients on it).
         * Without it the client builds its own from the settings here.
         */
        public Builder transport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        /**
         * Whether writes may be repeated by the transport's retry policy after a timeout or 5xx
         * (default false). Only enable it when duplicates are acceptable or checked for afterwards.
         */
        public Builder retryWrites(boolean retryWrites) {
            this.retryWrites = retryWrites;
            return this;
        }

        /** How often a write refused as "temporarily restricted" (code 15) is sent again; default 2, 0 disables. */
        public Builder throttleRetries(int throttleRetries) {
            if (throttleRetries < 0) {
                throw new IllegalArgumentException("throttleRetries must be >= 0, was " + throttleRetries);
            }
            this.throttleRetries = throttleRetries;
            return this;
        }

        /** Wait before sending a throttled write again; default 6 s. */
        public Builder throttleDelay(Duration throttleDelay) {
            this.throttleDelay = Objects.requireNonNull(throttleDelay, "throttleDelay");
            return this;
        }

        /**
         * Largest response body the built-in transport reads (ignored with {@link #transport}); a longer one fails
         * with {@code ResponseTooLargeException}. Default 16 MiB.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** Longest wait for a rate-limit permit of the built-in transport; default 5 min. */
        public Builder rateLimitTimeout(Duration rateLimitTimeout) {
            this.rateLimitTimeout = Objects.requireNonNull(rateLimitTimeout, "rateLimitTimeout");
            return this;
        }

        /**
         * Timeout of each request of this client, overriding the transport's default (useful with a
         * shared {@link #transport}); null (default) keeps the transport's.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            if (requestTimeout != null && (requestTimeout.isNegative() || requestTimeout.isZero())) {
                throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
            }
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * Page size for debtor and creditor lists (their maximum is undocumented; the API's default
         * of 25 is never relied on); default 100.
         */
        public Builder debtorPageSize(int debtorPageSize) {
            if (debtorPageSize < 1) {
                throw new IllegalArgumentException("debtorPageSize must be >= 1, was " + debtorPageSize);
            }
            this.debtorPageSize = debtorPageSize;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalArgumentException naming a missing credential or an invalid base URL
         */
        public BuchhaltungsButlerClient build() {
            requireText(apiClient, "apiClient");
            requireText(apiSecret, "apiSecret");
            requireText(apiKey, "apiKey");
            URI base = baseUri(requireText(baseUrl, "baseUrl"));
            HttpTransport t = transport != null ? transport : Transports.builder().timeouts(timeouts)
                    .retryPolicy(retryPolicy).loggingPolicy(loggingPolicy).timeSource(timeSource)
                    .rateLimitTimeout(rateLimitTimeout).rateLimiting(rateLimits.enabled())
                    .maxResponseBytes(maxResponseBytes).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (apiClient + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
            ClientSettings settings = new ClientSettings(t, base, basic, apiClient, apiSecret, rateLimits, retryWrites,
                    throttleRetries, throttleDelay, timeSource, requestTimeout, debtorPageSize);
            return new BuchhaltungsButlerClient(new ApiCaller(settings, apiKey));
        }

        private static URI baseUri(String url) {
            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            try {
                URI uri = URI.create(trimmed);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + url);
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + url, e);
            }
        }

        @Override
        public String toString() {
            return "BuchhaltungsButlerClient.Builder{" + baseUrl + "}";
        }
    }
}
