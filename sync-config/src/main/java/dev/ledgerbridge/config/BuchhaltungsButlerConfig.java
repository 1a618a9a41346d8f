package dev.ledgerbridge.config;

import static dev.ledgerbridge.config.internal.Checks.requireSet;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;

import dev.ledgerbridge.transport.Timeouts;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

/**
 * The BuchhaltungsButler part of a {@link LedgerBridgeConfig} (path {@code buchhaltungsbutler}): where the API is,
 * the three credentials (all {@link Secret}s), the client's rate limit and timeouts, and the connector's default
 * VAT rate. Immutable and thread-safe; {@link #toString()} never shows a secret.
 *
 * <p>Unset credentials are not an error here: {@link LedgerBridgeConfig.Builder#build()} checks the whole
 * configuration at once and reports every missing or bad setting by its path (e.g.
 * {@code buchhaltungsbutler.api-key}), because the values usually come from a file the user fixes in one pass.
 */
public final class BuchhaltungsButlerConfig {

    private final URI baseUrl;
    private final Secret apiClient;
    private final Secret apiSecret;
    private final Secret apiKey;
    private final RateLimitSettings rateLimits;
    private final Timeouts timeouts;
    private final BigDecimal defaultVatPercent;

    private BuchhaltungsButlerConfig(Builder b) {
        this.baseUrl = b.baseUrl;
        this.apiClient = b.apiClient;
        this.apiSecret = b.apiSecret;
        this.apiKey = b.apiKey;
        this.rateLimits = b.rateLimits;
        this.timeouts = b.timeouts;
        this.defaultVatPercent = b.defaultVatPercent;
    }

    /**
     * A builder with the defaults: the production API, the published rate limits, the transport's timeouts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client builder filled from this part: base URL, the three credentials, rate limits and timeouts. Add an
     * observer or a shared transport, then build; one client kept for the life of the process keeps its rate-limit
     * buckets across runs.
     *
     * @return a new client builder
     * @throws IllegalStateException naming the missing credential setting
     */
    public BuchhaltungsButlerClient.Builder clientBuilder() {
        return BuchhaltungsButlerClient.builder()
                .baseUrl(baseUrl)
                .apiClient(required(apiClient, "buchhaltungsbutler.api-client"))
                .apiSecret(required(apiSecret, "buchhaltungsbutler.api-secret"))
                .apiKey(required(apiKey, "buchhaltungsbutler.api-key"))
                .rateLimits(rateLimits)
                .timeouts(timeouts);
    }

    private static String required(Secret secret, String setting) {
        if (secret == null) {
            throw new IllegalStateException(setting + " is not set");
        }
        return secret.reveal();
    }

    /**
     * A builder with this part's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.apiClient = apiClient;
        b.apiSecret = apiSecret;
        b.apiKey = apiKey;
        b.rateLimits = rateLimits;
        b.timeouts = timeouts;
        b.defaultVatPercent = defaultVatPercent;
        return b;
    }

    /**
     * The API's base URL ({@code base-url}); default {@link BuchhaltungsButlerClient#DEFAULT_BASE_URL}.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The API client, the Basic-auth user ({@code api-client}).
     *
     * @return the secret, or empty when unset
     */
    public Optional<Secret> apiClient() {
        return Optional.ofNullable(apiClient);
    }

    /**
     * The API secret, the Basic-auth password ({@code api-secret}).
     *
     * @return the secret, or empty when unset
     */
    public Optional<Secret> apiSecret() {
        return Optional.ofNullable(apiSecret);
    }

    /**
     * The company's {@code api_key}, sent in every request body ({@code api-key}).
     *
     * @return the secret, or empty when unset
     */
    public Optional<Secret> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /**
     * The client-side rate limit ({@code rate-limit}); default {@link RateLimitSettings#defaults()}.
     *
     * @return the rate-limit settings
     */
    public RateLimitSettings rateLimits() {
        return rateLimits;
    }

    /**
     * Connect and request timeouts ({@code timeouts}); default {@link Timeouts#defaults()}.
     *
     * @return the timeouts
     */
    public Timeouts timeouts() {
        return timeouts;
    }

    /**
     * The VAT rate in percent the connector assumes where an invoice does not say ({@code default-vat-percent}).
     *
     * @return the rate, or empty for the connector's default
     */
    public Optional<BigDecimal> defaultVatPercent() {
        return Optional.ofNullable(defaultVatPercent);
    }

    /** Names the base URL and which credentials are set, never their values. */
    @Override
    public String toString() {
        return "BuchhaltungsButlerConfig[baseUrl=" + baseUrl + ", apiClient=" + mask(apiClient) + ", apiSecret="
                + mask(apiSecret) + ", apiKey=" + mask(apiKey) + ", rateLimits=" + rateLimits + ", timeouts="
                + timeouts + ", defaultVatPercent=" + defaultVatPercent + "]";
    }

    static String mask(Secret secret) {
        return secret == null ? "unset" : Secret.MASK;
    }

    /** Builds a {@link BuchhaltungsButlerConfig}; not thread-safe. */
    public static final class Builder {
        private URI baseUrl = BuchhaltungsButlerClient.DEFAULT_BASE_URL;
        private Secret apiClient;
        private Secret apiSecret;
        private Secret apiKey;
        private RateLimitSettings rateLimits = RateLimitSettings.defaults();
        private Timeouts timeouts = Timeouts.defaults();
        private BigDecimal defaultVatPercent;

        private Builder() {
        }

        /**
         * The API's base URL; checked (absolute http/https) with the whole configuration.
         *
         * @param value the base URL
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder baseUrl(URI value) {
            this.baseUrl = requireSet(value, "baseUrl");
            return this;
        }

        /**
         * The base URL as text, e.g. an emulator's {@code baseUrl()}.
         *
         * @param value the base URL
         * @return this builder
         * @throws IllegalArgumentException when null or not a URI, naming the value
         */
        public Builder baseUrl(String value) {
            return baseUrl(dev.ledgerbridge.config.internal.Checks.uri(value, "baseUrl"));
        }

        /**
         * The API client (Basic-auth user).
         *
         * @param value the secret
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder apiClient(Secret value) {
            this.apiClient = requireSet(value, "apiClient");
            return this;
        }

        /**
         * The API secret (Basic-auth password).
         *
         * @param value the secret
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder apiSecret(Secret value) {
            this.apiSecret = requireSet(value, "apiSecret");
            return this;
        }

        /**
         * The company's {@code api_key}.
         *
         * @param value the secret
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder apiKey(Secret value) {
            this.apiKey = requireSet(value, "apiKey");
            return this;
        }

        /**
         * The client-side rate limit ({@link RateLimitSettings#disabled()} for an emulator without limits).
         *
         * @param value the settings
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder rateLimits(RateLimitSettings value) {
            this.rateLimits = requireSet(value, "rateLimits");
            return this;
        }

        /**
         * Connect and request timeouts.
         *
         * @param value the timeouts
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder timeouts(Timeouts value) {
            this.timeouts = requireSet(value, "timeouts");
            return this;
        }

        /**
         * The VAT rate the connector assumes where an invoice does not say; checked (0 to 100) with the whole
         * configuration.
         *
         * @param value the rate in percent
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder defaultVatPercent(BigDecimal value) {
            this.defaultVatPercent = requireSet(value, "defaultVatPercent");
            return this;
        }

        /**
         * Builds the part; missing credentials are reported by {@link LedgerBridgeConfig.Builder#build()}.
         *
         * @return the part
         */
        public BuchhaltungsButlerConfig build() {
            return new BuchhaltungsButlerConfig(this);
        }
    }
}
