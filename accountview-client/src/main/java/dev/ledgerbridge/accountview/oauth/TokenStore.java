package dev.ledgerbridge.accountview.oauth;

import java.util.Optional;
import java.util.function.Supplier;

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
     * {@link java.io.UncheckedIOException}) when they could not be stored. A set without refresh token is stored
     * as it is, and {@link #load()} gives it back without one.
     *
     * @param tokens the new tokens
     */
    void save(TokenSet tokens);

    /**
     * Runs {@code action} while holding this store's exclusive lock, so that two clients sharing the store (threads,
     * processes or machines, as far as the store reaches) never load, refresh and save at the same time: a rotated
     * refresh token is used once. The client runs every refresh inside it and re-reads the store first. The default
     * takes no lock (enough for a store used by one client); {@link FileTokenStore} locks the file across processes.
     * Must be reentrant for the calling thread.
     *
     * @param action what to run, typically load, refresh and save
     * @param <T>    the action's result type
     * @return the action's result
     */
    default <T> T locked(Supplier<T> action) {
        return action.get();
    }
}
