package dev.ledgerbridge.accountview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.internal.AccountViewHttp;
import dev.ledgerbridge.accountview.internal.ClientConfig;
import dev.ledgerbridge.accountview.internal.TableParser;
import dev.ledgerbridge.accountview.internal.TokenEndpoint;
import dev.ledgerbridge.accountview.internal.TokenManager;
import dev.ledgerbridge.accountview.oauth.AuthorizationRequest;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.ApiClientBuilder;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.internal.Json;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Client of the AccountView.Net Web API v3 for one authorised user: OAuth2 (authorization URL, code exchange,
 * refresh with rotating refresh tokens), the list of companies, and {@link CompanyClient}s bound to one company
 * for data calls. Thread-safe; build once with {@link #builder()} and share.
 *
 * <p>Tokens: the current tokens live in the {@link TokenStore}. The access token is refreshed when it is within
 * the refresh skew of its expiry, and once more when the server answers 401; concurrent callers share one
 * refresh, and the new tokens are saved before they are used. Tokens and the client secret never appear in logs,
 * exception messages or {@code toString()}.
 */
public final class AccountViewClient {
    /** Production host. */
    public static final URI PRODUCTION = URI.create("https://www.accountview.net");
    /** Test host. */
    public static final URI TEST = URI.create("https://test.accountview.net");
    /**
     * The system name this client puts on its requests ({@link dev.ledgerbridge.transport.ApiRequest#system()}) and
     * token refreshes, as observers and metrics show it.
     */
    public static final String SYSTEM = "accountview";

    private final ClientConfig config;
    private final TokenManager tokens;
    private final AccountViewHttp http;

    private AccountViewClient(ClientConfig config) {
        this.config = config;
        this.tokens = new TokenManager(config, new TokenEndpoint(config));
        this.http = new AccountViewHttp(config, tokens);
    }

    /** Starts a builder; credentials and a token store are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The base address this client sends to, without trailing slash.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return config.baseUrl();
    }

    /**
     * The URL to send the user to for consent (authorization-code grant).
     *
     * @param redirectUri the registered redirect URI
     * @param state       an opaque value to check when the user comes back
     * @param scopes      the scopes, e.g. {@link Scope#READ} and {@link Scope#UPDATE}
     * @return the authorization URL on this client's host
     */
    public URI authorizationUri(URI redirectUri, String state, Scope... scopes) {
        return AuthorizationRequest.builder().clientId(config.credentials().clientId()).redirectUri(redirectUri)
                .state(state).scopes(scopes).build().toUri(config.baseUrl());
    }

    /**
     * Exchanges the code from the redirect for tokens and saves them in the token store.
     *
     * @param code        the {@code code} query parameter of the redirect (URL-decoded)
     * @param redirectUri the same redirect URI as in the authorization URL
     * @return the new tokens
     * @throws dev.ledgerbridge.transport.error.AuthenticationException when the server refuses the code
     */
    public TokenSet exchangeCode(String code, URI redirectUri) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("authorization code must not be blank");
        }
        return tokens.exchange(code, Objects.requireNonNull(redirectUri, "redirectUri").toString());
    }

    /**
     * Refreshes the tokens now and saves them, whatever their expiry.
     *
     * @return the new tokens
     * @throws dev.ledgerbridge.transport.error.AuthenticationException when no tokens are stored or the refresh
     *         token is refused or there is none (the user must authorise again)
     */
    public TokenSet refreshTokens() {
        return tokens.forceRefresh();
    }

    /**
     * The companies the authorised user can reach ({@code GET /api/v3/companies}).
     *
     * @return the companies, possibly empty
     */
    public List<Company> companies() {
        ApiResponse r = http.sendChecked("GET", "/api/v3/companies", Map.of(), null, null, "GET companies", true);
        if (r.bodyAsString().isBlank()) {
            return List.of();
        }
        JsonNode root = Json.readTree(r);
        if (root.isObject() && !root.has("Id") && !root.has("id")) {
            // tolerate a wrapper object holding the array
            root = java.util.stream.StreamSupport.stream(root.spliterator(), false).filter(JsonNode::isArray)
                    .findFirst().orElse(Json.mapper().createArrayNode());
        }
        List<Company> out = new ArrayList<>();
        for (Row row : TableParser.rows(root)) {
            String id = row.string("Id");
            if (id == null || id.isBlank()) {
                continue;
            }
            Map<String, Object> extra = new LinkedHashMap<>(row.values());
            extra.keySet().removeIf(k -> k.equalsIgnoreCase("Id") || k.equalsIgnoreCase("Code")
                    || k.equalsIgnoreCase("Description"));
            out.add(new Company(id.strip(), row.string("Code"), row.string("Description"), extra));
        }
        return out;
    }

    /**
     * A client bound to the company with this code ({@code Code}, compared ignoring case and surrounding spaces);
     * costs one call to list the companies.
     *
     * @param code the AccountView company code
     * @return the bound client
     * @throws NotFoundException naming the codes that exist when none matches
     */
    public CompanyClient forCompany(String code) {
        Objects.requireNonNull(code, "code");
        List<Company> companies = companies();
        return companies.stream().filter(c -> c.code() != null && c.code().strip().equalsIgnoreCase(code.strip()))
                .findFirst().map(this::forCompany)
                .orElseThrow(() -> new NotFoundException("No AccountView company with code '" + code
                        + "' for this user; available codes: " + companies.stream().map(Company::code)
                                .collect(Collectors.joining(", ", "[", "]")), "GET companies", 0, null, null));
    }

    /**
     * A client bound to a company already looked up.
     *
     * @param company the company
     * @return the bound client
     */
    public CompanyClient forCompany(Company company) {
        return new CompanyClient(http, company.id(), company.code());
    }

    /**
     * A client bound to a company id known in advance (no lookup).
     *
     * @param id the company {@code Id}
     * @return the bound client
     */
    public CompanyClient forCompanyId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("company id must not be blank");
        }
        return new CompanyClient(http, id.strip(), null);
    }

    @Override
    public String toString() {
        return "AccountViewClient{" + config.baseUrl() + ", clientId=" + config.credentials().clientId() + "}";
    }

    /**
     * Builder for {@link AccountViewClient}: {@link #credentials} and {@link #tokenStore} are required; the base
     * address and transport options are those of every client builder ({@link ApiClientBuilder}, base address
     * {@link #PRODUCTION} by default); the rest is specific to AccountView. Not thread-safe.
     */
    public static final class Builder extends ApiClientBuilder<Builder> {
        private OAuthCredentials credentials;
        private TokenStore tokenStore;
        private Duration refreshSkew = Duration.ofSeconds(60);
        private Duration assumedTokenLifetime;
        private int defaultPageSize = CompanyClient.MAX_PAGE_SIZE;
        private boolean bookDateOnWrites = true;
        private boolean numericRowIds;
        private boolean notFoundAsEmpty = true;

        private Builder() {
            super(PRODUCTION);
        }

        /**
         * API key and secret of the registered application; required.
         *
         * @throws IllegalArgumentException when null
         */
        public Builder credentials(OAuthCredentials credentials) {
            if (credentials == null) {
                throw new IllegalArgumentException("credentials must not be null");
            }
            this.credentials = credentials;
            return this;
        }

        /**
         * Where tokens are kept; required (e.g. {@link dev.ledgerbridge.accountview.oauth.FileTokenStore}).
         *
         * @throws IllegalArgumentException when null
         */
        public Builder tokenStore(TokenStore tokenStore) {
            if (tokenStore == null) {
                throw new IllegalArgumentException("tokenStore must not be null");
            }
            this.tokenStore = tokenStore;
            return this;
        }

        /** Refresh this long before the access token expires (default 60 s). */
        public Builder refreshSkew(Duration refreshSkew) {
            if (refreshSkew == null || refreshSkew.isNegative()) {
                throw new IllegalArgumentException("refreshSkew must be zero or positive, was " + refreshSkew);
            }
            this.refreshSkew = refreshSkew;
            return this;
        }

        /**
         * Lifetime to assume when the token response has no {@code expires_in} (not documented by AccountView);
         * without it such tokens are refreshed only after a 401.
         */
        public Builder assumedTokenLifetime(Duration lifetime) {
            if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
                throw new IllegalArgumentException("assumedTokenLifetime must be positive, was " + lifetime);
            }
            this.assumedTokenLifetime = lifetime;
            return this;
        }

        /**
         * Rows per page of typed listings ({@code PageSize}), 1 to 1000; default 1000, the largest size the spec
         * reports as used successfully, so that a full read of N rows costs N/1000 + 1 calls.
         */
        public Builder defaultPageSize(int pageSize) {
            if (pageSize < 1 || pageSize > CompanyClient.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("defaultPageSize must be between 1 and "
                        + CompanyClient.MAX_PAGE_SIZE + ", was " + pageSize);
            }
            this.defaultPageSize = pageSize;
            return this;
        }

        /** Send {@code BookDate} (the current time) on writes that set none (default true). */
        public Builder bookDateOnWrites(boolean send) {
            this.bookDateOnWrites = send;
            return this;
        }

        /** Send {@code RowId}/{@code HeaderId} as JSON numbers instead of strings (both are accepted; default strings). */
        public Builder numericRowIds(boolean numeric) {
            this.numericRowIds = numeric;
            return this;
        }

        /** Read a 404 of a data GET as "no rows" (default true, as the API uses 404 for empty results). */
        public Builder notFoundAsEmpty(boolean notFoundAsEmpty) {
            this.notFoundAsEmpty = notFoundAsEmpty;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException naming the setter of a missing required setting
         */
        public AccountViewClient build() {
            if (credentials == null) {
                throw new IllegalStateException("AccountViewClient needs credentials(OAuthCredentials); it was not "
                        + "called");
            }
            if (tokenStore == null) {
                throw new IllegalStateException("AccountViewClient needs tokenStore(TokenStore); it was not called");
            }
            return new AccountViewClient(new ClientConfig(configuredBaseUrl(), configuredTransport(),
                    configuredTimeSource(), configuredRequestTimeout(), credentials, tokenStore, refreshSkew,
                    assumedTokenLifetime, defaultPageSize, bookDateOnWrites, numericRowIds, notFoundAsEmpty,
                    configuredObserver()));
        }

        @Override
        public String toString() {
            return "AccountViewClient.Builder{" + configuredBaseUrl() + "}";
        }
    }
}
