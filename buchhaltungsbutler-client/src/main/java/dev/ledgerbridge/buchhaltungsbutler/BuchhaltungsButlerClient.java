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
import dev.ledgerbridge.transport.ApiClientBuilder;
import dev.ledgerbridge.transport.RetryPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

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
    /** The documented base URL, {@code https://webapp.buchhaltungsbutler.de/api/v1}. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://webapp.buchhaltungsbutler.de/api/v1");
    /**
     * The system name this client puts on its requests ({@link dev.ledgerbridge.transport.ApiRequest#system()}), as
     * observers and metrics show it.
     */
    public static final String SYSTEM = "buchhaltungsbutler";

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

    /**
     * The base address this client sends to, without trailing slash.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return api.settings().baseUrl();
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

    /**
     * Builder for {@link BuchhaltungsButlerClient}: the credentials ({@link #apiClient}, {@link #apiSecret},
     * {@link #apiKey}) are required; the base address and transport options are those of every client builder
     * ({@link ApiClientBuilder}); the rest is specific to BuchhaltungsButler. Not thread-safe; {@link #toString()}
     * hides secrets.
     */
    public static final class Builder extends ApiClientBuilder<Builder> {
        private String apiClient;
        private String apiSecret;
        private String apiKey;
        private RateLimitSettings rateLimits = RateLimitSettings.defaults();
        private boolean retryWrites;
        private int throttleRetries = 2;
        private Duration throttleDelay = Duration.ofSeconds(6);
        private int debtorPageSize = 100;

        private Builder() {
            super(DEFAULT_BASE_URL);
        }

        /**
         * The API client (HTTP Basic user name); required.
         *
         * @throws IllegalArgumentException when null or blank
         */
        public Builder apiClient(String apiClient) {
            this.apiClient = requireText(apiClient, "apiClient");
            return this;
        }

        /**
         * The API secret (HTTP Basic password); required. Never logged or shown.
         *
         * @throws IllegalArgumentException when null or blank
         */
        public Builder apiSecret(String apiSecret) {
            this.apiSecret = requireText(apiSecret, "apiSecret");
            return this;
        }

        /**
         * The tenant's api_key, sent in every body; required. Never logged or shown.
         *
         * @throws IllegalArgumentException when null or blank
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = requireText(apiKey, "apiKey");
            return this;
        }

        /** Client-side rate limits per api_key; default: the published limits. */
        public Builder rateLimits(RateLimitSettings rateLimits) {
            if (rateLimits == null) {
                throw new IllegalArgumentException("rateLimits must not be null");
            }
            this.rateLimits = rateLimits;
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
            if (throttleDelay == null || throttleDelay.isNegative()) {
                throw new IllegalArgumentException("throttleDelay must be zero or positive, was " + throttleDelay);
            }
            this.throttleDelay = throttleDelay;
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
         * @throws IllegalStateException naming the setter of a missing credential
         */
        public BuchhaltungsButlerClient build() {
            requireSet(apiClient, "apiClient(String)");
            requireSet(apiSecret, "apiSecret(String)");
            requireSet(apiKey, "apiKey(String)");
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (apiClient + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
            ClientSettings settings = new ClientSettings(configuredTransport(), configuredBaseUrl(), basic, apiClient,
                    apiSecret, rateLimits, retryWrites, throttleRetries, throttleDelay, configuredTimeSource(),
                    configuredRequestTimeout(), debtorPageSize, configuredObserver());
            return new BuchhaltungsButlerClient(new ApiCaller(settings, apiKey));
        }

        private static void requireSet(String value, String setter) {
            if (value == null) {
                throw new IllegalStateException("BuchhaltungsButlerClient needs " + setter + "; it was not called");
            }
        }

        @Override
        public String toString() {
            return "BuchhaltungsButlerClient.Builder{" + configuredBaseUrl() + "}";
        }
    }
}
