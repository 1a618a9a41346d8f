package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.testkit.RequestStats;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.demo.DemoDataSet;
import dev.ledgerbridge.testkit.demo.DemoEmulators;
import java.math.BigDecimal;
import java.net.URI;

/**
 * Both emulators on loopback ports, with typed clients and connectors on them. BuchhaltungsButler's rate limit
 * (100 requests per minute per api_key, one batch call per 5 s) is switched off in the emulator and in the client
 * so that a demo of several thousand calls takes seconds; against a real account the client keeps to the limit.
 */
public final class EmulatorSession implements AutoCloseable {

    /** What the demo says about rate limits. */
    public static final String RATE_LIMIT_NOTE = "BuchhaltungsButler's rate limit (100 requests/min per api_key, "
            + "one batch call per 5 s) is switched off in this demo's emulator and client; against a real account "
            + "the client keeps to it.";

    private final BuchhaltungsButlerEmulator bbEmulator;
    private final AccountViewEmulator avEmulator;
    private final BuchhaltungsButlerClient bbClient;
    private final CompanyClient avClient;

    private EmulatorSession(BuchhaltungsButlerEmulator bbEmulator, AccountViewEmulator avEmulator) {
        this.bbEmulator = bbEmulator;
        this.avEmulator = avEmulator;
        this.bbClient = BuchhaltungsButlerClient.builder()
                .baseUrl(bbEmulator.baseUrl())
                .apiClient(bbEmulator.apiClient())
                .apiSecret(bbEmulator.apiSecret())
                .apiKey(bbEmulator.apiKey())
                .rateLimits(RateLimitSettings.disabled())
                .build();
        AccountViewClient av = AccountViewClient.builder()
                .baseUrl(avEmulator.baseUrl())
                .credentials(OAuthCredentials.of(avEmulator.clientId(), avEmulator.clientSecret()))
                .tokenStore(new InMemoryTokenStore())
                .build();
        // the consent step: a person would open av.authorizationUri(...) and paste the code from the redirect
        av.exchangeCode(avEmulator.issueAuthorizationCode(), URI.create(avEmulator.redirectUri()));
        this.avClient = av.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
    }

    /**
     * Starts both emulators (rate limits off) and authorizes the clients.
     *
     * @return the session
     */
    public static EmulatorSession start() {
        DemoEmulators emulators = DemoEmulators.start();
        try {
            return new EmulatorSession(emulators.buchhaltungsButler(), emulators.accountView());
        } catch (RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    /**
     * Seeds both emulators with the data set (through the emulators' seeding API: no requests are counted).
     *
     * @param data the data set
     */
    public void seed(DemoDataSet data) {
        new DemoEmulators(bbEmulator, avEmulator).seed(data);
        resetStats();
    }

    /**
     * A BuchhaltungsButler connector on the emulator.
     *
     * @return the connector
     */
    public BuchhaltungsButlerConnector buchhaltungsButlerConnector() {
        return BuchhaltungsButlerConnector.builder().client(bbClient).defaultVatPercent(new BigDecimal("19")).build();
    }

    /**
     * An AccountView connector on the emulator's company.
     *
     * @return the connector
     */
    public AccountViewConnector accountViewConnector() {
        return AccountViewConnector.builder(avClient).build();
    }

    /**
     * The BuchhaltungsButler emulator.
     *
     * @return it
     */
    public BuchhaltungsButlerEmulator buchhaltungsButler() {
        return bbEmulator;
    }

    /**
     * The AccountView emulator.
     *
     * @return it
     */
    public AccountViewEmulator accountView() {
        return avEmulator;
    }

    /**
     * The typed BuchhaltungsButler client on the emulator.
     *
     * @return it
     */
    public BuchhaltungsButlerClient buchhaltungsButlerClient() {
        return bbClient;
    }

    /**
     * The typed AccountView client bound to the emulator's company.
     *
     * @return it
     */
    public CompanyClient accountViewClient() {
        return avClient;
    }

    /** Sets both emulators' request counters to zero. */
    public void resetStats() {
        bbEmulator.stats().reset();
        avEmulator.stats().reset();
    }

    /**
     * The requests each emulator received since the last {@link #resetStats()}.
     *
     * @return AccountView's and BuchhaltungsButler's calls
     */
    public java.util.List<ApiCalls> apiCalls() {
        return java.util.List.of(calls("AccountView", avEmulator.stats()), calls("BuchhaltungsButler",
                bbEmulator.stats()));
    }

    private static ApiCalls calls(String system, RequestStats stats) {
        return new ApiCalls(system, stats.total(), stats.snapshot());
    }

    @Override
    public void close() {
        bbEmulator.close();
        avEmulator.close();
    }
}
