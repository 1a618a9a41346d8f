package dev.ledgerbridge.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.SalesOrderLine;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.InvoiceItem;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sync-testkit/README.md and sync-testkit-clients/README.md, run against the emulators. */
class TestkitSnippets {

    @Test
    void seedPointInspect() {
        // readme:start tour
        try (var bb = BuchhaltungsButlerEmulator.start();
             var av = AccountViewEmulator.start()) {
            // seed (same validation as the API, no requests counted); typed helpers for the common records ...
            String bbDebtor = bb.tenant().addDebtor("Musterkunde GmbH", "rechnung@example.invalid");   // name, email
            bb.tenant().addInvoice("RE-2026-1", "Musterkunde GmbH", LocalDate.of(2026, 11, 20),
                    InvoiceItem.of("Beratung", 2, "119.00", 19));            // gross prices, unit "Stk."
            String avDebtor = av.company().addDebtor("Jansen B.V.", "info@jansen.example");  // SUB_NR assigned, e.g. 10001
            av.company().addArticle("ART-1001", "Schroef 4x40", new BigDecimal("0.25"), 120);
            String order = av.company().addSalesOrder(avDebtor, LocalDate.of(2026, 11, 20),
                    SalesOrderLine.of("ART-1001", 10, "0.25"));               // ORD_NR
            // ... and wire field names for everything else (write names in, read names out)
            av.company().insert("AG1", Map.of("AG_CODE", "SCHR", "AG_DESC", "Schroeven"));

            // point the clients at the emulators: one line each with sync-testkit-clients (see below) ...
            BuchhaltungsButlerClient bbClient = EmulatorClients.buchhaltungsButler(bb);
            CompanyClient avClient = EmulatorClients.accountViewCompany(av);
            // ... or by hand: the default credentials need no setup
            String bbUrl = bb.baseUrl();              // http://127.0.0.1:<port>/api/v1, BuchhaltungsButlerClient's baseUrl
            // Basic auth BuchhaltungsButlerEmulator.DEFAULT_API_CLIENT / DEFAULT_API_SECRET, api_key DEFAULT_API_KEY
            String avUrl = av.baseUrl();              // http://127.0.0.1:<port>, what AccountViewClient.builder().baseUrl takes
            // (av.webApiUrl() = baseUrl() + "/api/v3" is for raw HTTP calls only)
            String code = av.issueAuthorizationCode(); // consent step done; or av.issueTokens() for a ready token pair
            String company = av.company().id();       // X-Company header value

            // ... run the flow under test ...

            // inspect state and traffic
            List<Map<String, Object>> debtors = bb.tenant().debtors();      // /settings/get/debtors rows
            List<Map<String, Object>> orders = av.company().rows("SO_HDR");
            long creates = bb.requestCount("POST /settings/add/debtor");
            long orderPosts = av.requestCount("POST /accountviewdata SO1");
            long allAvWrites = av.stats().countByPath("POST /accountviewdata"); // every business object
        // readme:end tour
            assertEquals(List.of(bbDebtor), debtors.stream().map(d -> String.valueOf(d.get("postingaccount_number")))
                    .toList());
            assertEquals(1, orders.size());
            assertEquals(order, String.valueOf(orders.get(0).get("ORD_NR")));
            assertEquals(0, creates + orderPosts + allAvWrites);   // seeding sends no requests
            System.out.println(List.of(bbClient, avClient, bbUrl, avUrl, code, company));
        // readme:start tour
        }
        // readme:end tour
    }

    @Test
    void manualClock() {
        // readme:start manual-clock
        var clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
        var bb = BuchhaltungsButlerEmulator.builder().clock(clock).requestsPerMinute(100).start();
        clock.advance(Duration.ofSeconds(5));
        // readme:end manual-clock
        assertEquals(Instant.parse("2026-11-28T10:00:05Z"), clock.instant());
        bb.close();
    }

    @Test
    void faults() {
        try (var bb = BuchhaltungsButlerEmulator.start(); var av = AccountViewEmulator.start()) {
            // readme:start faults
            bb.faults()
              .seed(7)                                                   // same seed + same request order = same faults
              .latency(Duration.ofMillis(50), Duration.ofMillis(400))    // random latency on every request
              .failRate("POST /invoices/create", Fault.SERVER_ERROR, 0.1) // 500, code 0, in BB's envelope
              .failNext("POST /settings/add/debtor", Fault.TIMEOUT, 1)    // held back 30 s (timeoutDelay), then processed
              .failNext("*", Fault.CONNECTION_RESET, 1);                  // connection closed, no response bytes
            av.faults().failRate("GET /accountviewdata", Fault.THROTTLE, 0.2); // 429 + Retry-After
            av.expireAccessTokens();                                         // next data call answers 401
            // readme:end faults
        }
    }

    @Test
    void emulatorClients() {
        // readme:start emulator-clients
        try (var bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
             var av = AccountViewEmulator.start()) {
            BuchhaltungsButlerClient bbClient = EmulatorClients.buchhaltungsButler(bb);
            CompanyClient avClient = EmulatorClients.accountViewCompany(av);
            // pre-filled builders to change more: EmulatorClients.accountViewBuilder(av).timeSource(time).build()
        // readme:end emulator-clients
            assertEquals(0, bbClient.debtors().list().stream().count());
            assertEquals(av.company().id(), avClient.companyId());
        // readme:start emulator-clients
        }
        // readme:end emulator-clients
    }
}
