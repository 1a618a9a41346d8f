package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.RequestStats;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Both emulators with N AccountView debtors and N sales orders (two lines each, over a catalogue of 200 articles),
 * the typed clients, the two connectors and an engine with in-memory state: the real stack, minus the internet.
 */
final class EmulatorWorld implements AutoCloseable {
    final AccountViewEmulator av;
    final BuchhaltungsButlerEmulator bb;
    final AccountViewClient avClient;
    final CompanyClient avCompany;
    final BuchhaltungsButlerClient bbClient;
    final AccountViewConnector accountView;
    final BuchhaltungsButlerConnector buchhaltungsButler;
    final List<String> debtorNumbers = new ArrayList<>();
    /** AccountView's clock (CNG_DATE) and the connector's watermark clock; moved on between runs. */
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T09:00:00Z"));
    final int n;
    /**
     * True (system property {@code benchmarks.partialUpdates}): the BuchhaltungsButler connector assumes an update
     * keeps the fields it omits, as the emulator does by default; false: the connector's safe default.
     */
    static final boolean PARTIAL_UPDATES = Boolean.getBoolean("benchmarks.partialUpdates");
    private int orders;
    private final SyncEngine engine;

    /**
     * @param n           debtors and sales orders in AccountView
     * @param latency     added to every request by both emulators
     * @param rateLimited true: BuchhaltungsButler's 100 requests/min (emulator and client); false: unlimited
     */
    EmulatorWorld(int n, Duration latency, boolean rateLimited) {
        this.n = n;
        av = AccountViewEmulator.builder().clock(clock).tokenLifetimes(Duration.ofHours(2), Duration.ofDays(30)).start();
        bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(rateLimited ? 100 : 0)
                .personalAccountDigits(6).batchInterval(rateLimited ? Duration.ofSeconds(5) : Duration.ZERO).start();
        for (int p = 0; p < Records.CATALOGUE; p++) {
            av.company().insert("AK1", Map.of("ART_CODE", Records.sku(p), "ART_DESC1", "Artikel " + p,
                    "PX_SELL", 19.90, "QTY_AVAIL", 10 + p % 50));
        }
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = av.company().insert("AR1", Map.of("ACCT_NAME", "Kunde " + i, "SRC_CODE",
                    "K" + i, "MAIL_BUS", Records.email(i), "TEL_BUS", "030 " + (1_000_000 + i), "ADDRESS1",
                    "Hauptstraße " + (1 + i % 200), "POST_CODE", "10115", "CITY", "Berlin", "CNT_CODE", "DE"));
            debtorNumbers.add(String.valueOf(row.get("SUB_NR")));
        }
        addOrders(n);
        avClient = avClient(0);
        avCompany = avClient.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
        bbClient = BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl()).apiClient(bb.apiClient())
                .apiSecret(bb.apiSecret()).apiKey(bb.apiKey())
                .rateLimits(rateLimited ? RateLimitSettings.defaults() : RateLimitSettings.disabled()).build();
        accountView = AccountViewConnector.builder(avCompany).clock(clock).build();
        buchhaltungsButler = BuchhaltungsButlerConnector.builder().client(bbClient)
                .defaultVatPercent(new BigDecimal("19")).debtorUpdateKeepsOmittedFields(PARTIAL_UPDATES).build();
        engine = SyncEngine.builder().settings(Settings.builder().build()).stateStore(new InMemoryStateStore())
                .activityLog(new InMemoryActivityLog()).build();
        av.faults().latency(latency);
        bb.faults().latency(latency);
        resetStats();
    }

    /** A new AccountView client with its own tokens; {@code pageSize} 0 keeps the client's default. */
    AccountViewClient avClient(int pageSize) {
        AccountViewTokens issued = av.issueTokens();
        AccountViewClient.Builder b = AccountViewClient.builder().baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId(), av.clientSecret()))
                .tokenStore(new InMemoryTokenStore(TokenSet.builder().accessToken(issued.accessToken())
                        .refreshToken(issued.refreshToken()).tokenType("Bearer").build()));
        if (pageSize > 0) {
            b.defaultPageSize(pageSize);
        }
        return b.build();
    }

    /** The competent stateless script on this world, reading AccountView 1000 rows per page. */
    Script script() {
        return new Script(avClient(Minimum.AV_PAGE).forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE), bbClient,
                clock);
    }

    /** Adds sales orders; order {@code o} belongs to debtor {@code o % n}. */
    void addOrders(int count) {
        for (int k = 0; k < count; k++, orders++) {
            int o = orders;
            av.company().insertSalesOrder(Map.of("RPL_INV", debtorNumbers.get(o % n), "ORD_DATE",
                            "2026-11-20T10:15:00", "COMMENT1", "Webshop " + o),
                    List.of(Map.of("ART_CODE", Records.sku(o * 2), "ORD_QTY", 1 + o % 3, "ART_PX", 19.90),
                            Map.of("ART_CODE", Records.sku(o * 2 + 1), "ORD_QTY", 1, "ART_PX", 19.90)));
        }
    }

    /** Moves every tenth debtor to a new street (BuchhaltungsButler debtors have a street, but no phone). */
    void changeTenPercent() {
        for (int i = 5; i < n; i += 10) {
            av.company().update("AR1", Map.of("SUB_NR", debtorNumbers.get(i), "ADDRESS1", "Neue Straße " + i));
        }
    }

    /**
     * BuchhaltungsButler holds every AccountView debtor already, with the fields a sync would write (same e-mail,
     * name and address): the target of an onboarding. Written into the emulator directly, no requests counted.
     */
    void seedTargetDebtors() {
        for (int i = 0; i < n; i++) {
            bb.tenant().addDebtor(Map.of("name", "Kunde " + i, "email", Records.email(i), "street", "Hauptstraße "
                    + (1 + i % 200), "zip", "10115", "city", "Berlin", "country", "DE"));
        }
    }

    /** Moves debtor {@code i} to a new street: one changed customer. */
    void changeOne(int i) {
        av.company().update("AR1", Map.of("SUB_NR", debtorNumbers.get(i), "ADDRESS1", "Andere Straße " + i));
    }

    List<SyncFlow> flows() {
        return List.of(SyncFlows.customers(accountView, buchhaltungsButler).name("customers").build(),
                SyncFlows.orders(accountView, buchhaltungsButler).name("orders").productCatalog(accountView).build());
    }

    SyncFlow flow(String name) {
        return flows().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    SyncEngine engine() {
        return engine;
    }

    /** Ten minutes pass (longer than the connector's 5-minute change overlap), as between two scheduled runs. */
    void later() {
        clock.advance(Duration.ofMinutes(10));
    }

    void resetStats() {
        av.stats().reset();
        bb.stats().reset();
    }

    /** Requests since the last reset: AccountView data calls (token grants counted apart), BuchhaltungsButler calls. */
    Counts counts() {
        return new Counts(calls(av.stats(), true), writes(av.stats(), true), calls(bb.stats(), false),
                writes(bb.stats(), false), av.stats().count("POST /token"));
    }

    private static long calls(RequestStats stats, boolean av) {
        return av ? stats.countByPath("GET /accountviewdata") + stats.countByPath("POST /accountviewdata")
                + stats.countByPath("PUT /accountviewdata") + stats.count("GET /companies") : stats.total();
    }

    private static long writes(RequestStats stats, boolean av) {
        if (av) {
            return stats.countByPath("POST /accountviewdata") + stats.countByPath("PUT /accountviewdata");
        }
        return stats.snapshot().entrySet().stream().filter(e -> e.getKey().matches(".*/(add|add-batch|update|create)"
                + "(/.*)?")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Requests per system. */
    record Counts(long avCalls, long avWrites, long bbCalls, long bbWrites, long tokenGrants) {
        long total() {
            return avCalls + bbCalls + tokenGrants;
        }

        long writes() {
            return avWrites + bbWrites;
        }
    }

    @Override
    public void close() {
        av.close();
        bb.close();
    }
}
