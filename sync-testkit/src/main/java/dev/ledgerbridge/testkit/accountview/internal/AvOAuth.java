package dev.ledgerbridge.testkit.accountview.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * OAuth2 state: single-use authorization codes, expiring access tokens and rotating refresh tokens (a refresh token
 * is invalid once used). Token values come from a seeded {@link Random}, so a run is reproducible. Thread-safe.
 */
public final class AvOAuth {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** A grant's outcome. */
    public record Tokens(String accessToken, String refreshToken, String scope, long expiresInSeconds) {
        /** Hides the token values. */
        @Override
        public String toString() {
            return "Tokens[scope=" + scope + ", expiresIn=" + expiresInSeconds + "s]";
        }
    }

    /** An OAuth error: {@code error} code and HTTP status. */
    public static final class OAuthError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        OAuthError(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }

        /**
         * Returns the HTTP status.
         *
         * @return status
         */
        public int status() {
            return status;
        }

        /**
         * Returns the OAuth error code.
         *
         * @return e.g. invalid_grant
         */
        public String error() {
            return error;
        }
    }

    private record Code(String redirectUri, String scope, Instant expires) {
    }

    private record Grant(String scope, Instant expires) {
    }

    private final Clock clock;
    private final Random random;
    private final String clientId;
    private final String clientSecret;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Grant> accessTokens = new HashMap<>();
    private final Map<String, Grant> refreshTokens = new HashMap<>();

    /**
     * Creates the token store.
     *
     * @param clientId accepted client id (API key)
     * @param clientSecret accepted client secret
     * @param accessLifetime access token lifetime
     * @param refreshLifetime refresh token lifetime
     * @param clock time source
     * @param seed seed for token values
     */
    public AvOAuth(String clientId, String clientSecret, Duration accessLifetime, Duration refreshLifetime,
                   Clock clock, long seed) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
        this.clock = clock;
        this.random = new Random(seed);
    }

    private String token(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(62)));
        }
        return sb.toString();
    }

    /**
     * Issues an authorization code as the consent page would.
     *
     * @param redirectUri the redirect URI it is bound to
     * @param scope granted scopes
     * @return the code
     */
    public synchronized String issueCode(String redirectUri, String scope) {
        String code = token(24);
        codes.put(code, new Code(redirectUri, scope, clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * Checks the client credentials.
     *
     * @param id client id
     * @param secret client secret
     */
    public void authenticateClient(String id, String secret) {
        if (!clientId.equals(id) || !java.security.MessageDigest.isEqual(
                clientSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                secret == null ? new byte[0] : secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new OAuthError(401, "invalid_client", "client authentication failed");
        }
    }

    /**
     * Exchanges an authorization code (single use).
     *
     * @param code the code
     * @param redirectUri must equal the one the code was issued for
     * @return new tokens
     */
    public synchronized Tokens exchangeCode(String code, String redirectUri) {
        Code c = code == null ? null : codes.remove(code);
        if (c == null || clock.instant().isAfter(c.expires())) {
            throw new OAuthError(400, "invalid_grant", "authorization code is invalid, expired or already used");
        }
        if (!c.redirectUri().equals(redirectUri)) {
            throw new OAuthError(400, "invalid_grant", "redirect_uri does not match the authorization request");
        }
        return issue(c.scope());
    }

    /**
     * Rotates a refresh token: the old one becomes invalid, a new pair is returned.
     *
     * @param refreshToken the current refresh token
     * @return new tokens
     */
    public synchronized Tokens refresh(String refreshToken) {
        Grant g = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (g == null || clock.instant().isAfter(g.expires())) {
            throw new OAuthError(400, "invalid_grant", "refresh token is invalid, expired or already used");
        }
        return issue(g.scope());
    }

    /**
     * Issues a token pair directly (what a completed consent plus code exchange yields).
     *
     * @param scope granted scopes
     * @return new tokens
     */
    public synchronized Tokens issue(String scope) {
        String access = token(40);
        String refresh = token(40);
        Instant now = clock.instant();
        accessTokens.put(access, new Grant(scope, now.plus(accessLifetime)));
        refreshTokens.put(refresh, new Grant(scope, now.plus(refreshLifetime)));
        return new Tokens(access, refresh, scope, accessLifetime.toSeconds());
    }

    /**
     * Returns the scope of a valid access token, or null if it is unknown or expired.
     *
     * @param accessToken the bearer token
     * @return the scope or null
     */
    public synchronized String scopeOf(String accessToken) {
        Grant g = accessToken == null ? null : accessTokens.get(accessToken);
        if (g == null) {
            return null;
        }
        if (clock.instant().isAfter(g.expires())) {
            accessTokens.remove(accessToken);
            return null;
        }
        return g.scope();
    }

    /** Expires every access token now; refresh tokens stay valid. */
    public synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    /** Invalidates every refresh token (as when the user revokes the app). */
    public synchronized void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    /**
     * Returns the client id.
     *
     * @return the id
     */
    public String clientId() {
        return clientId;
    }
}
