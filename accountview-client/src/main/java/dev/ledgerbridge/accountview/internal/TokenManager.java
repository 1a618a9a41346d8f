package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.oauth.TokenSet;
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
            if (expiring(t)) {
                LOG.debug("AccountView access token expires at {}; refreshing", t.expiresAt().orElse(null));
                t = refresh(t);
            }
            return t;
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
            LOG.debug("AccountView rejected the access token; refreshing once");
            return refresh(t);
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
            return refresh(loaded());
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

    private boolean expiring(TokenSet t) {
        Instant horizon = config.time().now().plus(config.refreshSkew());
        return t.expiresBy(horizon);
    }

    private TokenSet refresh(TokenSet old) {
        TokenSet fresh = endpoint.refresh(old.refreshToken());
        install(fresh);
        LOG.info("AccountView access token refreshed; expires at {}", fresh.expiresAt().orElse(null));
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
