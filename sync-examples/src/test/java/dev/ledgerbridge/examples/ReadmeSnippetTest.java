package dev.ledgerbridge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Testing your own flows with the emulators" snippet, verbatim, so it keeps compiling and passing. */
class ReadmeSnippetTest {

    @Test
    void customerFromBuchhaltungsButlerArrivesInAccountView() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                     .batchInterval(Duration.ZERO).start();   // or keep the real limits with a ManualClock
             AccountViewEmulator av = AccountViewEmulator.start()) {
            bb.tenant().addDebtor(Map.of("name", "Bäckerei Wolf", "email", "info@baeckerei-wolf.example"));
            av.company().insert("AR1", Map.of("SUB_NR", "10001", "ACCT_NAME", "Jansen B.V.", "SRC_CODE", "JANSEN",
                    "MAIL_BUS", "info@jansen.example"));

            BuchhaltungsButlerClient bbClient = BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl())
                    .apiClient(bb.apiClient()).apiSecret(bb.apiSecret()).apiKey(bb.apiKey())
                    .rateLimits(RateLimitSettings.disabled()).build();
            AccountViewClient avClient = AccountViewClient.builder().baseUri(URI.create(av.baseUrl()))
                    .credentials(OAuthCredentials.of(av.clientId(), av.clientSecret()))
                    .tokenStore(new InMemoryTokenStore()).build();
            avClient.exchangeCode(av.issueAuthorizationCode(), URI.create(av.redirectUri()));

            Connector bbConnector = BuchhaltungsButlerConnector.builder().client(bbClient).build();
            Connector avConnector = AccountViewConnector.builder(avClient.forCompany("DEMO")).build();
            SyncReport report = SyncEngine.builder().stateStore(new InMemoryStateStore()).build()
                    .run(SyncFlows.customers(bbConnector, avConnector).build());

            assertEquals(1, report.count(Action.CREATED));
            assertEquals(1, av.requestCount("POST /accountviewdata AR1"));   // assert on the wire, not only the report
            assertEquals("info@baeckerei-wolf.example", av.company().rows("CONTACT").get(1).get("MAIL_BUS"));
        }
    }
}
