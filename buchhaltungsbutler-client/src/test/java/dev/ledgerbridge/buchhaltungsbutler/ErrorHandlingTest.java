package dev.ledgerbridge.buchhaltungsbutler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.PermissionException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.ServerException;
import org.junit.jupiter.api.Test;

/** Envelope and error-code mapping per (path, error_code). */
class ErrorHandlingTest extends WireTest {

    static final ReceiptQuery INBOUND = ReceiptQuery.builder().direction(ReceiptDirection.INBOUND).build();

    @Test
    void validationCodeNamesTheField() {
        stub("/receipts/get", 400, fixture("error-receipts-get-missing-list-direction.response.json"));
        BuchhaltungsButlerErrorException e = assertThrows(BuchhaltungsButlerErrorException.class,
                () -> client.receipts().list(INBOUND).iterator().next());
        assertEquals("5", e.errorCode().orElseThrow());
        assertEquals("list_direction", e.field().orElseThrow());
        assertEquals(400, e.httpStatus());
        assertEquals("POST /receipts/get", e.endpoint().orElseThrow());
        assertTrue(e.getMessage().contains("invalid list_direction specified"), e.getMessage());
        assertFalse(e.isRetryable());
        assertEquals(1, requestCount(), "a 400 is not retried");
    }

    @Test
    void sameCodeMeansDifferentFieldsPerEndpoint() {
        stub("/receipts/get", 400, "{\"success\":false,\"error_code\":15,\"message\":\"invalid field specified\"}");
        BuchhaltungsButlerErrorException e = assertThrows(BuchhaltungsButlerErrorException.class,
                () -> client.receipts().list(INBOUND).iterator().next());
        assertEquals("order", e.field().orElseThrow(), "15 on /receipts/get is the sort field, not throttling");

        stub("/settings/add/debtor", 400, "{\"success\":false,\"error_code\":14,\"message\":\"invalid street specified\"}");
        BuchhaltungsButlerErrorException d = assertThrows(BuchhaltungsButlerErrorException.class,
                () -> client.debtors().create(DebtorFields.builder().name("A").build()));
        assertEquals("city", d.field().orElseThrow(), "the spec's message text for 14 is wrong; the code decides");
    }

