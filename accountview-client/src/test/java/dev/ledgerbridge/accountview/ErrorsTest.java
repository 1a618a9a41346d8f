package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.model.ArticleGroup;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.transport.error.ApiErrorException;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.PermissionException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.ServerException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorsTest extends WireMockTestBase {
    private static final String DUTCH = "Het veld Naam (ACCT_NAME) is verplicht";

    private Debtor debtor() {
        return Debtor.builder().name("Jansen").searchCode("-").build();
    }

    @Test
    void errorBodyWithStatus200IsAnApiErrorWithTheMessageVerbatim() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(200,
                "{\"ErrorType\":\"AccountViewError\",\"ErrorNumbers\":null,\"ErrorMessage\":\"" + DUTCH + "\"}")));
        ApiErrorException e = assertThrows(ApiErrorException.class, () -> company().debtors().insert(debtor()));
        assertEquals(200, e.httpStatus());
        assertEquals("AccountViewError", e.errorCode().orElseThrow());
        assertTrue(e.getMessage().contains(DUTCH), e.getMessage());
        assertEquals("POST accountviewdata AR1", e.endpoint().orElseThrow());
        wm.verify(1, postRequestedFor(urlPathEqualTo(DATA))); // a write is never retried
    }

    @Test
    void fixtureErrorBodyWithEmptyMessageOn200IsStillAnError() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(fixture("error-response.json"))));
        ApiErrorException e = assertThrows(ApiErrorException.class,
                () -> company().data().get(DataQuery.builder("AR1").build()));
        assertTrue(e.getMessage().contains("no error message"), e.getMessage());
        assertEquals("AccountViewError", e.errorCode().orElseThrow());
    }

    @Test
    void badRequestWithErrorBody() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(400,
                "{\"ErrorType\":\"ValidationError\",\"ErrorMessage\":\"" + DUTCH + "\"}")));
        ApiErrorException e = assertThrows(ApiErrorException.class, () -> company().debtors().insert(debtor()));
        assertEquals(400, e.httpStatus());
        assertEquals("ValidationError", e.errorCode().orElseThrow());
        assertTrue(e.getMessage().contains(DUTCH));
        assertFalse(e.isRetryable());
    }

    @Test
    void errorNumbersOfAnyShapeAreKeptAndNamedInTheMessage() {
        String[][] shapes = {
            {"null", ""},
            {"4711", "4711"},
            {"\"E-1001\"", "E-1001"},
            {"[1001, \"1002\", null]", "1001|1002"},
            {"{\"Number\":1001,\"Field\":\"ACCT_NAME\"}", "{\"Number\":1001,\"Field\":\"ACCT_NAME\"}"},
            {"[{\"Number\":7}]", "{\"Number\":7}"},
        };
        for (String[] shape : shapes) {
            wm.resetAll();
            wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(400, "{\"ErrorType\":\"AccountViewError\","
                    + "\"ErrorNumbers\":" + shape[0] + ",\"ErrorMessage\":\"" + DUTCH + "\"}")));
            AccountViewErrorException e = assertThrows(AccountViewErrorException.class,
                    () -> company().debtors().insert(debtor()), shape[0]);
            java.util.List<String> expected = shape[1].isEmpty() ? java.util.List.of()
                    : java.util.List.of(shape[1].split("\\|"));
            assertEquals(expected, e.errorNumbers(), shape[0]);
            assertEquals(DUTCH, e.serverMessage().orElseThrow());
            assertEquals("AccountViewError", e.errorCode().orElseThrow());
            if (!expected.isEmpty()) {
                assertTrue(e.getMessage().contains("error numbers " + String.join(", ", expected)), e.getMessage());
            }
        }
    }

    @Test
    void errorNumbersOnA200ErrorBodyMakeItAnAccountViewError() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(200,
                "{\"ErrorType\":\"AccountViewError\",\"ErrorNumbers\":[2040],\"ErrorMessage\":\"" + DUTCH + "\"}")));
        AccountViewErrorException e = assertThrows(AccountViewErrorException.class,
                () -> company().debtors().insert(debtor()));
        assertEquals(java.util.List.of("2040"), e.errorNumbers());
        assertEquals(200, e.httpStatus());
    }

    @Test
    void errorNumbersAreNotLostOnStatusesWithTheirOwnException() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(403,
                "{\"ErrorType\":\"AccountViewError\",\"ErrorNumbers\":[3001,3002],"
                        + "\"ErrorMessage\":\"Geen rechten voor AG1\"}")));
        PermissionException e = assertThrows(PermissionException.class,
                () -> company().articleGroups().insert(ArticleGroup.builder().code("G1").description("Groep").build()));
        assertTrue(e.getMessage().contains("error numbers 3001, 3002"), e.getMessage());
    }

    @Test
    void forbiddenIsAPermissionException() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(403,
                "{\"ErrorType\":\"AccountViewError\",\"ErrorMessage\":\"Geen rechten voor AG1\"}")));
        PermissionException e = assertThrows(PermissionException.class,
                () -> company().articleGroups().insert(ArticleGroup.builder().code("G1").description("Groep").build()));
        assertTrue(e.getMessage().contains("Geen rechten voor AG1"));
    }

    @Test
    void aRedirectNamesWhereItPointsInsteadOfAnEmptyBody() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withStatus(302).withHeader("Location", "http://login.example/")));
        dev.ledgerbridge.transport.error.ApiException e = assertThrows(
                dev.ledgerbridge.transport.error.ApiException.class, () -> company().articleGroups().all().stream()
                        .toList());
        assertTrue(e.getMessage().contains("redirect to http://login.example/"), e.getMessage());
    }

    @Test
    void serverErrorOnAReadIsRetriedThenThrown() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(500,
                "{\"ErrorType\":\"InternalError\",\"ErrorMessage\":\"Koppeling met AccountView is niet actief\"}")));
        ServerException e = assertThrows(ServerException.class,
                () -> company().data().get(DataQuery.builder("AR1").build()));
        assertTrue(e.isRetryable());
        assertTrue(e.getMessage().contains("niet actief"));
        wm.verify(4, getRequestedFor(urlPathEqualTo(DATA)));
        assertEquals(Duration.ofMillis(3500), time.totalSlept()); // 500 + 1000 + 2000 ms, no real sleeping
    }

    @Test
    void serverErrorOnAWriteIsNotRetried() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(json(503, "{}")));
        assertThrows(ServerException.class, () -> company().debtors().insert(debtor()));
        wm.verify(1, postRequestedFor(urlPathEqualTo(DATA)));
    }

    @Test
    void gatewayHtmlPageIsToleratedAndDescribed() {
        client = clientBuilder().transport(dev.ledgerbridge.transport.Transports.builder().timeSource(time)
                .retryPolicy(dev.ledgerbridge.transport.RetryPolicy.none()).build()).build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));
        ServerException e = assertThrows(ServerException.class,
                () -> company().data().get(DataQuery.builder("AR1").build()));
        assertTrue(e.getMessage().contains("HTML"), e.getMessage());
        assertEquals(502, e.httpStatus());
    }

    @Test
    void htmlWith200IsAParseError() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));
        assertThrows(ResponseParseException.class, () -> company().data().get(DataQuery.builder("AR1").build()));
    }

    @Test
    void tooManyRequestsIsRateLimitedWithTheWait() {
        client = clientBuilder().transport(dev.ledgerbridge.transport.Transports.builder().timeSource(time)
                .retryPolicy(dev.ledgerbridge.transport.RetryPolicy.none()).build()).build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(429, "{}").withHeader("Retry-After", "30")));
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> company().data().get(DataQuery.builder("AR1").build()));
        assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    }

    @Test
    void emptySuccessBodyOfAWriteReturnsTheValueSent() {
        wm.stubFor(post(urlPathEqualTo(DATA)).willReturn(aResponse().withStatus(201)));
        Debtor d = debtor();
        assertEquals(d, company().debtors().insert(d));
    }

    @Test
    void exceptionsNeverCarryTokens() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(401, "{\"ErrorMessage\":\"bad token\"}")));
        stubRefresh(REFRESH, "access-2", "refresh-2");
        ApiException e = assertThrows(ApiException.class, () -> company().data().get(DataQuery.builder("AR1").build()));
        String all = e + " " + e.getMessage() + " " + e.endpoint().orElse("");
        for (String secret : new String[] {ACCESS, REFRESH, "access-2", "refresh-2", CLIENT_SECRET}) {
            assertFalse(all.contains(secret), all);
        }
    }
}
