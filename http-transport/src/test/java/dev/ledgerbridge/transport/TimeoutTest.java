package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.transport.error.RequestTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest extends WireMockSupport {

    @Test
    void aSlowResponseFailsWithARequestTimeoutNamingTheEndpoint() {
        wm.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(6000)));
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none())
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofMillis(1200))).build();
        RequestTimeoutException e = assertThrows(RequestTimeoutException.class,
                () -> t.execute(ApiRequest.builder().uri(url("/slow")).endpoint("GET /slow").build()));
        assertTrue(e.getMessage().contains("GET /slow"), e.getMessage());
        assertTrue(e.isRetryable());
    }

    @Test
    void thePerRequestTimeoutOverridesTheDefault() {
        wm.stubFor(get(urlEqualTo("/slowish")).willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none())
                .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(100))).build();
        ApiResponse r = t.execute(ApiRequest.builder().uri(url("/slowish")).timeout(Duration.ofSeconds(5)).build());
        assertEquals(200, r.status());
    }

    @Test
    void aTimedOutRepeatableRequestIsRetriedAndTheRetryIsCounted() throws InterruptedException {
        // generous margins: a loaded machine must not turn the connect itself into the timeout
        wm.stubFor(post(urlEqualTo("/slow2")).willReturn(aResponse().withStatus(200).withFixedDelay(6000)));
        ManualTimeSource time = new ManualTimeSource();
        HttpTransport t = Transports.builder().timeSource(time).retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofMillis(1200))).build();
        assertThrows(RequestTimeoutException.class, () -> t.execute(ApiRequest.builder().method("POST").repeatable(true)
                .uri(url("/slow2")).build()));
        // on a loaded machine the second attempt can time out before WireMock has logged it: wait for the log
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (wm.findAll(postRequestedFor(urlEqualTo("/slow2"))).size() < 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        wm.verify(2, postRequestedFor(urlEqualTo("/slow2")));
        assertEquals(1, time.sleeps().size());
    }
}
