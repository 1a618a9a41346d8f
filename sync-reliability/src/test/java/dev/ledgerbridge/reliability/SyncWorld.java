package dev.ledgerbridge.reliability;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.LoggingPolicy;
import dev.ledgerbridge.transport.ManualTimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * AccountView (emulator, through its client and connector) as the source of customers and sales orders, and
 * BuchhaltungsButler (emulator, through its client and connector) as the target: the customer and order flows the
 * SDK ships, with in-memory state. The seeded data and the expected target content are known exactly.
 */
final class SyncWorld implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    final AccountViewEmulator av;
    final BuchhaltungsButlerEmulator bb;
    final ManualTimeSource time = new ManualTimeSource(START);
    final InMemoryStateStore state = new InMemoryStateStore();
    final InMemoryActivityLog activity = new InMemoryActivityLog();
    final AccountViewConnector accountView;
    final BuchhaltungsButlerConnector buchhaltungsButler;
    final InMemoryTokenStore tokens;
    final int customers;
    final int orders;

    SyncWorld(int customers, int orders, LoggingPolicy logging) {
        this.customers = customers;
        this.orders = orders;
        av = AccountViewEmulator.builder().tokenLifetimes(Duration.ofHours(1), Duration.ofDays(30)).start();
        bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
        seed();
        tokens = Clients.issuedTokens(av);
        CompanyClient company = Clients.av(av, time, logging, tokens).forCompany(
                AccountViewEmulator.DEFAULT_COMPANY_CODE);
        accountView = AccountViewConnector.builder(company).build();
        BuchhaltungsButlerClient client = BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl())
                .apiClient(bb.apiClient()).apiSecret(bb.apiSecret()).apiKey(bb.apiKey()).timeSource(time)
                .retryPolicy(Clients.retries()).loggingPolicy(logging).requestTimeout(Clients.REQUEST_TIMEOUT)
                .timeouts(dev.ledgerbridge.transport.Timeouts.of(Duration.ofSeconds(2), Clients.REQUEST_TIMEOUT))
                .rateLimits(RateLimitSettings.builder().requestsPerMinute(100_000)
                        .batchInterval(Duration.ofMillis(1)).build())
                .build();
        buchhaltungsButler = BuchhaltungsButlerConnector.builder().client(client)
                .defaultVatPercent(new java.math.BigDecimal("19")).build(); // AccountView order lines carry no VAT rate
        av.stats().reset();
        bb.stats().reset();
    }

    static String email(int i) {
        return "kunde" + i + "@example.de";
    }

    static String name(int i) {
        return "Kunde " + i + " GmbH";
    }

    static String phone(int i) {
        return "+49 30 " + (5_550_000 + i);
    }

    private void seed() {
        for (int p = 0; p < 5; p++) {
            av.company().insert("AK1", Map.of("ART_CODE", "100" + p, "ART_DESC1", "Artikel " + p, "PX_SELL", 10 + p));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            Map<String, Object> row = av.company().insert("AR1", Map.of("ACCT_NAME", name(i), "SRC_CODE", "K" + i,
                    "MAIL_BUS", email(i), "TEL_BUS", phone(i), "MAIN_CONT", "Person " + i, "ADDRESS1", "Hauptstraße " + i,
                    "POST_CODE", "10115", "CITY", "Berlin", "CNT_CODE", "DE"));
            numbers.add(String.valueOf(row.get("SUB_NR")));
        }
        for (int o = 0; o < orders; o++) {
            av.company().insertSalesOrder(Map.of("RPL_INV", numbers.get(o % customers), "ORD_DATE",
                            "2026-11-20T10:15:00", "COMMENT1", "Webshop " + o),
                    List.of(Map.of("ART_CODE", "100" + (o % 5), "ORD_QTY", 1 + o % 3, "ART_PX", 10 + o % 5),
                            Map.of("ART_CODE", "100" + ((o + 1) % 5), "ORD_QTY", 1, "ART_PX", 11)));
        }
    }

    List<SyncFlow> flows() {
        return List.of(SyncFlows.customers(accountView, buchhaltungsButler).name("customers").build(),
                SyncFlows.orders(accountView, buchhaltungsButler).name("orders").productCatalog(accountView).build());
    }

    SyncEngine engine(SyncListener listener, boolean redact) {
        return SyncEngine.builder().settings(Settings.builder().timeSource(time).redactPersonalData(redact).build())
                .stateStore(state).activityLog(activity).listener(listener).build();
    }

    /** The e-mails of BuchhaltungsButler's debtors, in a sorted multiset-as-list (duplicates stay visible). */
    List<String> targetEmails() {
        return bb.tenant().debtors().stream().map(d -> String.valueOf(d.get("email"))).sorted().toList();
    }

    List<String> expectedEmails() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            list.add(email(i));
        }
        return list.stream().sorted().toList();
    }

    /** Invoice numbers of the invoices created in BuchhaltungsButler (duplicates stay visible). */
    List<String> targetInvoiceNumbers() {
        return bb.tenant().invoices().stream().map(i -> String.valueOf(i.get("invoicenumber"))).sorted().toList();
    }

    /** The sales order numbers in AccountView in AccountView's namespace ({@code AV-}), as the invoice numbers. */
    List<String> expectedInvoiceNumbers() {
        return new ArrayList<>(new TreeSet<>(av.company().rows("SO_HDR").stream()
                .map(r -> "AV-" + String.valueOf(r.get("ORD_NR")).trim()).toList()));
    }

    @Override
    public void close() {
        av.close();
        bb.close();
    }
}
