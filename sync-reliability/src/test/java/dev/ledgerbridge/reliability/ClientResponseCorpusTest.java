package dev.ledgerbridge.reliability;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.RetryPolicy;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken answers (HTML where JSON was expected, truncated, malformed, empty, a JSON of the wrong shape) give a
 * typed exception that names the endpoint and says what was wrong, without leaking a secret; bad input is refused
 * before anything is sent.
 */
class ClientResponseCorpusTest {
    static final String SECRET = "corpus-secret-4711";
    static final String API_KEY = "corpus-api-key-0815";
    static final String ACCESS = "corpus-access-token-42";
    static final String REFRESH = "corpus-refresh-token-43";

    WireMockServer server;
    BuchhaltungsButlerClient bb;
    CompanyClient av;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
        ManualTimeSource time = new ManualTimeSource();
        bb = BuchhaltungsButlerClient.builder().baseUrl(server.baseUrl()).apiClient("corpus-client")
                .apiSecret(SECRET).apiKey(API_KEY).timeSource(time).retryPolicy(RetryPolicy.none()).build();
        av = AccountViewClient.builder().baseUrl(server.baseUrl())
                .credentials(OAuthCredentials.of("corpus-client-id", SECRET))
                .tokenStore(new InMemoryTokenStore(TokenSet.builder().accessToken(ACCESS).refreshToken(REFRESH)
                        .tokenType("Bearer").expiresAt(Instant.parse("2100-01-01T00:00:00Z")).build()))
                .timeSource(time).retryPolicy(RetryPolicy.none())
                .build().forCompanyId("C-1");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static Stream<Arguments> brokenAnswers() {
        return Stream.of(
                Arguments.of("HTML login page with 200", aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Login</body></html>")),
                Arguments.of("HTML error page with 502", aResponse().withStatus(502)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway</body></html>")),
                Arguments.of("truncated JSON", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"rows\":2,\"data\":[{\"name\":\"Kunde")),
                Arguments.of("malformed JSON", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{success: yes, data: [}")),
                Arguments.of("empty body", aResponse().withStatus(200).withHeader("Content-Type", "application/json")),
                Arguments.of("JSON of the wrong shape", aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("[1, 2, 3]")));
    }

    @ParameterizedTest(name = "BuchhaltungsButler debtor list: {0}")
    @MethodSource("brokenAnswers")
    void bbBrokenAnswerIsAClearTypedError(String what, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo("/settings/get/debtors")).willReturn(answer));
        ApiException e = assertThrows(ApiException.class, () -> bb.debtors().list().stream().toList(), what);
        assertClear(e, "debtors");
    }

    /**
     * AccountView's spec says an empty result may come as an empty body, a missing key or a 404, and clients must
     * read all three as "no rows"; so an empty body and a JSON without the table are not errors there.
     */
    static Stream<Arguments> brokenAvAnswers() {
        return brokenAnswers().filter(a -> !a.get()[0].equals("empty body")
                && !a.get()[0].equals("JSON of the wrong shape"));
    }

    @ParameterizedTest(name = "AccountView debtor read: {0}")
    @MethodSource("brokenAvAnswers")
    void avBrokenAnswerIsAClearTypedError(String what, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo("/api/v3/accountviewdata")).willReturn(answer));
        ApiException e = assertThrows(ApiException.class, () -> av.debtors().all().stream().toList(), what);
        assertClear(e, "AR1");
    }

    private static void assertClear(ApiException e, String endpointPart) {
        String message = e.getMessage();
        assertTrue(message.contains(endpointPart), "names the endpoint: " + message);
        assertTrue(message.length() < 2_000, "no dump of the whole body: " + message.length() + " chars");
        for (String secret : new String[] {SECRET, API_KEY, ACCESS, REFRESH}) {
            assertFalse(message.contains(secret), "leaks a secret: " + message);
            assertFalse(String.valueOf(e).contains(secret), "leaks a secret in toString");
        }
    }

    @Test
    void bbMalformedEmailIsRefusedBeforeSending() {
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> bb.debtors()
                .create(DebtorFields.builder().name("Kunde").email("kunde-at-example.de").build()));
        assertTrue(e.getMessage().contains("email") && e.getMessage().contains("kunde-at-example.de"),
                e.getMessage());
        assertEquals(0, server.findAll(anyRequestedFor(anyUrl())).size(), "nothing was sent");
    }

    @Test
    void avOverLongNameIsRefusedBeforeSending() {
        String name = "N".repeat(41);
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> av.debtors()
                .insert(Debtor.builder().name(name).searchCode("N").build()));
        assertTrue(e.getMessage().contains("name") && e.getMessage().contains(name)
                && e.getMessage().contains("40"), e.getMessage());
        assertEquals(0, server.findAll(anyRequestedFor(anyUrl())).size(), "nothing was sent");
    }

    @Test
    void avMissingMandatoryFieldIsRefusedBeforeSending() {
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> av.debtors()
                .insert(Debtor.builder().searchCode("N").build()));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertEquals(0, server.findAll(anyRequestedFor(anyUrl())).size(), "nothing was sent");
    }
}
