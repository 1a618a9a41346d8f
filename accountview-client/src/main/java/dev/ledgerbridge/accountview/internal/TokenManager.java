package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.error.AuthenticationException;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a valid access token: refreshes shortly before expiry (the configured skew) and once after the
 * server rejected a token. Refreshes are serialised: concurrent callers wait for one refresh and share its
 * result. A new token set is saved to the store before anyone uses it; if saving fails the set is kept in
 * memory, the failure is thrown, and saving is tried again before the next use, so a rotated refresh token is
 * never dropped.
 *
 * <p>Other clients (threads, processes) may share the store and rotate the refresh token. So every refresh runs
 * inside {@link TokenStore#locked} and re-reads the store first: tokens someone else stored are used instead of
 * refreshing with a refresh token they already used up. A refresh refused with {@code invalid_grant} re-reads the
 * store once more before giving up (for stores that cannot lock across processes).
 */
public final class TokenManager {
    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final ClientConfig config;
    private final TokenEndpoint endpoint;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile TokenSet current;
    private volatile boolean unsaved;

    public TokenManager(ClientConfig config, TokenEndpoint endpoint) {
        this.config = config;
        this.endpoint = endpoint;
    }

    /** A token set whose access token is not about to expire. */
    public TokenSet validTokens() {
        TokenSet t = current;
        if (t != null && !unsaved && !expiring(t)) {
            return t;
        }
        lock.lock();
        try {
            t = loaded();
            if (unsaved) {
                persist(t);
            }
            if (!expiring(t)) {
                return t;
            }
            return store().locked(() -> {
                TokenSet latest = reread();
                if (!expiring(latest)) {
                    return latest;
                }
                LOG.debug("AccountView access token expires at {}; refreshing", latest.expiresAt().orElse(null));
                return refresh(latest, "expiring");
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called after the server rejected {@code rejected}: refreshes, unless another thread already did since.
     */
    public TokenSet afterRejection(TokenSet rejected) {
        lock.lock();
        try {
            TokenSet t = loaded();
            if (unsaved) {
                persist(t);
            }
            if (!t.accessToken().equals(rejected.accessToken())) {
                return t;
            }
            return store().locked(() -> {
                TokenSet latest = reread();
                if (!latest.accessToken().equals(rejected.accessToken())) {
                    return latest;
                }
                LOG.debug("AccountView rejected the access token; refreshing once");
                return refresh(latest, "rejected");
            });
        } finally {
            lock.unlock();
        }
    }

    /** Exchanges an authorization code and stores the tokens. */
    public TokenSet exchange(String code, String redirectUri) {
        lock.lock();
        try {
            TokenSet t = endpoint.exchange(code, redirectUri);
            install(t);
            LOG.info("AccountView authorization code exchanged; access token expires at {}", t.expiresAt().orElse(null));
            return t;
        } finally {
            lock.unlock();
        }
    }

    /** Refreshes now, whatever the expiry. */
    public TokenSet forceRefresh() {
        lock.lock();
        try {
            loaded();
            return store().locked(() -> refresh(reread(), "forced"));
        } finally {
            lock.unlock();
        }
    }

    private TokenSet loaded() {
        TokenSet t = current;
        if (t == null) {
            t = config.tokenStore().load().orElseThrow(() -> new AuthenticationException(
                    "No AccountView.Net tokens in " + config.tokenStore()
                            + ": let the user authorise the application and exchange the code first",
                    null, 0, null, null));
            current = t;
        }
        return t;
    }

    private TokenStore store() {
        return config.tokenStore();
    }

    /** Our tokens, or the store's when they differ: another client refreshed and stored newer ones. */
    private TokenSet reread() {
        TokenSet mine = current;
        if (unsaved) {
            persist(mine); // ours are the newest; the store must have them before anyone else reads it
            return mine;
        }
        TokenSet stored = store().load().orElse(null);
        if (stored != null && !sameTokens(stored, mine)) {
            LOG.debug("AccountView tokens were refreshed by another client; using the stored ones");
            current = stored;
            return stored;
        }
        return mine;
    }

    private static boolean sameTokens(TokenSet a, TokenSet b) {
        return a.accessToken().equals(b.accessToken()) && a.refreshToken().equals(b.refreshToken());
    }

    private boolean expiring(TokenSet t) {
        Instant horizon = config.time().now().plus(config.refreshSkew());
        return t.expiresBy(horizon);
    }

    /** The refresh token, or the failure that says the user has to authorise again. */
    private static String refreshTokenOf(TokenSet tokens) {
        return tokens.refreshToken().orElseThrow(() -> new AuthenticationException(
                "The AccountView.Net access token has expired or was rejected, and there is no refresh token to renew "
                        + "it: let the user authorise the application again (authorizationUri, then exchangeCode)",
                null, 0, null, null));
    }

    /** Refreshes and tells the client's observer how it went; {@code trigger} says why (see ClientObserver). */
    private TokenSet refresh(TokenSet old, String trigger) {
        ClientObserver.Step step = config.observer().tokenRefreshStarted(AccountViewClient.SYSTEM, trigger);
        TokenSet fresh;
        try {
            fresh = refresh(old);
        } catch (RuntimeException e) {
            step.failed(e);
            throw e;
        }
        step.ended();
        return fresh;
    }

    private TokenSet refresh(TokenSet old) {
        TokenSet fresh;
        try {
            fresh = endpoint.refresh(refreshTokenOf(old));
        } catch (AuthenticationException refused) {
            TokenSet stored = reread(); // a client without a shared lock may have rotated it just now
            if (sameTokens(stored, old)) {
                throw refused;
            }
            LOG.info("AccountView refresh token was rotated by another client; using the stored tokens");
            return expiring(stored) ? refreshWithoutFallback(stored) : stored;
        }
        install(fresh);
        LOG.info("AccountView access token refreshed; expires at {}", fresh.expiresAt().orElse(null));
        return fresh;
    }

    private TokenSet refreshWithoutFallback(TokenSet old) {
        TokenSet fresh = endpoint.refresh(refreshTokenOf(old));
        install(fresh);
        return fresh;
    }

    private void install(TokenSet fresh) {
        unsaved = true; // before publishing: the fast path must not use tokens that are not yet stored
        current = fresh;
        persist(fresh);
    }

    private void persist(TokenSet t) {
        config.tokenStore().save(t);
        unsaved = false;
    }
}
