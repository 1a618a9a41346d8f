package dev.ledgerbridge.config;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.config.ConnectionCheck.Status;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a check says when a server refuses a refresh token or fails: the wire, through WireMock. */
class ConnectionFailuresTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ConfiguredSync sync(InMemoryTokenStore tokens) {
        LedgerBridgeConfig config = LedgerBridgeConfig.builder()
                .buchhaltungsButler(BuchhaltungsButlerConfig.builder().baseUrl(server.baseUrl() + "/api/v1")
                        .apiClient(Secret.of("client")).apiSecret(Secret.of("bb-secret"))
                        .apiKey(Secret.of("bb-key")).rateLimits(RateLimitSettings.disabled()).build())
                .accountView(AccountViewConfig.builder().baseUrl(server.baseUrl()).clientId("id")
                        .clientSecret(Secret.of("av-secret")).company("ACME").build())
                .flow(FlowConfig.builder().name("c").entity(FlowEntity.CUSTOMERS).from(SystemName.ACCOUNTVIEW)
                        .to(SystemName.BUCHHALTUNGSBUTLER).build())
                .build();
        return ConfiguredSync.builder().config(config).state(new InMemoryStateStore(), new InMemoryActivityLog())
                .tokenStore(tokens).build();
    }

    @Test
    void refusedRefreshTokenMeansReconnect() {
        server.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired\"}")));
        InMemoryTokenStore tokens = new InMemoryTokenStore(TokenSet.builder().accessToken("old-access")
                .refreshToken("old-refresh").expiresAt(Instant.now().minusSeconds(60)).build());
        try (ConfiguredSync sync = sync(tokens)) {
            ConnectionCheck av = sync.checkConnections().get(1);
            assertEquals(Status.RECONNECT_REQUIRED, av.status(), av.message());
            assertTrue(av.check().contains("authorize"), av.check());
            assertFalse(av.message().contains("old-refresh"), av.message());
        }
    }

    @Test
    void serverErrorsMeanTryLaterAndNameTheHost() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        InMemoryTokenStore tokens = new InMemoryTokenStore(TokenSet.builder().accessToken("a")
                .refreshToken("r").expiresAt(Instant.now().plusSeconds(3600)).build());
        try (ConfiguredSync sync = sync(tokens)) {
            List<ConnectionCheck> checks = sync.checkConnections();
            for (ConnectionCheck c : checks) {
                assertEquals(Status.TRY_LATER, c.status(), c.message());
                assertEquals("localhost:" + server.port(), c.host());
                assertTrue(c.message().contains(c.host()), c.message());
            }
            assertEquals(2, checks.size());
        }
    }
}
