package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.BuchhaltungsButlerConfig;
import dev.ledgerbridge.config.Secret;
import dev.ledgerbridge.transport.ClientObserver;

/** Builds the two clients from their configuration parts (no network: clients connect on first call). */
public final class Clients {
    private Clients() {
    }

    /**
     * The BuchhaltungsButler client.
     *
     * @param bb       a validated part with all three credentials
     * @param observer sees every call (rate-limit waits for progress output, metrics)
     * @return the client
     */
    public static BuchhaltungsButlerClient buchhaltungsButler(BuchhaltungsButlerConfig bb, ClientObserver observer) {
        return BuchhaltungsButlerClient.builder()
                .baseUrl(bb.baseUrl())
                .apiClient(bb.apiClient().map(Secret::reveal).orElseThrow())
                .apiSecret(bb.apiSecret().map(Secret::reveal).orElseThrow())
                .apiKey(bb.apiKey().map(Secret::reveal).orElseThrow())
                .rateLimits(bb.rateLimits())
                .timeouts(bb.timeouts())
                .observer(observer)
                .build();
    }

    /**
     * The AccountView client (not yet bound to a company).
     *
     * @param av       a validated part with client id and secret
     * @param tokens   where the tokens are kept
     * @param observer sees every call
     * @return the client
     */
    public static AccountViewClient accountView(AccountViewConfig av, TokenStore tokens, ClientObserver observer) {
        return AccountViewClient.builder()
                .baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId().orElseThrow(),
                        av.clientSecret().map(Secret::reveal).orElseThrow()))
                .tokenStore(tokens)
                .timeouts(av.timeouts())
                .observer(observer)
                .build();
    }
}
