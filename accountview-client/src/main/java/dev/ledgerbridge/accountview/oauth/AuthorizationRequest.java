package dev.ledgerbridge.accountview.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user-facing authorization URL ({@code /ams/authorize.aspx}) of the authorization-code grant: client id,
 * redirect URI (must match the registered one), space-separated scopes and an opaque {@code state} that comes
 * back with the code. Immutable; build with {@link #builder()}.
 */
public final class AuthorizationRequest {
    private static final String PATH = "/ams/authorize.aspx";
    private final String clientId;
    private final URI redirectUri;
    private final Set<Scope> scopes;
    private final String state;

    private AuthorizationRequest(Builder b) {
        if (b.clientId == null || b.clientId.isBlank()) {
            throw new IllegalArgumentException("clientId (API key) must not be blank");
        }
        if (b.redirectUri == null || !b.redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be an absolute URI, was " + b.redirectUri);
        }
        if (b.scopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope is required, e.g. Scope.READ");
        }
        if (b.state == null || b.state.isBlank()) {
            throw new IllegalArgumentException("state must not be blank: it protects the redirect against forgery");
        }
        this.clientId = b.clientId;
        this.redirectUri = b.redirectUri;
        this.scopes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.scopes));
        this.state = b.state;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The client id. */
    public String clientId() {
        return clientId;
    }

    /** The redirect URI. */
    public URI redirectUri() {
        return redirectUri;
    }

    /** The scopes, in order. */
    public Set<Scope> scopes() {
        return scopes;
    }

    /** The state value. */
    public String state() {
        return state;
    }

    /**
     * The URL to send the user's browser to.
     *
     * @param baseUrl AccountView.Net host, e.g. {@code https://www.accountview.net}
     * @return {@code {base}/ams/authorize.aspx?response_type=code&client_id=...&redirect_uri=...&scope=...&state=...}
     */
    public URI toUri(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        List<String> params = new ArrayList<>();
        params.add("response_type=code");
        params.add("client_id=" + enc(clientId));
        params.add("redirect_uri=" + enc(redirectUri.toString()));
        params.add("scope=" + enc(scopes.stream().map(Scope::value).collect(Collectors.joining(" "))));
        params.add("state=" + enc(state));
        return URI.create(base + PATH + "?" + String.join("&", params));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "AuthorizationRequest{clientId=" + clientId + ", redirectUri=" + redirectUri + ", scopes=" + scopes + "}";
    }

    /** Builder for {@link AuthorizationRequest}. */
    public static final class Builder {
        private String clientId;
        private URI redirectUri;
        private final Set<Scope> scopes = new LinkedHashSet<>();
        private String state;

        private Builder() {
        }

        /** The API key. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The registered redirect URI. */
        public Builder redirectUri(URI redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /** Adds scopes. */
        public Builder scopes(Scope... scopes) {
            for (Scope s : scopes) {
                this.scopes.add(Objects.requireNonNull(s, "scope"));
            }
            return this;
        }

        /** The opaque state (e.g. a random value kept in the user's session). */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /** Builds the request; client id, absolute redirect URI, a scope and a state are required. */
        public AuthorizationRequest build() {
            return new AuthorizationRequest(this);
        }
    }
}
