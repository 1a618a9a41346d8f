package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiClientBuilderTest {

    /** The smallest concrete builder: what a client's build() reads. */
    static final class TestBuilder extends ApiClientBuilder<TestBuilder> {
        TestBuilder() {
            super(URI.create("https://api.example/v1"));
        }

        URI url() {
            return configuredBaseUrl();
        }

        HttpTransport transport() {
            return configuredTransport();
        }

        Duration requestTimeout() {
            return configuredRequestTimeout();
        }

        TimeSource time() {
            return configuredTimeSource();
        }

        ClientObserver observer() {
            return configuredObserver();
        }
    }

    @Test
    void theBaseUrlDefaultsToTheApisAndTakesTextOrUriAlike() {
        assertEquals(URI.create("https://api.example/v1"), new TestBuilder().url());
        assertEquals(URI.create("http://127.0.0.1:8080/api/v1"),
                new TestBuilder().baseUrl("http://127.0.0.1:8080/api/v1/").url(), "trailing slash dropped");
        assertEquals(URI.create("http://127.0.0.1:8080/api/v1"),
                new TestBuilder().baseUrl(URI.create("http://127.0.0.1:8080/api/v1")).url());
    }

    @Test
    void aBadBaseUrlIsRefusedNamingTheSettingAndTheValue() {
        for (String bad : new String[] {"webapp.example/api", "ftp://host/x", "http:///nohost", "not a url"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new TestBuilder().baseUrl(bad), bad);
            assertTrue(e.getMessage().startsWith("baseUrl must be an absolute http(s) URL"), e.getMessage());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new TestBuilder().baseUrl((URI) null));
        assertThrows(IllegalArgumentException.class, () -> new TestBuilder().baseUrl((String) null));
    }

    @Test
    void eachSetterRefusesABadValueWithIllegalArgumentNamingIt() {
        TestBuilder b = new TestBuilder();
        assertEquals("transport must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.transport(null)).getMessage());
        assertEquals("timeouts must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.timeouts(null)).getMessage());
        assertEquals("retryPolicy must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.retryPolicy(null)).getMessage());
        assertEquals("loggingPolicy must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.loggingPolicy(null)).getMessage());
        assertEquals("timeSource must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.timeSource(null)).getMessage());
        assertEquals("maxResponseBytes must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> b.maxResponseBytes(0)).getMessage());
        assertEquals("requestTimeout must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> b.requestTimeout(Duration.ZERO)).getMessage());
        assertEquals("rateLimitTimeout must be positive, was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> b.rateLimitTimeout(Duration.ofSeconds(-1))).getMessage());
        assertEquals("observer must not be null",
                assertThrows(IllegalArgumentException.class, () -> b.observer(null)).getMessage());
    }

    @Test
    void theObserverDefaultsToNoneAndIsWhatTheClientAttachesToItsRequests() {
        ClientObserver observer = new ClientObserver() {
        };
        assertSame(ClientObserver.none(), new TestBuilder().observer());
        assertSame(observer, new TestBuilder().observer(observer).observer());
    }

    @Test
    void aGivenTransportIsUsedAsItIsAndTheCallOptionsStillApply() {
        HttpTransport shared = Transports.builder().build();
        ManualTimeSource time = new ManualTimeSource();
        TestBuilder b = new TestBuilder().transport(shared).timeSource(time).requestTimeout(Duration.ofSeconds(3));
        assertSame(shared, b.transport());
        assertSame(time, b.time());
        assertEquals(Duration.ofSeconds(3), b.requestTimeout());
        assertEquals(null, new TestBuilder().requestTimeout(), "unset: the transport's default");
    }

    @Test
    void theBuiltInTransportHonoursTheBuildersOptions() {
        WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        wm.start();
        try {
            wm.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(500))));
            HttpTransport t = new TestBuilder().maxResponseBytes(100).retryPolicy(RetryPolicy.none()).transport();
            ApiRequest request = ApiRequest.builder().method("GET").uri(URI.create(wm.baseUrl() + "/big")).build();
            assertThrows(ResponseTooLargeException.class, () -> t.execute(request));
        } finally {
            wm.stop();
        }
    }
}
