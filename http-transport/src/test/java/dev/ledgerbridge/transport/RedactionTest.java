package dev.ledgerbridge.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RedactionTest extends WireMockSupport {
    private static final String API_KEY = "ak_live_5b1e0f7c9d2a4e6b";
    private static final String SECRET = "s3cr3t-Very-Private";
    private static final String REFRESH = "rt-98f7a6e5d4c3b2a1";
    private static final String ACCESS = "at-0123456789abcdef";
    private static final String EMAIL = "erika.mustermann@example.de";

    @Test
    void secretsNeverReachTheLogAndConfiguredPersonalFieldsAreHidden() {
        wm.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", "session=" + ACCESS)
                .withBody("{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
                        + "\",\"expires_in\":3600,\"email\":\"" + EMAIL + "\"}")));
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none())
                .loggingPolicy(LoggingPolicy.builder().redactField("email").build())
                .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5))).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("client:" + SECRET).getBytes());

        String log;
        try (LogCapture capture = new LogCapture()) {
            t.execute(ApiRequest.builder().method("POST").uri(url("/token?api_key=" + API_KEY + "&page=2"))
                    .header("Authorization", basic)
                    .header("X-Api-Key", API_KEY)
                    .body("{\"api_key\":\"" + API_KEY + "\",\"client_secret\":\"" + SECRET + "\",\"name\":\"Muster GmbH\","
                            + "\"email\":\"" + EMAIL + "\",\"nested\":{\"refresh_token\":\"" + REFRESH + "\"}}",
                            "application/json")
                    .build());
            t.execute(ApiRequest.builder().method("POST").uri(url("/token"))
                    .body("grant_type=refresh_token&refresh_token=" + REFRESH + "&client_secret=" + SECRET,
                            "application/x-www-form-urlencoded")
                    .build());
            log = capture.text();
        }

        assertTrue(log.contains("POST /token"), log);
        assertTrue(log.contains("Muster GmbH"), "non-secret fields stay visible: " + log);
        assertTrue(log.contains("page=2"), log);
        for (String secret : new String[] {API_KEY, SECRET, REFRESH, ACCESS, EMAIL, basic.substring(6)}) {
            assertFalse(log.contains(secret), "leaked " + secret + " in:\n" + log);
        }
        assertTrue(log.contains("***"), log);
    }

    @Test
    void sensitiveValuesAreMaskedEvenWhenTheServerEchoesThemUnderAnUnknownName() {
        wm.stubFor(post(urlPathEqualTo("/echo")).willReturn(aResponse().withStatus(400)
                .withHeader("X-Debug", "key " + API_KEY)
                .withBody("{\"success\":false,\"message\":\"api key " + API_KEY + " unknown\"}")));
        HttpTransport t = Transports.builder().retryPolicy(RetryPolicy.none()).build();
        String log;
        try (LogCapture capture = new LogCapture()) {
            t.execute(ApiRequest.builder().method("POST").uri(url("/echo")).sensitive(API_KEY)
                    .body("{\"key_under_odd_name\":\"" + API_KEY + "\"}", "application/json").build());
            log = capture.text();
        }
        assertTrue(log.contains("unknown"), log);
        assertFalse(log.contains(API_KEY), log);
    }

    @Test
    void requestToStringNeverShowsTheBodyOrHeaders() {
        ApiRequest r = ApiRequest.builder().method("POST").uri(url("/x")).header("Authorization", "Basic " + SECRET)
                .body("{\"api_key\":\"" + API_KEY + "\"}", "application/json").build();
        assertFalse(r.toString().contains(API_KEY));
        assertFalse(r.toString().contains(SECRET));
    }
}
