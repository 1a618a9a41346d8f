package dev.ledgerbridge.testkit.accountview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.testkit.Http;
import dev.ledgerbridge.testkit.ManualClock;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountViewOAuthTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
    private AccountViewEmulator av;
    private AvWire wire;

    @BeforeEach
    void start() {
        av = AccountViewEmulator.builder().clock(clock)
                .tokenLifetimes(Duration.ofMinutes(30), Duration.ofDays(1)).start();
        wire = new AvWire(av);
    }

    @AfterEach
    void stop() {
        av.close();
    }

    private String codeForm(String code) {
        return "grant_type=authorization_code&code=" + AvWire.enc(code) + "&redirect_uri="
                + AvWire.enc(av.redirectUri()) + "&client_id=" + AvWire.enc(av.clientId()) + "&client_secret="
                + AvWire.enc(av.clientSecret());
    }

    private String refreshForm(String refreshToken) {
        return "grant_type=refresh_token&refresh_token=" + AvWire.enc(refreshToken) + "&client_id="
                + AvWire.enc(av.clientId()) + "&client_secret=" + AvWire.enc(av.clientSecret());
    }

    @Test
    void authorizationCodeFlowOverHttpRedirectsWithCodeAndState() {
        Http.Result redirect = Http.send(HttpRequest.newBuilder(Http.uri(av.authorizeUrl("xyz-42"))).GET().build());
        assertEquals(302, redirect.status());
        URI location = URI.create(redirect.raw().headers().firstValue("Location").orElseThrow());
        assertTrue(location.toString().startsWith(av.redirectUri() + "?code="), location.toString());
        assertTrue(location.getQuery().endsWith("&state=xyz-42"));
        String code = URLDecoder.decode(location.getRawQuery().split("&")[0].substring(5), StandardCharsets.UTF_8);

        Http.Result token = wire.token(codeForm(code));
        assertEquals(200, token.status(), token.body());
        JsonNode body = token.json();
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(1800, body.get("expires_in").asLong());
        assertEquals(AccountViewEmulator.DEFAULT_SCOPE, body.get("scope").asText());
        assertEquals("no-store", token.raw().headers().firstValue("Cache-Control").orElse(""));

        wire.accessToken = body.get("access_token").asText();
        assertEquals(200, Http.send(wire.request(av.webApiUrl() + "/companies").GET().build()).status());

        Http.Result reused = wire.token(codeForm(code));
        assertEquals(400, reused.status());
        assertEquals("invalid_grant", reused.json().get("error").asText());
    }

    @Test
    void refreshTokensRotateAndTheOldOneIsRejected() {
        JsonNode first = wire.token(codeForm(av.issueAuthorizationCode())).json();
        String oldRefresh = first.get("refresh_token").asText();

        JsonNode second = wire.token(refreshForm(oldRefresh)).json();
        assertNotEquals(oldRefresh, second.get("refresh_token").asText());
        assertNotEquals(first.get("access_token").asText(), second.get("access_token").asText());

        Http.Result replay = wire.token(refreshForm(oldRefresh));
        assertEquals(400, replay.status());
        assertEquals("invalid_grant", replay.json().get("error").asText());
        assertEquals(200, wire.token(refreshForm(second.get("refresh_token").asText())).status());
    }

    @Test
    void clientCredentialsAndGrantTypeAreChecked() {
        Http.Result wrongSecret = wire.token("grant_type=authorization_code&code=" + av.issueAuthorizationCode()
                + "&redirect_uri=" + AvWire.enc(av.redirectUri()) + "&client_id=" + av.clientId()
                + "&client_secret=wrong");
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.json().get("error").asText());
        assertFalse(wrongSecret.body().contains(av.clientSecret()));

        Http.Result password = wire.token("grant_type=password&client_id=" + av.clientId() + "&client_secret="
                + av.clientSecret());
        assertEquals("unsupported_grant_type", password.json().get("error").asText());

        Http.Result wrongRedirect = wire.token("grant_type=authorization_code&code=" + av.issueAuthorizationCode()
                + "&redirect_uri=" + AvWire.enc("http://evil.example/") + "&client_id=" + av.clientId()
                + "&client_secret=" + av.clientSecret());
        assertEquals("invalid_grant", wrongRedirect.json().get("error").asText());
    }

    @Test
    void accessTokensExpireWithTheClockAndOnDemand() {
        Http.Result ok = Http.send(wire.request(av.webApiUrl() + "/companies").GET().build());
        assertEquals(200, ok.status());
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        Http.Result expired = Http.send(wire.request(av.webApiUrl() + "/companies").GET().build());
        assertEquals(401, expired.status());
        assertEquals("Unauthorized", expired.json().get("ErrorType").asText());

        AccountViewTokens tokens = av.issueTokens();
        wire.accessToken = tokens.accessToken();
        assertEquals(200, wire.get(AvWire.params("BusinessObject", "AR1")).status());
        av.expireAccessTokens();
        assertEquals(401, wire.get(AvWire.params("BusinessObject", "AR1")).status());
        assertEquals(200, wire.token(refreshForm(tokens.refreshToken())).status());
        assertFalse(tokens.toString().contains(tokens.accessToken()));
        assertFalse(tokens.toString().contains(tokens.refreshToken()));
        assertFalse(av.toString().contains(av.clientSecret()));
    }

    @Test
    void readOnlyScopeCannotWrite() {
        JsonNode tokens = wire.token(codeForm(av.issueAuthorizationCode("readaccountviewdata"))).json();
        wire.accessToken = tokens.get("access_token").asText();
        assertEquals(200, wire.get(AvWire.params("BusinessObject", "AK1")).status());
        Http.Result write = wire.write("POST", Http.fixture("accountview/debtor-create-ar1.json").toString());
        assertEquals(403, write.status());
        assertTrue(av.company().rows("CONTACT").isEmpty());
    }

    @Test
    void companiesListsIdsForTheXCompanyHeader() {
        try (AccountViewEmulator two = AccountViewEmulator.builder().company("ACME", "Acme BV")
                .company("BETA", "Beta BV").start()) {
            AvWire w = new AvWire(two);
            w.company = null;
            JsonNode list = Http.send(w.request(two.webApiUrl() + "/Companies").GET().build()).json();
            assertEquals(2, list.size());
            assertEquals("ACME", list.get(0).get("Code").asText());
            assertEquals("Acme BV", list.get(0).get("Description").asText());
            assertEquals(two.company("ACME").id(), list.get(0).get("Id").asText());

            Http.Result missing = w.get(AvWire.params("BusinessObject", "AR1"));
            assertEquals(400, missing.status());
            assertEquals("AccountViewError", missing.json().get("ErrorType").asText());
            assertTrue(missing.json().get("ErrorNumbers").isNull());

            two.company("BETA").insert("AG1", java.util.Map.of("AG_CODE", "G1", "AG_DESC", "Alleen in Beta"));
            w.company = two.company("ACME").id();
            assertEquals(0, w.get(AvWire.params("BusinessObject", "AG1")).json().get("ART_GRP").size());
            w.company = two.company("BETA").id();
            assertEquals(1, w.get(AvWire.params("BusinessObject", "AG1")).json().get("ART_GRP").size());
        }
    }
}
