package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptType;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptUpload;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.Transports;
import dev.ledgerbridge.transport.error.RequestTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RateLimitAndTenantTest extends WireTest {
    static final String OTHER_KEY = "second-tenant-KEY-9999";

    @Test
    void noSixtySecondWindowEverHoldsMoreThanHundredRequestsPerApiKey() {
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        List<Duration> startedAt = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            client.paymentAccounts().list();
            startedAt.add(time.totalSlept());
        }
        // 100 at once, then each as soon as the one 100 places back is 61 s old (a token bucket with a burst of
        // 100 and 100 refills per minute would put 200 requests into the server's first window)
        assertEquals(Duration.ZERO, startedAt.get(99));
        assertEquals(Duration.ofSeconds(61), startedAt.get(100));
        assertEquals(Duration.ofSeconds(122), time.totalSlept());
        for (int i = 100; i < startedAt.size(); i++) {
            Duration window = startedAt.get(i).minus(startedAt.get(i - 100));
            assertTrue(window.compareTo(Duration.ofSeconds(60)) > 0, "request " + i + " closes a window of " + window);
        }
    }

    @Test
    void anotherTenantHasItsOwnBucketAndKey() {
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        client.paymentAccounts().list();
        BuchhaltungsButlerClient other = client.withApiKey(OTHER_KEY);
        other.paymentAccounts().list();
        assertEquals(Duration.ZERO, time.totalSlept(), "the other tenant does not wait for the first one's bucket");
        server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(BASE + "/accounts/get"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"api_key\":\"" + OTHER_KEY + "\"}")));
        assertFalse(other.toString().contains(OTHER_KEY));
    }

    @Test
    void limitsAreConfigurable() {
        client = builder().rateLimits(RateLimitSettings.builder().requestsPerMinute(2).build()).build();
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        client.paymentAccounts().list();
        client.paymentAccounts().list();
        client.paymentAccounts().list();
        assertEquals(Duration.ofSeconds(61), time.totalSlept(), "2 per (60 s + 1 s margin)");
    }

    @Test
    void requestsCarryHashedBucketKeysAndRepeatability() {
        List<ApiRequest> seen = new CopyOnWriteArrayList<>();
        HttpTransport capture = req -> {
            seen.add(req);
            String body = req.uri().getPath().endsWith("/upload")
                    ? "{\"success\":true,\"message\":\"\",\"id_by_customer\":\"1\",\"filename\":\"a\"}"
                    : req.uri().getPath().contains("add-batch")
                    ? "{\"success\":true,\"debtors\":[],\"errors\":[]}"
                    : req.uri().getPath().contains("add/")
                    ? "{\"success\":true,\"postingaccount_number\":\"1\",\"message\":\"\"}"
                    : "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}";
            return new ApiResponse(req, 200, Map.of("Content-Type", List.of("application/json")),
                    body.getBytes(StandardCharsets.UTF_8));
        };
        BuchhaltungsButlerClient c = builder().transport(capture).requestTimeout(Duration.ofSeconds(7)).build();

        c.paymentAccounts().list();
        c.debtors().create(DebtorFields.builder().name("A").build());
        c.debtors().createBatch(List.of(DebtorFields.builder().name("A").build()));
        c.receipts().upload(ReceiptUpload.builder().file(new byte[] {1}).fileName("a.pdf")
                .type(ReceiptType.INVOICE_INBOUND).build());

        assertTrue(seen.get(0).repeatable(), "reads are repeatable");
        assertFalse(seen.get(1).repeatable(), "writes are not");
        assertEquals(1, seen.get(0).rateLimits().size());
        assertEquals(2, seen.get(2).rateLimits().size(), "batch: general bucket + 5 s bucket");
        RateLimit batch = seen.get(2).rateLimits().get(1);
        assertEquals(Duration.ofSeconds(5), batch.interval());
        assertEquals(2, seen.get(3).rateLimits().size(), "upload: general bucket + 10/min bucket");
        assertTrue(seen.get(3).rateLimits().get(1).isSlidingWindow());
        assertEquals(10, seen.get(3).rateLimits().get(1).permits());
        for (ApiRequest r : seen) {
            for (RateLimit l : r.rateLimits()) {
                assertFalse(l.key().contains(API_KEY), l.key());
            }
            assertFalse(r.toString().contains(API_KEY));
            assertEquals("POST", r.method());
        }
        assertEquals("POST /settings/add/debtor", seen.get(1).endpoint());
        assertEquals(Duration.ofSeconds(7), seen.get(0).timeout().orElseThrow());
    }

    @Test
    void sharedTransportIsUsedByDerivedClients() {
        HttpTransport shared = Transports.builder().timeSource(time).build();
        BuchhaltungsButlerClient a = builder().transport(shared).build();
        BuchhaltungsButlerClient b = a.withApiKey(OTHER_KEY);
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        for (int i = 0; i < 100; i++) {
            a.paymentAccounts().list();
        }
        b.paymentAccounts().list();
        assertEquals(Duration.ZERO, time.totalSlept());
        a.paymentAccounts().list();
        assertEquals(Duration.ofSeconds(61), time.totalSlept());
    }

    @Test
    void builderRequiresCredentialsAndAbsoluteUrl() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> BuchhaltungsButlerClient.builder().apiClient("c").apiSecret("s").build());
        assertTrue(missing.getMessage().contains("apiKey(String)"), missing.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> BuchhaltungsButlerClient.builder().apiKey("k")
                .apiSecret("s").build()).getMessage().contains("apiClient(String)"));
        assertTrue(assertThrows(IllegalStateException.class, () -> BuchhaltungsButlerClient.builder().apiKey("k")
                .apiClient("c").build()).getMessage().contains("apiSecret(String)"));
        assertEquals("apiSecret must not be blank", assertThrows(IllegalArgumentException.class,
                () -> BuchhaltungsButlerClient.builder().apiSecret(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("webapp.example/api").build());
        assertThrows(IllegalArgumentException.class, () -> client.withApiKey(" "));
        assertEquals(URI.create("https://webapp.buchhaltungsbutler.de/api/v1"),
                BuchhaltungsButlerClient.DEFAULT_BASE_URL);
        assertEquals(BuchhaltungsButlerClient.DEFAULT_BASE_URL, BuchhaltungsButlerClient.builder().apiClient("c")
                .apiSecret("s").apiKey("k").build().baseUrl());
    }

    @Test
    void theBaseUrlAsUriOrTextWithTrailingSlashSendsToTheSamePath() {
        stub("/accounts/get", "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        BuchhaltungsButlerClient fromUri = builder().baseUrl(URI.create(server.baseUrl() + BASE + "/")).build();
        BuchhaltungsButlerClient fromText = builder().baseUrl(server.baseUrl() + BASE + "/").build();

        fromUri.paymentAccounts().list();
        fromText.paymentAccounts().list();

        verifyPost(2, "/accounts/get", "{}");
        assertEquals(URI.create(server.baseUrl() + BASE), fromUri.baseUrl());
        assertEquals(fromUri.baseUrl(), fromText.baseUrl());
    }

    @Test
    void theRequestTimeoutBoundsEachCall() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(BASE + "/accounts/get"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withFixedDelay(3000).withBody("{\"success\":true,\"data\":[]}")));
        BuchhaltungsButlerClient quick = builder().retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofMillis(300)).build();

        assertThrows(RequestTimeoutException.class, () -> quick.paymentAccounts().list());
    }
}
