package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.Transports;
import dev.ledgerbridge.transport.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** WireMock server, manual clock and a client wired to both. */
abstract class WireMockTestBase {
    static final String CLIENT_ID = "app-key-4711";
    static final String CLIENT_SECRET = "s3cr3t-client-value";
    static final String ACCESS = "access-token-AAA";
    static final String REFRESH = "refresh-token-RRR";
    static final String COMPANY_ID = "7b0c7f4e-1111-2222-3333-444455556666";
    static final String DATA = "/api/v3/accountviewdata";

    WireMockServer wm;
    ManualTimeSource time;
    TokenStore store;
    AccountViewClient client;

    @BeforeEach
    void startServer() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        wm.start();
        time = new ManualTimeSource(Instant.parse("2024-05-14T10:15:00Z"));
        store = new InMemoryTokenStore(tokens(ACCESS, REFRESH, time.now().plus(Duration.ofHours(1))));
        client = clientBuilder().build();
    }

    @AfterEach
    void stopServer() {
        wm.stop();
    }

    AccountViewClient.Builder clientBuilder() {
        return AccountViewClient.builder().baseUrl(wm.baseUrl())
                .credentials(OAuthCredentials.of(CLIENT_ID, CLIENT_SECRET)).tokenStore(store).timeSource(time)
                .transport(Transports.builder().timeSource(time).random(() -> 0.0).build());
    }

    CompanyClient company() {
        return client.forCompanyId(COMPANY_ID);
    }

    static TokenSet tokens(String access, String refresh, Instant expiresAt) {
        return TokenSet.builder().accessToken(access).refreshToken(refresh).tokenType("Bearer").expiresAt(expiresAt)
                .build();
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder json(String body) {
        return json(200, body);
    }

    static String tokenJson(String access, String refresh, int expiresIn) {
        return "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
                + "\",\"token_type\":\"bearer\",\"scope\":\"readaccountviewdata\",\"expires_in\":" + expiresIn + "}";
    }

    void stubRefresh(String oldRefresh, String newAccess, String newRefresh) {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token"))
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(oldRefresh))
                .willReturn(json(tokenJson(newAccess, newRefresh, 3600))));
    }

    static MappingBuilder authorised(MappingBuilder m, String accessToken) {
        return m.withHeader("Authorization", equalTo("Bearer " + accessToken))
                .withHeader("X-Company", equalTo(COMPANY_ID));
    }

    static String fixture(String name) {
        try (InputStream in = WireMockTestBase.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of the single request WireMock received for the path. */
    String onlyRequestBody(String path) {
        var found = wm.findAll(WireMock.anyRequestedFor(urlPathEqualTo(path)));
        if (found.size() != 1) {
            throw new AssertionError("expected one request to " + path + ", got " + found.size());
        }
        return found.get(0).getBodyAsString();
    }

    /** Runs the action with System.err captured (slf4j-simple writes there) and returns what was logged. */
    static String captureLog(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static <T> void each(Iterable<T> items, Consumer<T> c) {
        items.forEach(c);
    }
}
