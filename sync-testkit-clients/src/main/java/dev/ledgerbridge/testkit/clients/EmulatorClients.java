package dev.ledgerbridge.testkit.clients;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.time.Duration;

/**
 * The typed clients, connected to running emulators in one line:
 *
 * <pre>{@code
 * try (var bb = BuchhaltungsButlerEmulator.start(); var av = AccountViewEmulator.start()) {
 *     BuchhaltungsButlerClient bbClient = EmulatorClients.buchhaltungsButler(bb);
 *     CompanyClient avClient = EmulatorClients.accountViewCompany(av);
 *     // or start from a pre-filled builder to change more:
 *     // EmulatorClients.buchhaltungsButlerBuilder(bb).timeSource(time).retryPolicy(retries).build()
 * }
 * }</pre>
 *
 * <p>The emulators ({@code sync-testkit}) deliberately know nothing of the clients, so that a serialization bug in a
 * client cannot cancel out against them; this class, in its own module, is the only place that knows both. The
 * methods read the emulator's public connection facts (base URL, credentials, company) and send no request, except
 * {@link #accountViewCompany(AccountViewEmulator)}, which looks the company up by code as production code does.
 * Stateless and thread-safe.
 */
public final class EmulatorClients {

    /** The client accepts no zero batch interval; this stands for "none". */
    private static final Duration SHORTEST_BATCH_INTERVAL = Duration.ofMillis(1);

    private EmulatorClients() {
    }

    /**
     * Returns a BuchhaltungsButler client builder for the emulator: {@code baseUrl}, {@code apiClient},
     * {@code apiSecret} and {@code apiKey} (of its first tenant) set, and client-side rate limits matching the
     * emulator's: off when the emulator has none ({@code requestsPerMinute(0)}; switch its batch rule off too with
     * {@code batchInterval(Duration.ZERO)}, or a second batch call within 5 s is refused and repeated after the
     * client's {@code throttleDelay}), otherwise its requests per minute and batch interval. Everything else keeps
     * the client's defaults.
     *
     * @param emulator a running emulator
     * @return a builder ready to {@code build()}
     */
    public static BuchhaltungsButlerClient.Builder buchhaltungsButlerBuilder(BuchhaltungsButlerEmulator emulator) {
        return BuchhaltungsButlerClient.builder()
                .baseUrl(emulator.baseUrl())
                .apiClient(emulator.apiClient())
                .apiSecret(emulator.apiSecret())
                .apiKey(emulator.apiKey())
                .rateLimits(rateLimitsOf(emulator));
    }

    /**
     * Returns a BuchhaltungsButler client for the emulator's first tenant, as
     * {@link #buchhaltungsButlerBuilder(BuchhaltungsButlerEmulator)} configures it.
     *
     * @param emulator a running emulator
     * @return the client
     */
    public static BuchhaltungsButlerClient buchhaltungsButler(BuchhaltungsButlerEmulator emulator) {
        return buchhaltungsButlerBuilder(emulator).build();
    }

    /**
     * Returns an AccountView client builder for the emulator: {@code baseUrl} (the emulator's
     * {@link AccountViewEmulator#baseUrl()}), its client credentials, and an {@link InMemoryTokenStore} holding a
     * token pair the emulator issued with read and update scope, as after the user's consent (no token request is
     * sent; the client refreshes when the emulator expires the access token). Everything else keeps the client's
     * defaults.
     *
     * @param emulator a running emulator
     * @return a builder ready to {@code build()}
     */
    public static AccountViewClient.Builder accountViewBuilder(AccountViewEmulator emulator) {
        AccountViewTokens issued = emulator.issueTokens();
        TokenSet tokens = TokenSet.builder().accessToken(issued.accessToken()).refreshToken(issued.refreshToken())
                .tokenType("Bearer").scope(issued.scope()).build();
        return AccountViewClient.builder()
                .baseUrl(emulator.baseUrl())
                .credentials(OAuthCredentials.of(emulator.clientId(), emulator.clientSecret()))
                .tokenStore(new InMemoryTokenStore(tokens));
    }

    /**
     * Returns an authorised AccountView client for the emulator, as
     * {@link #accountViewBuilder(AccountViewEmulator)} configures it.
     *
     * @param emulator a running emulator
     * @return the client
     */
    public static AccountViewClient accountView(AccountViewEmulator emulator) {
        return accountViewBuilder(emulator).build();
    }

    /**
     * Returns an authorised AccountView client bound to the emulator's first company
     * ({@link AccountViewEmulator#DEFAULT_COMPANY_CODE} unless the emulator was built with others), looked up by
     * its code with one {@code GET /companies} request.
     *
     * @param emulator a running emulator
     * @return the company client
     */
    public static CompanyClient accountViewCompany(AccountViewEmulator emulator) {
        return accountView(emulator).forCompany(emulator.company().code());
    }

    private static RateLimitSettings rateLimitsOf(BuchhaltungsButlerEmulator emulator) {
        if (emulator.requestsPerMinute() == 0) {
            return RateLimitSettings.disabled();
        }
        Duration batch = emulator.batchInterval();
        return RateLimitSettings.builder().requestsPerMinute(emulator.requestsPerMinute())
                .batchInterval(batch.isZero() ? SHORTEST_BATCH_INTERVAL : batch).build();
    }
}
