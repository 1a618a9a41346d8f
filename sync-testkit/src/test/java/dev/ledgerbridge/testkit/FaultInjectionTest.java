package dev.ledgerbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static HttpRequest debtors(BuchhaltungsButlerEmulator bb) {
        return HttpRequest.newBuilder(Http.uri(bb.baseUrl() + "/settings/get/debtors"))
                .header("Authorization", Http.basic(bb.apiClient(), bb.apiSecret()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + bb.apiKey() + "\"}")).build();
    }

    private static List<Integer> statuses(long seed, int requests) {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().seed(seed).requestsPerMinute(0)
                .start()) {
            bb.faults().failRate("POST /settings/get/debtors", Fault.SERVER_ERROR, 0.3);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                statuses.add(Http.send(debtors(bb)).status());
            }
            return statuses;
        }
    }

    @Test
    void randomFaultsRepeatUnderTheSameSeed() {
        List<Integer> first = statuses(7, 40);
        assertEquals(first, statuses(7, 40));
        assertTrue(first.contains(500) && first.contains(200), first.toString());
        assertNotEquals(first, statuses(8, 40));
    }

    @Test
    void serverErrorAndThrottleUseTheApisOwnFormats() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.start()) {
            bb.faults().failNext("*", Fault.SERVER_ERROR, 1).failNext("POST /settings/get/debtors", Fault.THROTTLE, 1);
            Http.Result error = Http.send(debtors(bb));
            assertEquals(500, error.status());
            assertEquals("{\"success\":false,\"error_code\":0,\"message\":\"error while processing the request\"}",
                    error.body());
            Http.Result throttled = Http.send(debtors(bb));
            assertEquals(403, throttled.status());
            assertEquals(15, throttled.json().get("error_code").asInt());
            assertEquals(200, Http.send(debtors(bb)).status());
            assertEquals(3, bb.requestCount("POST /settings/get/debtors"));
        }
        try (AccountViewEmulator av = AccountViewEmulator.start()) {
            av.faults().failNext("GET /companies", Fault.THROTTLE, 1);
            HttpRequest companies = HttpRequest.newBuilder(Http.uri(av.webApiUrl() + "/companies"))
                    .header("Authorization", "Bearer " + av.issueTokens().accessToken()).GET().build();
            Http.Result r = Http.send(companies);
            assertEquals(429, r.status());
            assertEquals("TooManyRequests", r.json().get("ErrorType").asText());
            assertEquals(200, Http.send(companies).status());
        }
    }

    @Test
    void connectionResetClosesWithoutAnyResponse() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.start()) {
            bb.faults().failNext("POST /settings/get/debtors", Fault.CONNECTION_RESET, 1);
            HttpClient fresh = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> fresh.send(debtors(bb), HttpResponse.BodyHandlers.ofString()));
            assertEquals(200, Http.send(debtors(bb)).status());
        }
    }

    @Test
    void timeoutHoldsTheAnswerBeyondTheClientTimeout() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.start()) {
            bb.faults().timeoutDelay(Duration.ofSeconds(2)).failNext("*", Fault.TIMEOUT, 1);
            HttpRequest request = HttpRequest.newBuilder(debtors(bb), (k, v) -> true)
                    .timeout(Duration.ofMillis(200)).build();
            assertThrows(HttpTimeoutException.class,
                    () -> Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void fixedLatencyDelaysEveryAnswer() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.start()) {
            bb.faults().latency(Duration.ofMillis(150));
            long start = System.nanoTime();
            assertEquals(200, Http.send(debtors(bb)).status());
            assertTrue(System.nanoTime() - start >= 150_000_000L);
            bb.faults().clear();
            assertEquals(Duration.ofSeconds(30), bb.faults().timeoutDelay());
        }
    }

    @Test
    void injectorRejectsNonsense() {
        FaultInjector f = new FaultInjector(1);
        assertThrows(IllegalArgumentException.class, () -> f.failRate("*", Fault.SERVER_ERROR, 1.5));
        assertThrows(IllegalArgumentException.class, () -> f.failNext("*", Fault.SERVER_ERROR, 0));
        assertThrows(IllegalArgumentException.class, () -> f.latency(Duration.ofMillis(5), Duration.ofMillis(1)));
    }
}
