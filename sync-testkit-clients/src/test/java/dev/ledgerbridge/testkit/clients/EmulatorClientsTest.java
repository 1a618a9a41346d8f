package dev.ledgerbridge.testkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.error.RateLimitedException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorClientsTest {

    @Test
    void bothClientsTakeTheEmulatorsBaseUrlAsItIs() {
        try (var bb = BuchhaltungsButlerEmulator.start(); var av = AccountViewEmulator.start()) {
            assertEquals(bb.baseUrl(), BuchhaltungsButlerClient.builder().baseUrl(bb.baseUrl()).apiClient("c")
                    .apiSecret("s").apiKey("k").build().baseUrl().toString());
            assertEquals(av.baseUrl(), EmulatorClients.accountView(av).baseUrl().toString());
            assertEquals(bb.baseUrl(), EmulatorClients.buchhaltungsButler(bb).baseUrl().toString());
        }
    }

    @Test
    void theBuchhaltungsButlerClientReadsWhatWasSeeded() {
        try (var bb = BuchhaltungsButlerEmulator.start()) {
            bb.tenant().addDebtor("Bäckerei Wolf", "info@baeckerei-wolf.example");

            BuchhaltungsButlerClient client = EmulatorClients.buchhaltungsButler(bb);

            assertEquals("info@baeckerei-wolf.example", client.debtors().list().stream().findFirst().orElseThrow()
                    .email());
            assertEquals(1, bb.requestCount("POST /settings/get/debtors"));
        }
    }

    @Test
    void theClientKeepsToTheEmulatorsRateLimitSoTheEmulatorRefusesNothing() {
        try (var bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(3).start()) {
            BuchhaltungsButlerClient client = EmulatorClients.buchhaltungsButlerBuilder(bb)
                    .rateLimitTimeout(Duration.ofMillis(200)).build();
            for (int i = 0; i < 3; i++) {
                client.debtors().list().stream().count();
            }

            assertThrows(RateLimitedException.class, () -> client.debtors().list().stream().count(),
                    "the fourth call within a minute waits in the client");
            assertEquals(3, bb.requestCount("POST /settings/get/debtors"), "and never reaches the emulator");
        }
    }

    @Test
    void withoutLimitsInTheEmulatorTheClientHasNoneEither() {
        try (var bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).start()) {
            BuchhaltungsButlerClient client = EmulatorClients.buchhaltungsButlerBuilder(bb)
                    .rateLimitTimeout(Duration.ofMillis(200)).build();
            for (int i = 0; i < 150; i++) {
                client.debtors().list().stream().count();
            }

            assertEquals(150, bb.requestCount("POST /settings/get/debtors"));
        }
    }

    @Test
    void theAccountViewCompanyClientIsAuthorisedWithoutATokenRequest() {
        try (var av = AccountViewEmulator.start()) {
            av.company().addDebtor("Jansen B.V.", "info@jansen.example");

            CompanyClient company = EmulatorClients.accountViewCompany(av);

            assertEquals("info@jansen.example", company.debtors().byEmail("info@jansen.example").get(0).email());
            assertEquals(0, av.requestCount("POST /token"));
            assertEquals(1, av.requestCount("GET /companies"));
            assertEquals(1, av.requestCount("GET /accountviewdata AR1"));
            assertEquals(2, av.stats().total());
        }
    }

    @Test
    void theAccountViewClientRefreshesWhenTheEmulatorExpiresItsAccessToken() {
        try (var av = AccountViewEmulator.start()) {
            CompanyClient company = EmulatorClients.accountViewCompany(av);
            av.expireAccessTokens();

            assertEquals(List.of(), company.debtors().byEmail("nobody@example.invalid"));
            assertEquals(1, av.requestCount("POST /token"), "one refresh grant");
        }
    }
}
