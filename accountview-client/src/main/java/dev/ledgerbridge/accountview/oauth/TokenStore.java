package dev.ledgerbridge.accountview.oauth;

import java.util.Optional;

/**
 * Where the tokens of one AccountView.Net authorisation live between runs. Refresh tokens rotate: the client
 * calls {@link #save(TokenSet)} with the new tokens right after every refresh and before it uses the new access
 * token, so a process that dies after a refresh still finds the valid refresh token on restart. Implementations
 * must be thread-safe and must make {@code save} durable before returning.
 */
public interface TokenStore {
    /**
     * The stored tokens, if any.
     *
     * @return the tokens, or empty before the first authorisation
     */
    Optional<TokenSet> load();

    /**
     * Replaces the stored tokens. Must not return before the tokens are durable; must throw (for example
     * {@link java.io.UncheckedIOException}) when they could not be stored.
     *
     * @param tokens the new tokens
     */
    void save(TokenSet tokens);
}
