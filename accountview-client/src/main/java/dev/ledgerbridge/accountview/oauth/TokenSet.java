package dev.ledgerbridge.accountview.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of one AccountView.Net authorisation: the access token, the refresh token when the server issued one,
 * and the access token's expiry when the server said it ({@code expires_in}). Immutable; build with
 * {@link #builder()}. {@link #toString()} never shows the tokens.
 *
 * <p>Without a refresh token the set is good until the access token expires or is rejected; the client then fails
 * with an {@code AuthenticationException} saying that the user has to authorise the application again.
 */
public final class TokenSet {
    private final String accessToken;
    private final String refreshToken;
    private final String tokenType;
    private final String scope;
    private final Instant expiresAt;

    private TokenSet(Builder b) {
        if (b.accessToken == null) {
            throw new IllegalStateException("TokenSet needs accessToken(String); it was not called");
        }
        this.accessToken = b.accessToken;
        this.refreshToken = b.refreshToken;
        this.tokenType = b.tokenType;
        this.scope = b.scope;
        this.expiresAt = b.expiresAt;
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this set's values, e.g. to replace the access token after a refresh. */
    public Builder toBuilder() {
        return new Builder().accessToken(accessToken).refreshToken(refreshToken).tokenType(tokenType).scope(scope)
                .expiresAt(expiresAt);
    }

    /** The access token (a secret). */
    public String accessToken() {
        return accessToken;
    }

    /**
     * The refresh token (a secret; it rotates on every refresh).
     *
     * @return the refresh token, empty when the server issued none
     */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
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
        return o instanceof TokenSet t && t.accessToken.equals(accessToken) && Objects.equals(t.refreshToken, refreshToken)
                && t.tokenType.equals(tokenType) && Objects.equals(t.scope, scope) && Objects.equals(t.expiresAt, expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, tokenType, scope, expiresAt);
    }

    /** Type, scope, expiry and whether there is a refresh token; tokens are never printed. */
    @Override
    public String toString() {
        return "TokenSet{type=" + tokenType + ", scope=" + scope + ", expiresAt=" + expiresAt
                + ", accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***") + "}";
    }

    /** Builder for {@link TokenSet}; only the access token is required. Not thread-safe. */
    public static final class Builder {
        private String accessToken;
        private String refreshToken;
        private String tokenType = "Bearer";
        private String scope;
        private Instant expiresAt;

        private Builder() {
        }

        /**
         * The access token; required.
         *
         * @throws IllegalArgumentException when null or blank (the value, a secret, is not shown)
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = requireText(accessToken, "accessToken");
            return this;
        }

        /**
         * The refresh token; null (default) when the server issued none.
         *
         * @throws IllegalArgumentException when blank (the value, a secret, is not shown)
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken == null ? null : requireText(refreshToken, "refreshToken");
            return this;
        }

        /**
         * Authorization scheme; {@code Bearer} when null or blank, and for {@code bearer} in any case (servers send
         * it in any case; the scheme is conventionally written {@code Bearer}).
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType == null || tokenType.isBlank() || tokenType.strip().equalsIgnoreCase("bearer")
                    ? "Bearer" : tokenType.strip();
            return this;
        }

        /** Granted scopes; null when unknown. */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** Expiry of the access token; null when unknown. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Builds the token set.
         *
         * @throws IllegalStateException when {@link #accessToken(String)} was not called
         */
        public TokenSet build() {
            return new TokenSet(this);
        }

        private static String requireText(String value, String setting) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(setting + " must not be " + (value == null ? "null" : "blank"));
            }
            return value;
        }
    }
}
