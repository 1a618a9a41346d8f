package dev.ledgerbridge.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook on the wire: exact bodies, a signature a receiver can check, bounded retries, no secret in logs. */
class WebhookNotifierTest {
    private static final String SECRET = "whsec-0123456789-abcdef";
    private static final String PATH = "/hooks/T000/B000/pathIsASecretToo";
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private WireMockServer wm;
    private final ManualTimeSource time = new ManualTimeSource(NOW);

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        wm.start();
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private WebhookNotifier.Builder notifier() {
        return WebhookNotifier.builder().url(wm.baseUrl() + PATH).secret(SECRET.toCharArray()).timeSource(time);
    }

    static Alert alert() {
        return Alert.builder().tenantId("acme").kind(AlertKind.RECORD_FAILING).flow("customers")
                .summary("record 10003 failed; it stays parked and is retried on every run")
                .detail("Record: 10003").detail("Reason: field 'email': \"not-an-email\" <is> not an e-mail & more")
                .time(NOW).suppressed(2).build();
    }

    @Test
    void postsTheAlertAsJsonSignedOverTimestampAndBody() throws Exception {
        notifier().build().send(alert());

        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertEquals(1, requests.size());
        LoggedRequest r = requests.get(0);
        assertEquals("{\"tenant\":\"acme\",\"kind\":\"record_failing\",\"flow\":\"customers\","
                + "\"summary\":\"record 10003 failed; it stays parked and is retried on every run\","
                + "\"details\":[\"Record: 10003\",\"Reason: field 'email': \\\"not-an-email\\\" <is> not an e-mail "
                + "& more\"],\"suppressed\":2,\"time\":\"2026-11-28T09:00:00Z\"}", r.getBodyAsString());
        assertEquals("application/json", r.getHeader("Content-Type"));
        String timestamp = r.getHeader("X-Ledgerbridge-Timestamp");
        assertEquals(Long.toString(NOW.getEpochSecond()), timestamp);
        // what a receiver in any language computes: HMAC-SHA256(secret, "<timestamp>.<body>")
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.getBody()));
        assertEquals(expected, r.getHeader("X-Ledgerbridge-Signature"));
        assertTrue(WebhookSignature.verify(SECRET.getBytes(StandardCharsets.UTF_8), timestamp,
                r.getHeader("X-Ledgerbridge-Signature"), r.getBody(), NOW.plusSeconds(30),
                WebhookSignature.DEFAULT_TOLERANCE));
    }

    @Test
    void aSingleTenantAlertHasANullTenant() {
        notifier().build().send(alert().toBuilder().tenantId(null).suppressed(0).details(List.of()).build());

        String body = wm.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString();
        assertTrue(body.startsWith("{\"tenant\":null,\"kind\":\"record_failing\""), body);
        assertTrue(body.contains("\"details\":[],\"suppressed\":0,"), body);
    }

    @Test
    void slackFormatPostsTextEscapedAsSlackAsks() {
        WebhookNotifier.builder().url(wm.baseUrl() + PATH).format(WebhookFormat.SLACK).timeSource(time).build()
                .send(alert());

        LoggedRequest r = wm.findAll(postRequestedFor(urlEqualTo(PATH))).get(0);
        assertEquals("{\"text\":\"[acme] Record failing in flow customers: record 10003 failed; it stays parked and "
                + "is retried on every run\\nRecord: 10003\\nReason: field 'email': \\\"not-an-email\\\" &lt;is&gt; "
                + "not an e-mail &amp; more\\nTime: 2026-11-28T09:00:00Z\\n2 similar alerts were held back since the "
                + "last one\"}", r.getBodyAsString());
        assertFalse(r.containsHeader("X-Ledgerbridge-Signature"), "unsigned without a secret");
    }

    @Test
    void retriesServerErrorsWithDoublingDelaysThenLogsWithoutSecrets() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        try (LogCapture log = new LogCapture()) {
            notifier().maxAttempts(3).retryDelay(Duration.ofSeconds(2)).build().send(alert());

            assertEquals(3, wm.findAll(postRequestedFor(urlEqualTo(PATH))).size());
            assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
            String logged = log.text();
            assertTrue(logged.contains("Webhook delivery of a record_failing alert for flow customers to "
                    + "http://localhost:" + wm.port() + " failed: HTTP 503"), logged);
            assertFalse(logged.contains(SECRET), logged);
            assertFalse(logged.contains("pathIsASecretToo"), logged);
        }
    }

    @Test
    void aRetryAfterAServerErrorDeliversOnce() {
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));

        notifier().build().send(alert());

        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).getBodyAsString(), requests.get(1).getBodyAsString());
        assertEquals(requests.get(0).getHeader("X-Ledgerbridge-Signature"),
                requests.get(1).getHeader("X-Ledgerbridge-Signature"), "one delivery, one signature");
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
    }

    @Test
    void aClientErrorIsNotRetried() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400)));

        notifier().build().send(alert());

        assertEquals(1, wm.findAll(postRequestedFor(urlEqualTo(PATH))).size());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void anUnreachableReceiverNeverThrows() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (LogCapture log = new LogCapture()) {
            notifier().url("http://127.0.0.1:" + closedPort + PATH).maxAttempts(2).build().send(alert());
            assertTrue(log.text().contains("failed: ConnectException"), log.text());
        }
        assertEquals(1, time.sleeps().size());
    }

    @Test
    void theSecretIsCopiedAndNeverShown() {
        char[] secret = SECRET.toCharArray();
        WebhookNotifier notifier = WebhookNotifier.builder().url(wm.baseUrl() + PATH).secret(secret)
                .timeSource(time).build();
        java.util.Arrays.fill(secret, 'x'); // the caller wipes its copy

        notifier.send(alert());

        LoggedRequest r = wm.findAll(postRequestedFor(urlEqualTo(PATH))).get(0);
        assertTrue(WebhookSignature.verify(SECRET.getBytes(StandardCharsets.UTF_8),
                r.getHeader("X-Ledgerbridge-Timestamp"), r.getHeader("X-Ledgerbridge-Signature"), r.getBody(), NOW,
                Duration.ofMinutes(5)));
        assertEquals("WebhookNotifier[http://localhost:" + wm.port() + ", JSON, signed]", notifier.toString());
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Content-Type",
                equalTo("application/json")));
    }

    @Test
    void badSettingsAreRejectedByName() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> WebhookNotifier.builder().url("ftp://host/secret-path"));
        assertTrue(url.getMessage().startsWith("url must be an absolute http or https URL"), url.getMessage());
        assertFalse(url.getMessage().contains("secret-path"), url.getMessage());
        assertEquals("secret must have at least 16 bytes, had 5", assertThrows(IllegalArgumentException.class,
                () -> WebhookNotifier.builder().secret("short".toCharArray())).getMessage());
        assertEquals("maxAttempts must be between 1 and 10, was 0", assertThrows(IllegalArgumentException.class,
                () -> WebhookNotifier.builder().maxAttempts(0)).getMessage());
        assertEquals("requestTimeout must be between PT0.001S and PT2M, was PT5M", assertThrows(
                IllegalArgumentException.class,
                () -> WebhookNotifier.builder().requestTimeout(Duration.ofMinutes(5))).getMessage());
        assertEquals("url(...) is required", assertThrows(IllegalStateException.class,
                () -> WebhookNotifier.builder().build()).getMessage());
        assertTrue(assertThrows(IllegalStateException.class,
                () -> WebhookNotifier.builder().url("https://example.com/x").build()).getMessage()
                .startsWith("secret(...) is required for WebhookFormat.JSON"));
    }
}
