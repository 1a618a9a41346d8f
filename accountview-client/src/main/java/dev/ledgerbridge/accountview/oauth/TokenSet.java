package dev.ledgerbridge.accountview.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Access and refresh token of one AccountView.Net authorisation, with the access token's expiry when the server
 * said it ({@code expires_in}). Immutable. {@link #toString()} never shows the tokens.
 */
public final class TokenSet {
    private final String accessToken;
    private final String refreshToken;
    private final String tokenType;
    private final String scope;
    private final Instant expiresAt;

    private TokenSet(Builder b) {
        this.accessToken = requireText(b.accessToken, "accessToken");
        this.refreshToken = requireText(b.refreshToken, "refreshToken");
        // servers send "bearer" in any case; the Authorization scheme is conventionally "Bearer"
        this.tokenType = b.tokenType == null || b.tokenType.isBlank() || b.tokenType.equalsIgnoreCase("bearer")
                ? "Bearer" : b.tokenType.strip();
        this.scope = b.scope;
        this.expiresAt = b.expiresAt;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The access token (a secret). */
    public String accessToken() {
        return accessToken;
    }

    /** The refresh token (a secret; rotates on every refresh). */
    public String refreshToken() {
        return refreshToken;
    }

    /** Authorization scheme, {@code Bearer} unless the server said otherwise. */
    public String tokenType() {
        return tokenType;
    }

    /** Granted scopes as sent by the server, when sent. */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /** When the access token expires, when known. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether the access token expires at or before {@code instant}; false when the expiry is unknown. */
    public boolean expiresBy(Instant instant) {
        return expiresAt != null && !expiresAt.isAfter(instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSet t && t.accessToken.equals(accessToken) && t.refreshToken.equals(refreshToken)
                && t.tokenType.equals(tokenType) && Objects.equals(t.scope, scope)
                && Objects.equals(t.expiresAt, expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, tokenType, scope, expiresAt);
    }

    /** Type, scope and expiry only; tokens are never printed. */
    @Override
    public String toString() {
        return "TokenSet{type=" + tokenType + ", scope=" + scope + ", expiresAt=" + expiresAt
                + ", accessToken=***, refreshToken=***}";
    }

    /** Builder for {@link TokenSet}. */
    public static final class Builder {
        private String accessToken;
        private String refreshToken;
        private String tokenType;
        private String scope;
        private Instant expiresAt;

        private Builder() {
        }

        /** The access token; required. */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** The refresh token; required. */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** Token type; defaults to {@code Bearer}. */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /** Granted scopes. */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** Expiry of the access token; null when unknown. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Builds the token set; both tokens are required. */
        public TokenSet build() {
            return new TokenSet(this);
        }
    }
}
