package dev.ledgerbridge.config;

import static dev.ledgerbridge.config.internal.Checks.requireSet;
import static dev.ledgerbridge.config.internal.Checks.requireText;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.EncryptedTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.transport.Timeouts;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The AccountView part of a {@link LedgerBridgeConfig} (path {@code accountview}): where the API and its token
 * endpoint are ({@code base-url}; the token endpoint is {@code <base-url>/api/v3/token}), the OAuth client
 * ({@code client-id}, {@code client-secret} as a {@link Secret}, {@code redirect-uri}), the company (its code,
 * {@code company}, looked up with one call, or its id, {@code company-id}, sent as {@code X-Company} without a
 * look-up), where the rotating tokens are kept ({@code token-file}, or the state database when unset) and the
 * timeouts. Immutable and thread-safe; {@link #toString()} never shows the client secret.
 *
 * <p>Unset values are not an error here: {@link LedgerBridgeConfig.Builder#build()} checks the whole
 * configuration and names each missing setting by its path.
 */
public final class AccountViewConfig {

    /** The key of the tokens in the state database when no token file is configured. */
    public static final String TOKEN_KEY = "accountview";

    private final URI baseUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final URI redirectUri;
    private final String company;
    private final String companyId;
    private final Path tokenFile;
    private final Secret tokenKey;
    private final Timeouts timeouts;

    private AccountViewConfig(Builder b) {
        this.baseUrl = b.baseUrl;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.redirectUri = b.redirectUri;
        this.company = b.company;
        this.companyId = b.companyId;
        this.tokenFile = b.tokenFile;
        this.tokenKey = b.tokenKey;
        this.timeouts = b.timeouts;
    }

    /**
     * A builder with the defaults: production ({@link AccountViewClient#PRODUCTION}), tokens in the state database,
     * the transport's timeouts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client builder filled from this part: base URL, the OAuth client, timeouts and the given token store. Add an
     * observer or a shared transport, then build.
     *
     * @param tokens where the rotating tokens are kept
     * @return a new client builder (not yet bound to the company)
     * @throws IllegalStateException naming {@code accountview.client-id} or {@code accountview.client-secret} when
     *                               unset
     * @throws IllegalArgumentException when {@code tokens} is null
     */
    public AccountViewClient.Builder clientBuilder(TokenStore tokens) {
        requireSet(tokens, "tokens");
        if (clientId == null || clientSecret == null) {
            throw new IllegalStateException((clientId == null ? "accountview.client-id" : "accountview.client-secret")
                    + " is not set");
        }
        return AccountViewClient.builder()
                .baseUrl(baseUrl)
                .credentials(OAuthCredentials.of(clientId, clientSecret.reveal()))
                .tokenStore(tokens)
                .timeouts(timeouts);
    }

    /**
     * A builder with this part's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.clientId = clientId;
        b.clientSecret = clientSecret;
        b.redirectUri = redirectUri;
        b.company = company;
        b.companyId = companyId;
        b.tokenFile = tokenFile;
        b.tokenKey = tokenKey;
        b.timeouts = timeouts;
        return b;
    }

    /**
     * The base URL of AccountView.Net ({@code base-url}); API and token endpoint live below it.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The OAuth client id ({@code client-id}); not a secret.
     *
     * @return the client id, or empty when unset
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /**
     * The OAuth client secret ({@code client-secret}).
     *
     * @return the secret, or empty when unset
     */
    public Optional<Secret> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /**
     * The redirect URI registered for the client id ({@code redirect-uri}); needed for the one-time authorization.
     *
     * @return the URI, or empty when unset
     */
    public Optional<URI> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    /**
     * The company code ({@code company}, AccountView's "Ondernemingscode").
     *
     * @return the code, or empty when unset
     */
    public Optional<String> company() {
        return Optional.ofNullable(company);
    }

    /**
     * The company id ({@code company-id}), sent as {@code X-Company} without looking the company up.
     *
     * @return the id, or empty when unset
     */
    public Optional<String> companyId() {
        return Optional.ofNullable(companyId);
    }

    /**
     * The file the tokens are kept in ({@code token-file}); empty: in the state database under
     * {@link #TOKEN_KEY}.
     *
     * @return the file, or empty
     */
    public Optional<Path> tokenFile() {
        return Optional.ofNullable(tokenFile);
    }

    /**
     * The key the tokens are encrypted with at rest ({@code token-key}: Base64 of 16, 24 or 32 bytes); empty: kept
     * as the token store keeps them.
     *
     * @return the key, or empty
     */
    public Optional<Secret> tokenKey() {
        return Optional.ofNullable(tokenKey);
    }

    /**
     * The token store as configured: {@code store} itself, or with {@code token-key} set, {@code store} holding
     * the tokens encrypted ({@link EncryptedTokenStore}). Wrap the store once, and give the same wrapped store to
     * every client and check that uses it.
     *
     * @param store where the tokens are kept (file or database)
     * @return the store to use
     * @throws IllegalArgumentException when {@code store} is null
     */
    public TokenStore tokenStore(TokenStore store) {
        requireSet(store, "store");
        return tokenKey == null ? store : EncryptedTokenStore.wrap(store, EncryptedTokenStore.key(tokenKey.reveal()));
    }

    /**
     * Connect and request timeouts ({@code timeouts}).
     *
     * @return the timeouts
     */
    public Timeouts timeouts() {
        return timeouts;
    }

    /** Names every setting, the client secret masked. */
    @Override
    public String toString() {
        return "AccountViewConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
                + BuchhaltungsButlerConfig.mask(clientSecret) + ", redirectUri=" + redirectUri + ", company="
                + company + ", companyId=" + companyId + ", tokenFile=" + tokenFile + ", tokenKey="
                + BuchhaltungsButlerConfig.mask(tokenKey) + ", timeouts=" + timeouts + "]";
    }

    /** Builds an {@link AccountViewConfig}; not thread-safe. */
    public static final class Builder {
        private URI baseUrl = AccountViewClient.PRODUCTION;
        private String clientId;
        private Secret clientSecret;
        private URI redirectUri;
        private String company;
        private String companyId;
        private Path tokenFile;
        private Secret tokenKey;
        private Timeouts timeouts = Timeouts.defaults();

        private Builder() {
        }

        /**
         * The base URL; checked (absolute http/https) with the whole configuration.
         *
         * @param value e.g. {@link AccountViewClient#TEST}
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
         * The OAuth client id.
         *
         * @param value the id
         * @return this builder
         * @throws IllegalArgumentException when blank or longer than 200 characters
         */
        public Builder clientId(String value) {
            this.clientId = requireText(value, "clientId", 200);
            return this;
        }

        /**
         * The OAuth client secret.
         *
         * @param value the secret
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder clientSecret(Secret value) {
            this.clientSecret = requireSet(value, "clientSecret");
            return this;
        }

        /**
         * The redirect URI registered for the client id.
         *
         * @param value the URI
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder redirectUri(URI value) {
            this.redirectUri = requireSet(value, "redirectUri");
            return this;
        }

        /**
         * The company code (looked up with one call on first use).
         *
         * @param value the code
         * @return this builder
         * @throws IllegalArgumentException when blank or longer than 100 characters
         */
        public Builder company(String value) {
            this.company = requireText(value, "company", 100);
            return this;
        }

        /**
         * The company id, sent as {@code X-Company} (no look-up); wins over {@link #company(String)}.
         *
         * @param value the id
         * @return this builder
         * @throws IllegalArgumentException when blank or longer than 100 characters
         */
        public Builder companyId(String value) {
            this.companyId = requireText(value, "companyId", 100);
            return this;
        }

        /**
         * Keeps the tokens in this file instead of the state database (one process only: a cluster needs the
         * database).
         *
         * @param value the file
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder tokenFile(Path value) {
            this.tokenFile = requireSet(value, "tokenFile");
            return this;
        }

        /**
         * Encrypts the tokens at rest with this key (AES-GCM; Base64 of 16, 24 or 32 bytes, e.g.
         * {@code openssl rand -base64 32}). Tokens stored before stay readable and are encrypted at the next refresh;
         * losing the key means authorizing again.
         *
         * @param value the key
         * @return this builder
         * @throws IllegalArgumentException when null, not Base64 or of another length (the key is not shown)
         */
        public Builder tokenKey(Secret value) {
            EncryptedTokenStore.key(requireSet(value, "tokenKey").reveal());
            this.tokenKey = value;
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
         * Builds the part; missing settings are reported by {@link LedgerBridgeConfig.Builder#build()}.
         *
         * @return the part
         */
        public AccountViewConfig build() {
            return new AccountViewConfig(this);
        }
    }
}
