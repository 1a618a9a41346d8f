package dev.ledgerbridge.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.Timeouts;
import dev.ledgerbridge.transport.Transports;
import dev.ledgerbridge.transport.error.TransportException;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attempts and rate-limit waits of the decorated transport, observed through the request's observer, on WireMock. */
class ApiRequestObservationTest {
    private final ManualTimeSource time = new ManualTimeSource();
    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private final LedgerbridgeObservations observations = LedgerbridgeObservations.builder().registry(registry)
            .build();
    private WireMockServer wm;

    @BeforeEach
    void start() {
        registry.observationConfig().observationHandler(new StoppedContexts(stopped));
        wm = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private HttpTransport transport(int maxAttempts) {
        return Transports.builder().timeSource(time).random(() -> 0.0)
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .retryPolicy(maxAttempts == 1 ? RetryPolicy.none() : RetryPolicy.builder().maxAttempts(maxAttempts)
                        .initialBackoff(Duration.ofMillis(100)).build())
                .build();
    }

    private ApiRequest.Builder request(String path) {
        return ApiRequest.builder().uri(java.net.URI.create(wm.baseUrl() + path)).endpoint("GET " + path)
                .observer(observations.clientObserver()).system("buchhaltungsbutler");
    }

    private List<String> outcomes() {
        return stopped.stream().filter(c -> c.getName().equals(ObservationNames.API_REQUEST))
                .map(c -> c.getLowCardinalityKeyValue(ObservationNames.OUTCOME).getValue()).toList();
    }

    @Test
    void everyRetryIsAnAttemptOfItsOwnWithItsStatusClass() {
        String state = Scenario.STARTED;
        for (int status : new int[] {503, 500}) {
            wm.stubFor(get(urlEqualTo("/items")).inScenario("s").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(status)).willSetStateTo("after-" + status));
            state = "after-" + status;
        }
        wm.stubFor(get(urlEqualTo("/items")).inScenario("s").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        assertEquals(200, transport(4).execute(request("/items").build()).status());

        wm.verify(3, getRequestedFor(urlEqualTo("/items")));
        assertEquals(List.of("5xx", "5xx", "2xx"), outcomes());
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ObservationNames.API_REQUEST, 3)
                .hasObservationWithNameEqualTo(ObservationNames.API_REQUEST).that()
                .hasContextualNameEqualTo("GET /items")
                .hasLowCardinalityKeyValue(ObservationNames.SYSTEM, "buchhaltungsbutler")
                .hasLowCardinalityKeyValue(ObservationNames.METHOD, "GET")
                .hasHighCardinalityKeyValue(ObservationNames.ENDPOINT, "GET /items")
                .hasHighCardinalityKeyValue(ObservationNames.STATUS, "503");
    }

    @Test
    void clientErrorsRedirectsAndTransportErrorsHaveTheirOwnOutcome() {
        wm.stubFor(get(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        wm.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(301).withHeader("Location", "/x")));
        wm.stubFor(get(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        HttpTransport transport = transport(1);

        transport.execute(request("/missing").build());
        transport.execute(request("/moved").build());
        TransportException reset = assertThrows(TransportException.class,
                () -> transport.execute(request("/reset").build()));

        assertEquals(List.of("4xx", "3xx", ObservationNames.TRANSPORT_ERROR), outcomes());
        Observation.Context failed = stopped.get(2);
        assertEquals(reset, failed.getError());
        assertEquals(null, failed.getHighCardinalityKeyValue(ObservationNames.STATUS), "no response, no status");
    }

    @Test
    void aRequestWithoutSystemIsOtherAndOneWithoutObserverIsNotObserved() {
        wm.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(200)));
        HttpTransport transport = transport(1);

        transport.execute(request("/items").system(null).build());
        transport.execute(ApiRequest.builder().uri(java.net.URI.create(wm.baseUrl() + "/items")).build());

        wm.verify(2, getRequestedFor(urlEqualTo("/items")));
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ObservationNames.API_REQUEST, 1)
                .hasObservationWithNameEqualTo(ObservationNames.API_REQUEST).that()
                .hasLowCardinalityKeyValue(ObservationNames.SYSTEM, ObservationNames.OTHER);
    }

    @Test
    void aWaitForARateLimitPermitIsObservedWithItsPlannedTimeAndTheAttemptAfterIt() {
        wm.stubFor(get(urlEqualTo("/items")).willReturn(aResponse().withStatus(200)));
        HttpTransport transport = transport(1);
        RateLimit twoPerMinute = RateLimit.slidingWindow("bb:abc123", 2, Duration.ofMinutes(1));
        ApiRequest limited = request("/items").rateLimit(twoPerMinute).build();

        transport.execute(limited);
        transport.execute(limited);
        time.advance(Duration.ofSeconds(15));
        transport.execute(limited);

        wm.verify(3, getRequestedFor(urlEqualTo("/items")));
        assertEquals(List.of(Duration.ofSeconds(45)), time.sleeps(), "the third waited for the first to leave the window");
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(ObservationNames.RATE_LIMIT_WAIT, 1)
                .hasObservationWithNameEqualTo(ObservationNames.RATE_LIMIT_WAIT).that()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue(ObservationNames.SYSTEM, "buchhaltungsbutler")
                .hasHighCardinalityKeyValue(ObservationNames.LIMIT, "bb:abc123")
                .hasHighCardinalityKeyValue(ObservationNames.PLANNED_WAIT, "45000");
        List<String> order = stopped.stream().map(Observation.Context::getName).toList();
        assertEquals(List.of(ObservationNames.API_REQUEST, ObservationNames.API_REQUEST,
                ObservationNames.RATE_LIMIT_WAIT, ObservationNames.API_REQUEST), order,
                "the wait is outside the attempt: an attempt's time is the exchange alone");
        assertEquals(KeyValue.of(ObservationNames.SYSTEM, "buchhaltungsbutler"),
                stopped.get(2).getLowCardinalityKeyValue(ObservationNames.SYSTEM));
    }
}
