package dev.ledgerbridge.testkit.accountview;

/**
 * A token pair issued by the {@link AccountViewEmulator}, as the token endpoint would return it.
 * {@link #toString()} never shows the token values.
 *
 * @param accessToken bearer token for data calls
 * @param refreshToken single-use refresh token
 * @param scope granted scopes, space-separated
 * @param expiresInSeconds access token lifetime
 */
public record AccountViewTokens(String accessToken, String refreshToken, String scope, long expiresInSeconds) {

    /** Shows scope and lifetime only; the tokens are secrets. */
    @Override
    public String toString() {
        return "AccountViewTokens[scope=" + scope + ", expiresInSeconds=" + expiresInSeconds + "]";
    }
}
