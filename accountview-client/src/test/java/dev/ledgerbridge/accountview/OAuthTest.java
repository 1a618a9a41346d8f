package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.transport.error.AuthenticationException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OAuthTest extends WireMockTestBase {
    private static final URI REDIRECT = URI.create("https://shop.example/av/callback?x=1");

    private void stubData(String accessToken) {
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), accessToken).willReturn(json("{\"CONTACT\":[]}")));
    }

    private void readOnce() {
        company().data().get(DataQuery.builder("AR1").build());
    }

    @Test
    void authorizationUrlCarriesClientIdRedirectScopesAndState() {
        URI uri = client.authorizationUri(REDIRECT, "st4te/+1", Scope.READ, Scope.UPDATE);
        assertEquals(wm.baseUrl() + "/ams/authorize.aspx?response_type=code&client_id=app-key-4711"
                + "&redirect_uri=https%3A%2F%2Fshop.example%2Fav%2Fcallback%3Fx%3D1"
                + "&scope=readaccountviewdata%20updateaccountviewdata&state=st4te%2F%2B1", uri.toString());
        assertThrows(IllegalArgumentException.class, () -> client.authorizationUri(REDIRECT, " ", Scope.READ));
        assertThrows(IllegalArgumentException.class, () -> client.authorizationUri(REDIRECT, "s"));
    }

    @Test
    void productionAndTestHosts() {
        assertEquals("https://www.accountview.net", AccountViewClient.PRODUCTION.toString());
        assertEquals("https://test.accountview.net", AccountViewClient.TEST.toString());
        AccountViewClient prod = AccountViewClient.builder().credentials(OAuthCredentials.of("id", "secret"))
                .tokenStore(new InMemoryTokenStore()).build();
        assertTrue(prod.authorizationUri(REDIRECT, "s", Scope.READ).toString()
                .startsWith("https://www.accountview.net/ams/authorize.aspx?"));
    }

    @Test
    void exchangesCodeWithCredentialsInFormBodyAndStoresTokens() {
        store = new InMemoryTokenStore();
        client = clientBuilder().build();
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(tokenJson("new-access", "new-refresh", 3600))));

        TokenSet t = client.exchangeCode("the-code/+=", REDIRECT);

        wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withoutHeader("Authorization")
                .withRequestBody(equalTo("grant_type=authorization_code&code=the-code%2F%2B%3D"
                        + "&redirect_uri=https%3A%2F%2Fshop.example%2Fav%2Fcallback%3Fx%3D1"
                        + "&client_id=app-key-4711&client_secret=s3cr3t-client-value")));
        assertEquals("new-access", t.accessToken());
        assertEquals("new-refresh", t.refreshToken().orElseThrow());
        assertEquals("readaccountviewdata", t.scope().orElseThrow());
        assertEquals(time.now().plusSeconds(3600), t.expiresAt().orElseThrow());
        assertEquals(t, store.load().orElseThrow());
    }

    @Test
    void aCodeExchangeWithoutRefreshTokenIsKeptAndUsedUntilTheAccessTokenExpires() {
        store = new InMemoryTokenStore();
        client = clientBuilder().build();
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json("{\"access_token\":\"only-access\","
                + "\"token_type\":\"bearer\",\"expires_in\":3600}")));
        stubData("only-access");

        TokenSet t = client.exchangeCode("the-code", REDIRECT);
        readOnce();

        assertTrue(t.refreshToken().isEmpty());
        assertEquals(t, store.load().orElseThrow());
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer only-access")));

        time.advance(Duration.ofHours(1));
        AuthenticationException e = assertThrows(AuthenticationException.class, this::readOnce);
        assertTrue(e.getMessage().contains("no refresh token") && e.getMessage().contains("authorise the application "
                + "again"), e.getMessage());
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token"))); // the exchange only: nothing to refresh with
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)));
    }

    @Test
    void aRejectedAccessTokenWithoutRefreshTokenAsksToAuthoriseAgain() {
        store.save(TokenSet.builder().accessToken(ACCESS).build()); // expiry unknown: used until the server says no
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(401, "{\"ErrorType\":\"Unauthorized\"}")));

        AuthenticationException e = assertThrows(AuthenticationException.class, this::readOnce);

        assertTrue(e.getMessage().contains("authorise the application again"), e.getMessage());
        assertFalse(e.getMessage().contains(ACCESS));
        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        assertThrows(AuthenticationException.class, client::refreshTokens);
    }

    @Test
    void aTokenSetNeedsOnlyItsAccessToken() {
        TokenSet t = TokenSet.builder().accessToken("a").tokenType("bearer").build();
        assertTrue(t.refreshToken().isEmpty());
        assertEquals("Bearer", t.tokenType());
        assertEquals(t, t.toBuilder().build());
        assertEquals("r", t.toBuilder().refreshToken("r").build().refreshToken().orElseThrow());
        assertTrue(t.toString().contains("refreshToken=none"), t.toString());
        assertEquals("TokenSet needs accessToken(String); it was not called",
                assertThrows(IllegalStateException.class, () -> TokenSet.builder().refreshToken("r").build())
                        .getMessage());
        assertEquals("refreshToken must not be blank",
                assertThrows(IllegalArgumentException.class, () -> TokenSet.builder().refreshToken(" ")).getMessage());
        assertEquals("accessToken must not be blank",
                assertThrows(IllegalArgumentException.class, () -> TokenSet.builder().accessToken("")).getMessage());
    }

    @Test
    void refreshesBeforeExpiryWithinSkewAndUsesTheNewToken() {
        store.save(tokens(ACCESS, REFRESH, time.now().plusSeconds(30))); // inside the 60 s default skew
        stubRefresh(REFRESH, "access-2", "refresh-2");
        stubData("access-2");

        readOnce();

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token"))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-token-RRR"
                        + "&client_id=app-key-4711&client_secret=s3cr3t-client-value")));
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer access-2")));
        assertEquals("refresh-2", store.load().orElseThrow().refreshToken().orElseThrow());
    }

    @Test
    void doesNotRefreshAValidTokenButDoesOnceTheClockPassesTheSkew() {
        stubData(ACCESS);
        readOnce();
        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/token")));

        time.advance(Duration.ofMinutes(59).plusSeconds(1)); // 59 s left < 60 s skew
        stubRefresh(REFRESH, "access-2", "refresh-2");
        stubData("access-2");
        readOnce();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
    }

    @Test
    void configurableSkew() {
        client = clientBuilder().refreshSkew(Duration.ofMinutes(10)).build();
        time.advance(Duration.ofMinutes(51)); // 9 min left
        stubRefresh(REFRESH, "access-2", "refresh-2");
        stubData("access-2");
        readOnce();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
    }

    @Test
    void unauthorisedThenRefreshThenSuccess() {
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json(401,
                "{\"ErrorType\":\"AuthenticationError\",\"ErrorNumbers\":null,\"ErrorMessage\":\"Token expired\"}")));
        stubRefresh(REFRESH, "access-2", "refresh-2");
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-2")
                .willReturn(json("{\"CONTACT\":[{\"SUB_NR\":\"10023\"}]}")));

        var tables = company().data().get(DataQuery.builder("AR1").build());

        assertEquals("10023", tables.rows("CONTACT").get(0).string("SUB_NR"));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)));
        assertEquals("refresh-2", store.load().orElseThrow().refreshToken().orElseThrow());
    }

    @Test
    void secondUnauthorisedAfterOneRefreshIsAnAuthenticationException() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(401, "{\"ErrorType\":\"AuthenticationError\","
                + "\"ErrorMessage\":\"Geen toegang\"}")));
        stubRefresh(REFRESH, "access-2", "refresh-2");

        AuthenticationException e = assertThrows(AuthenticationException.class, this::readOnce);

        assertEquals(401, e.httpStatus());
        assertTrue(e.getMessage().contains("Geen toegang"), e.getMessage());
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)));
    }

    @Test
    void refusedRefreshTokenIsAnAuthenticationExceptionWithoutSecrets() {
        store.save(tokens(ACCESS, REFRESH, time.now()));
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token refresh-token-RRR is invalid\"}")));

        AuthenticationException e = assertThrows(AuthenticationException.class, this::readOnce);

        assertEquals("invalid_grant", e.errorCode().orElseThrow());
        assertFalse(e.getMessage().contains(REFRESH), e.getMessage());
        assertFalse(e.getMessage().contains(CLIENT_SECRET), e.getMessage());
        wm.verify(0, getRequestedFor(urlPathEqualTo(DATA)));
    }

    @Test
    void aRefreshThatGetsNoAnswerIsRepeatedAndAThrottledOneIsARateLimitNotARefusal() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).inScenario("r").whenScenarioStateIs(
                com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willReturn(json(503, "{}"))
                .willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).inScenario("r").whenScenarioStateIs("up")
                .willReturn(json(tokenJson("a2", "r2", 3600))));
        assertEquals("a2", client.refreshTokens().accessToken());
        wm.verify(2, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/v3/token")));

        wm.resetAll();
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(429, "{}").withHeader("Retry-After", "3600")));
        dev.ledgerbridge.transport.error.RateLimitedException e = assertThrows(
                dev.ledgerbridge.transport.error.RateLimitedException.class, () -> client.refreshTokens());
        assertFalse(e.getMessage().contains("authorise"), e.getMessage());
    }

    @Test
    void aTokenEndpointThatDoesNotExistIsAWrongAddressNotARefusedGrant() {
        store.save(tokens(ACCESS, REFRESH, time.now()));
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(404, "<html>Not Found</html>")));

        dev.ledgerbridge.transport.error.NotFoundException e = assertThrows(
                dev.ledgerbridge.transport.error.UnknownEndpointException.class, () -> client.refreshTokens());

        assertTrue(e.getMessage().contains("no token endpoint at") && e.getMessage().contains("baseUrl"),
                e.getMessage());
        assertFalse(e.getMessage().contains("authorise"), e.getMessage());
        assertEquals(REFRESH, store.load().orElseThrow().refreshToken().orElseThrow(), "the stored tokens are untouched");
    }

    @Test
    void aRefusedClientSaysToCheckTheCredentialsNotToAuthoriseAgain() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(401, "{\"error\":\"invalid_client\"}")));

        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> client.exchangeCode("c", REDIRECT));

        assertTrue(e.getMessage().contains("check the OAuth client id and secret"), e.getMessage());
    }

    @Test
    void aCodeExchangeIsNeverRepeated() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(503, "{}")));
        assertThrows(dev.ledgerbridge.transport.error.ServerException.class, () -> client.exchangeCode("c", REDIRECT));
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/v3/token")));
    }

    @Test
    void withoutStoredTokensTheErrorSaysToAuthoriseFirst() {
        store = new InMemoryTokenStore();
        client = clientBuilder().build();
        AuthenticationException e = assertThrows(AuthenticationException.class, this::readOnce);
        assertTrue(e.getMessage().contains("authorise"), e.getMessage());
    }

    @Test
    void missingExpiresInMeansRefreshOnlyAfter401UnlessALifetimeIsAssumed() {
        store = new InMemoryTokenStore();
        client = clientBuilder().assumedTokenLifetime(Duration.ofMinutes(20)).build();
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json(
                "{\"access_token\":\"a1\",\"refresh_token\":\"r1\"}")));
        TokenSet t = client.exchangeCode("c", REDIRECT);
        assertEquals(time.now().plus(Duration.ofMinutes(20)), t.expiresAt().orElseThrow());

        store = new InMemoryTokenStore();
        client = clientBuilder().build();
        assertTrue(client.exchangeCode("c", REDIRECT).expiresAt().isEmpty());
    }

    @Test
    void refreshWithoutNewRefreshTokenKeepsTheOldOne() {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(json("{\"access_token\":\"a2\",\"expires_in\":60}")));
        TokenSet t = client.refreshTokens();
        assertEquals("a2", t.accessToken());
        assertEquals(REFRESH, t.refreshToken().orElseThrow());
    }

    @Test
    void concurrentCallersWithAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        store.save(tokens(ACCESS, REFRESH, time.now().minusSeconds(1)));
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).withFormParam("refresh_token", equalTo(REFRESH))
                .willReturn(json(tokenJson("access-2", "refresh-2", 3600)).withFixedDelay(150)));
        stubData("access-2");
        runConcurrently(8, this::readOnce);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        wm.verify(8, getRequestedFor(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer access-2")));
    }

    @Test
    void concurrentCallersRejectedWith401CauseExactlyOneRefresh() throws Exception {
        // no expiry known: every thread uses the old token, gets 401, and asks for a refresh
        store.save(TokenSet.builder().accessToken(ACCESS).refreshToken(REFRESH).build());
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json(401, "{}").withFixedDelay(50)));
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).withFormParam("refresh_token", equalTo(REFRESH))
                .willReturn(json(tokenJson("access-2", "refresh-2", 3600)).withFixedDelay(150)));
        stubData("access-2");
        runConcurrently(6, this::readOnce);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        assertEquals("refresh-2", store.load().orElseThrow().refreshToken().orElseThrow());
    }

    private static void runConcurrently(int threads, Runnable action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                action.run();
                ok.incrementAndGet();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads, ok.get());
    }

    @Test
    void tokensAndSecretsNeverAppearInLogsOrToString() {
        store = new InMemoryTokenStore();
        client = clientBuilder().build();
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).withFormParam("grant_type", equalTo("authorization_code"))
                .willReturn(json(tokenJson("access-1", "refresh-1", 3600))));
        stubRefresh("refresh-1", "access-2", "refresh-2");
        wm.stubFor(get(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(json(401, "{}")));
        stubData("access-2");

        String log = captureLog(() -> {
            TokenSet t = client.exchangeCode("secret-auth-code", REDIRECT);
            readOnce();
            System.err.println(t);
            System.err.println(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET));
            System.err.println(client);
            System.err.println(store);
        });

        assertTrue(log.contains("accountviewdata"), "logging must be on for this test to mean anything:\n" + log);
        assertTrue(log.contains("refreshed"), log);
        for (String secret : List.of("access-1", "refresh-1", "access-2", "refresh-2", CLIENT_SECRET,
                "secret-auth-code")) {
            assertFalse(log.contains(secret), "log contains " + secret + ":\n" + log);
        }
    }

    @Test
    void tokenSetToStringHidesTokens() {
        TokenSet t = tokens(ACCESS, REFRESH, Instant.parse("2024-05-14T11:15:00Z"));
        assertFalse(t.toString().contains(ACCESS));
        assertFalse(t.toString().contains(REFRESH));
        assertTrue(t.toString().contains("2024-05-14T11:15:00Z"));
        assertFalse(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET).toString().contains(CLIENT_SECRET));
    }
}
