package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ledgerbridge.transport.error.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the decorated transport tells a request's observer: each attempt, each rate-limit wait, and how they ended. */
class ClientObserverTest extends WireMockSupport {
    private final ManualTimeSource time = new ManualTimeSource();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Writes down every call as text, in order. */
    private final ClientObserver recorder = new ClientObserver() {
        @Override
        public Step attemptStarted(ApiRequest request) {
            seen.add("attempt " + request.endpoint() + " " + request.system().orElse("-"));
            return step("attempt");
        }

        @Override
        public Step rateLimitWaitStarted(ApiRequest request, RateLimit limit, Duration wait) {
            seen.add("wait " + limit.key() + " " + wait);
            return step("wait");
        }
    };

    private ClientObserver.Step step(String what) {
        return new ClientObserver.Step() {
            @Override
            public void responded(ApiResponse response) {
                seen.add(what + " responded " + response.status());
            }

            @Override
            public void ended() {
                seen.add(what + " ended");
            }

            @Override
            public void failed(RuntimeException failure) {
                seen.add(what + " failed " + failure.getClass().getSimpleName());
            }
        };
    }

    private HttpTransport transport() {
        return Transports.builder().timeSource(time).random(() -> 0.0)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(100)).build())
                .build();
    }

    private ApiRequest.Builder request(String path) {
        return ApiRequest.builder().uri(url(path)).endpoint("GET " + path).observer(recorder).system("api");
    }

    @Test
    void everyAttemptOfARetriedRequestIsToldWithItsResponse() {
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));

        transport().execute(request("/r").build());

        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
        assertEquals(List.of("attempt GET /r api", "attempt responded 503", "attempt GET /r api",
                "attempt responded 200"), seen);
    }

    @Test
    void anAttemptWithoutResponseIsToldItFailed() {
        wm.stubFor(get(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThrows(TransportException.class, () -> transport().execute(request("/reset").build()));

        assertEquals(List.of("attempt GET /reset api", "attempt failed TransportException",
                "attempt GET /reset api", "attempt failed TransportException",
                "attempt GET /reset api", "attempt failed TransportException"), seen);
    }

    @Test
    void onlyARealWaitForAPermitIsToldBeforeTheAttemptItDelays() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(200)));
        ApiRequest limited = request("/r").rateLimit(RateLimit.of("k", 1, Duration.ofSeconds(10))).build();

        transport().execute(limited);
        transport().execute(limited);

        assertEquals(List.of("attempt GET /r api", "attempt responded 200", "attempt GET /r api",
                "attempt responded 200"), seen, "two transports, two buckets: nobody waited");
        seen.clear();
        HttpTransport shared = transport();
        shared.execute(limited);
        shared.execute(limited);
        assertEquals(List.of("attempt GET /r api", "attempt responded 200", "wait k PT10S", "wait ended",
                "attempt GET /r api", "attempt responded 200"), seen);
    }

    @Test
    void anInterruptedWaitIsToldItFailed() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(200)));
        ApiRequest limited = request("/r").rateLimit(RateLimit.of("k", 1, Duration.ofSeconds(10))).build();
        HttpTransport shared = transport();
        shared.execute(limited);
        seen.clear();

        Thread.currentThread().interrupt();
        try {
            assertThrows(TransportException.class, () -> shared.execute(limited));
        } finally {
            Thread.interrupted();
        }

        assertEquals(List.of("wait k PT10S", "wait failed TransportException"), seen);
    }

    @Test
    void aRequestKeepsObserverAndSystemThroughToBuilderAndDefaultsToNone() {
        ApiRequest request = request("/r").build();
        ApiRequest plain = ApiRequest.builder().uri(url("/r")).build();

        assertSame(recorder, request.toBuilder().build().observer());
        assertEquals(Optional.of("api"), request.toBuilder().build().system());
        assertSame(ClientObserver.none(), plain.observer());
        assertEquals(Optional.empty(), plain.system());
        assertEquals("system must not be blank, was ' '", assertThrows(IllegalArgumentException.class,
                () -> ApiRequest.builder().system(" ")).getMessage());
        assertEquals("observer must not be null", assertThrows(IllegalArgumentException.class,
                () -> ApiRequest.builder().observer(null)).getMessage());
    }
}
