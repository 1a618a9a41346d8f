package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.BuchhaltungsButlerConfig;
import dev.ledgerbridge.config.Secret;

/** Builds the two clients from their configuration parts (no network: clients connect on first call). */
public final class Clients {
    private Clients() {
    }

    /**
     * The BuchhaltungsButler client.
     *
     * @param bb a validated part with all three credentials
     * @return the client
     */
    public static BuchhaltungsButlerClient buchhaltungsButler(BuchhaltungsButlerConfig bb) {
        return BuchhaltungsButlerClient.builder()
                .baseUrl(bb.baseUrl())
                .apiClient(bb.apiClient().map(Secret::reveal).orElseThrow())
                .apiSecret(bb.apiSecret().map(Secret::reveal).orElseThrow())
                .apiKey(bb.apiKey().map(Secret::reveal).orElseThrow())
                .rateLimits(bb.rateLimits())
                .timeouts(bb.timeouts())
                .build();
    }

    /**
     * The AccountView client (not yet bound to a company).
     *
     * @param av     a validated part with client id and secret
     * @param tokens where the tokens are kept
     * @return the client
     */
    public static AccountViewClient accountView(AccountViewConfig av, TokenStore tokens) {
        return AccountViewClient.builder()
                .baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId().orElseThrow(),
                        av.clientSecret().map(Secret::reveal).orElseThrow()))
                .tokenStore(tokens)
                .timeouts(av.timeouts())
                .build();
    }
}
