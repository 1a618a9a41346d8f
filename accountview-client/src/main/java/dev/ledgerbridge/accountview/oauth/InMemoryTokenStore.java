package dev.ledgerbridge.accountview.oauth;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A {@link TokenStore} that keeps tokens in memory only: for tests and short-lived processes. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile TokenSet tokens;

    /** An empty store. */
    public InMemoryTokenStore() {
    }

    /**
     * A store holding initial tokens.
     *
     * @param tokens the initial tokens
     */
    public InMemoryTokenStore(TokenSet tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<TokenSet> load() {
        return Optional.ofNullable(tokens);
    }

    @Override
    public void save(TokenSet tokens) {
        this.tokens = java.util.Objects.requireNonNull(tokens, "tokens");
    }

    /** Runs the action under a plain in-process lock (reentrant). */
    @Override
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore{" + (tokens == null ? "empty" : "holding tokens") + "}";
    }
}
