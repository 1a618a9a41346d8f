package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Transports#jdk}: one JDK client under several decorated transports, each with its own buckets. */
class SharedJdkBaseTest extends WireMockSupport {

    private ApiRequest request(String path, RateLimit limit) {
        return ApiRequest.builder().uri(url(path)).rateLimit(limit).build();
    }

    @Test
    void twoTransportsOnOneBaseEachKeepTheirOwnRateLimits() {
        wm.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(200).withBody("a")));
        HttpTransport shared = Transports.jdk(Timeouts.defaults(), 1024);
        ManualTimeSource time = new ManualTimeSource();
        HttpTransport tenant1 = Transports.builder().base(shared).timeSource(time).retryPolicy(RetryPolicy.none())
                .rateLimitTimeout(Duration.ZERO).build();
        HttpTransport tenant2 = Transports.builder().base(shared).timeSource(time).retryPolicy(RetryPolicy.none())
                .rateLimitTimeout(Duration.ZERO).build();
        RateLimit onePerMinute = RateLimit.of("same-key", 1, Duration.ofMinutes(1));

        assertEquals("a", new String(tenant1.execute(request("/a", onePerMinute)).body()));
        // tenant1's bucket is empty and may not wait; tenant2's own bucket for the same key name is full
        assertThrows(RuntimeException.class, () -> tenant1.execute(request("/a", onePerMinute)));
        assertEquals(200, tenant2.execute(request("/a", onePerMinute)).status());
        wm.verify(2, getRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void theBaseKeepsItsBodyLimitAndRejectsABadOne() {
        wm.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(2048))));
        HttpTransport shared = Transports.jdk(Timeouts.defaults(), 1024);
        HttpTransport t = Transports.builder().base(shared).retryPolicy(RetryPolicy.none()).build();
        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                () -> t.execute(ApiRequest.builder().uri(url("/big")).build()));
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Transports.jdk(Timeouts.defaults(), 0));
        assertEquals("maxResponseBytes must be positive, was 0", bad.getMessage());
    }
}