    @Test
    void code3IsAuthentication() {
        stub("/accounts/get", 401, "{\"success\":false,\"error_code\":3,\"message\":\"API credentials unknown or invalid\"}");
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("API client or secret"), e.getMessage());
        assertEquals(1, requestCount());
    }

    @Test
    void code4IsAuthenticationOfTheApiKey() {
        stub("/accounts/get", 401, "{\"success\":false,\"error_code\":4,\"message\":\"customer not found or insufficient privileges\"}");
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("api_key"), e.getMessage());
    }

    @Test
    void code11IsInactiveAccount() {
        stub("/accounts/get", 403, "{\"success\":false,\"error_code\":11,\"message\":\"customer has no active status\"}");
        PermissionException e = assertThrows(PermissionException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("not active"), e.getMessage());
    }

    @Test
    void throttledBatchIsRateLimitedAndRepeatedOnlyAsConfigured() {
        client = builder().throttleRetries(0).build();
        stub("/settings/add-batch/debtors", 403, "{\"success\":false,\"error_code\":15,\"message\":\"adding temporarily restricted\"}");
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.debtors().createBatch(java.util.List.of(DebtorFields.builder().name("A").build())));
        assertTrue(e.isRetryable());
        assertEquals("15", e.errorCode().orElseThrow());
        assertEquals(1, requestCount());
    }

    @Test
    void http403WithCode15IsThrottlingOnReadsToo() {
        client = builder().throttleRetries(0).build();
        stub("/receipts/get", 403, "{\"success\":false,\"error_code\":15,\"message\":\"adding temporarily restricted\"}");
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.receipts().list(INBOUND).iterator().next());
        assertEquals("15", e.errorCode().orElseThrow(), "403 + 15 is the throttle answer; the field code 15 comes with 400");
        assertEquals(1, requestCount());
    }

    @Test
    void throttledWriteSucceedsAfterTheDelay() {
        server.stubFor(post(urlEqualTo(BASE + "/transactions/add")).inScenario("t").whenScenarioStateIs("Started")
                .willSetStateTo("ok").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":false,\"error_code\":15,\"message\":\"adding temporarily restricted\"}")));
        server.stubFor(post(urlEqualTo(BASE + "/transactions/add")).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"message\":\"\",\"id_by_customer\":9}")));
        long id = client.transactions().create(TransactionServiceTest.tx().build());
        assertEquals(9L, id);
        assertEquals(2, requestCount());
        assertEquals(java.time.Duration.ofSeconds(6), time.totalSlept());
    }

    @Test
    void htmlNotFoundPageIsAnUnknownEndpoint() {
        server.stubFor(post(urlEqualTo(BASE + "/accounts/get")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<!DOCTYPE html><html><body>Login</body></html>")));
        NotFoundException e = assertThrows(dev.ledgerbridge.transport.error.UnknownEndpointException.class,
                () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().startsWith("Unknown endpoint POST /accounts/get"), e.getMessage());
        assertTrue(e.getMessage().contains("base URL"), e.getMessage());
    }

    @Test
    void aRedirectNamesWhereItPointsInsteadOfAnEmptyBody() {
        server.stubFor(post(urlEqualTo(BASE + "/accounts/get")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://webapp.buchhaltungsbutler.de/login")));
        dev.ledgerbridge.transport.error.ApiException e = assertThrows(
                dev.ledgerbridge.transport.error.ApiException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("redirect to https://webapp.buchhaltungsbutler.de/login")
                && e.getMessage().contains("check the base URL"), e.getMessage());
    }

    @Test
    void serverErrorOnReadIsRetriedThenThrown() {
        stub("/accounts/get", 500, "{\"success\":false,\"error_code\":0,\"message\":\"error while processing the request\"}");
        ServerException e = assertThrows(ServerException.class, () -> client.paymentAccounts().list());
        assertEquals(4, requestCount(), "reads are repeatable: default policy makes 4 attempts");
        assertEquals("0", e.errorCode().orElseThrow());
    }

    @Test
    void serverErrorOnWriteIsNotRetriedAndSaysToCheckFirst() {
        stub("/settings/add/debtor", 504, "{\"success\":false,\"error_code\":30,\"message\":\"a timeout occurred while processing the request\"}");
        ServerException e = assertThrows(ServerException.class,
                () -> client.debtors().create(DebtorFields.builder().name("A").build()));
        assertEquals(1, requestCount());
        assertTrue(e.getMessage().contains("may have been applied"), e.getMessage());
    }

    @Test
    void retryWritesMakesWritesRepeatable() {
        client = builder().retryWrites(true).build();
        stub("/settings/add/debtor", 503, "{\"success\":false,\"error_code\":0,\"message\":\"x\"}");
        assertThrows(ServerException.class, () -> client.debtors().create(DebtorFields.builder().name("A").build()));
        assertEquals(4, requestCount());
    }

    @Test
    void successFalseWith200IsAnError() {
        stub("/accounts/get", "{\"success\":false,\"error_code\":5,\"message\":\"invalid settings type specified\"}");
        assertThrows(BuchhaltungsButlerErrorException.class, () -> client.paymentAccounts().list());
    }

    @Test
    void http429IsRateLimited() {
        client = builder().retryPolicy(dev.ledgerbridge.transport.RetryPolicy.none()).build();
        stub("/accounts/get", 429, "{\"success\":false,\"message\":\"too many requests\"}");
        assertThrows(RateLimitedException.class, () -> client.paymentAccounts().list());
    }

    @Test
    void http429OnAReadIsRetriedOnlyByTheTransportPolicy() {
        stub("/accounts/get", 429, "{\"success\":false,\"message\":\"too many requests\"}");
        assertThrows(RateLimitedException.class, () -> client.paymentAccounts().list());
        assertEquals(4, requestCount(), "4 transport attempts, no extra client-level repeats");
    }

    @Test
    void truncatedJsonIsAParseError() {
        stub("/accounts/get", "{\"success\":true,\"data\":[{\"name\":");
        ResponseParseException e = assertThrows(ResponseParseException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("/accounts/get"), e.getMessage());
    }

    @Test
    void unexpectedTypeIsAParseErrorNamingTheEndpoint() {
        stub("/accounts/get", "{\"success\":true,\"data\":[{\"postingaccount_number\":\"not-a-number\"}]}");
        ResponseParseException e = assertThrows(ResponseParseException.class, () -> client.paymentAccounts().list());
        assertTrue(e.getMessage().contains("POST /accounts/get"), e.getMessage());
    }
}
