package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ledgerbridge.transport.error.TransportException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryTest extends WireMockSupport {
    private final ManualTimeSource time = new ManualTimeSource();

    private HttpTransport transport(RetryPolicy policy, double random) {
        return Transports.builder().retryPolicy(policy).timeSource(time).random(() -> random)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5))).build();
    }

    private void failTimesThenOk(String method, String path, int failures, int status, String retryAfter) {
        String state = Scenario.STARTED;
        for (int i = 0; i < failures; i++) {
            var response = aResponse().withStatus(status);
            if (retryAfter != null) {
                response.withHeader("Retry-After", retryAfter);
            }
            var mapping = method.equals("GET") ? get(urlEqualTo(path)) : post(urlEqualTo(path));
            wm.stubFor(mapping.inScenario("s").whenScenarioStateIs(state).willReturn(response)
                    .willSetStateTo("after-" + i));
            state = "after-" + i;
        }
        var mapping = method.equals("GET") ? get(urlEqualTo(path)) : post(urlEqualTo(path));
        wm.stubFor(mapping.inScenario("s").whenScenarioStateIs(state).willReturn(aResponse().withStatus(200)
                .withBody("{\"ok\":true}")));
    }

    @Test
    void retriesReadsUntilSuccessWithExponentialBackoffWithoutJitter() {
        failTimesThenOk("GET", "/items", 3, 503, null);
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(100))
                .multiplier(2).maxBackoff(Duration.ofSeconds(10)).build();

        ApiResponse r = transport(policy, 0.0).execute(ApiRequest.builder().uri(url("/items")).build());

        assertEquals(200, r.status());
        wm.verify(4, getRequestedFor(urlEqualTo("/items")));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), time.sleeps());
    }

    @Test
    void backoffIsCappedAndJitterStaysWithinBounds() {
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1)).multiplier(10)
                .maxBackoff(Duration.ofSeconds(5)).jitter(0.5).build();
        assertEquals(Duration.ofSeconds(1), policy.backoffBeforeNext(1));
        assertEquals(Duration.ofSeconds(5), policy.backoffBeforeNext(2));
        assertEquals(Duration.ofSeconds(5), policy.backoffBeforeNext(30));

        failTimesThenOk("GET", "/j", 2, 500, null);
        transport(policy, 0.999999).execute(ApiRequest.builder().uri(url("/j")).build());
        List<Duration> sleeps = time.sleeps();
        assertEquals(2, sleeps.size());
        // equal jitter: between half and all of the computed backoff
        assertTrue(sleeps.get(0).compareTo(Duration.ofMillis(500)) >= 0 && sleeps.get(0).compareTo(Duration.ofSeconds(1)) <= 0,
                sleeps.toString());
        assertTrue(sleeps.get(1).compareTo(Duration.ofMillis(2500)) >= 0 && sleeps.get(1).compareTo(Duration.ofSeconds(5)) <= 0,
                sleeps.toString());
    }

    @Test
    void givesUpAfterMaxAttemptsAndReturnsTheLastResponse() {
        wm.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(502)));
        ApiResponse r = transport(RetryPolicy.builder().maxAttempts(3).build(), 0.5)
                .execute(ApiRequest.builder().uri(url("/down")).build());
        assertEquals(502, r.status());
        wm.verify(3, getRequestedFor(urlEqualTo("/down")));
        assertEquals(2, time.sleeps().size());
    }

    @Test
    void honoursRetryAfterInSeconds() {
        failTimesThenOk("GET", "/ra", 1, 429, "7");
        transport(RetryPolicy.defaults(), 0.5).execute(ApiRequest.builder().uri(url("/ra")).build());
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.now().plusSeconds(42).atOffset(ZoneOffset.UTC));
        failTimesThenOk("GET", "/rd", 1, 503, date);
        transport(RetryPolicy.defaults(), 0.5).execute(ApiRequest.builder().uri(url("/rd")).build());
        assertEquals(List.of(Duration.ofSeconds(42)), time.sleeps());
    }

    @Test
    void doesNotWaitForARetryAfterBeyondTheCap() {
        wm.stubFor(get(urlEqualTo("/long")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        ApiResponse r = transport(RetryPolicy.defaults(), 0.5).execute(ApiRequest.builder().uri(url("/long")).build());
        assertEquals(429, r.status());
        wm.verify(1, getRequestedFor(urlEqualTo("/long")));
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void neverRetriesAWriteThatIsNotMarkedRepeatable() {
        failTimesThenOk("POST", "/write", 1, 503, null);
        ApiResponse r = transport(RetryPolicy.defaults(), 0.5)
                .execute(ApiRequest.builder().method("POST").uri(url("/write")).body("{}", "application/json").build());
        assertEquals(503, r.status());
        wm.verify(1, postRequestedFor(urlEqualTo("/write")));
    }

    @Test
    void neverRetriesAnUnmarkedWriteAfterAConnectionReset() {
        wm.stubFor(post(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThrows(TransportException.class, () -> transport(RetryPolicy.defaults(), 0.5)
                .execute(ApiRequest.builder().method("POST").uri(url("/reset")).build()));
        wm.verify(1, postRequestedFor(urlEqualTo("/reset")));
    }

    @Test
    void retriesAWriteTheCallerMarkedRepeatable() {
        failTimesThenOk("POST", "/idem", 1, 503, null);
        ApiResponse r = transport(RetryPolicy.defaults(), 0.5).execute(ApiRequest.builder().method("POST")
                .uri(url("/idem")).repeatable(true).body("{}", "application/json").build());
        assertEquals(200, r.status());
        wm.verify(2, postRequestedFor(urlEqualTo("/idem")));
    }

    @Test
    void retriesRepeatableRequestsAfterConnectionResetsAndRethrowsWhenAttemptsRunOut() {
        // a POST marked repeatable: the JDK client itself re-sends idempotent GETs once on a reset,
        // which would blur the count
        wm.stubFor(post(urlEqualTo("/flaky")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThrows(TransportException.class, () -> transport(RetryPolicy.builder().maxAttempts(3).build(), 0.5)
                .execute(ApiRequest.builder().method("POST").repeatable(true).uri(url("/flaky")).build()));
        wm.verify(3, postRequestedFor(urlEqualTo("/flaky")));
        assertEquals(2, time.sleeps().size());
    }

    @Test
    void customClassifierRetriesThrottlingSignalledInTheBody() {
        String path = "/body-throttle";
        wm.stubFor(get(urlEqualTo(path)).inScenario("b").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"success\":false,\"error_code\":15}"))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(path)).inScenario("b").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));
        RetryPolicy policy = RetryPolicy.builder().classifier(new RetryPolicy.ResponseClassifier() {
            @Override
            public boolean isRetryable(ApiResponse response) {
                return response.bodyAsString().contains("\"error_code\":15");
            }

            @Override
            public java.util.Optional<Duration> serverRequestedWait(ApiResponse response) {
                return java.util.Optional.of(Duration.ofSeconds(5));
            }
        }).build();
        ApiResponse r = transport(policy, 0.5).execute(ApiRequest.builder().uri(url(path)).build());
        assertEquals(200, r.status());
        assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
    }
}
