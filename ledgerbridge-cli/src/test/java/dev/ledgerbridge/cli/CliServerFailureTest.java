package dev.ledgerbridge.cli;

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
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers that refuse or fail, through WireMock: the exit codes 2, 3 and 75 and their one line. */
class CliServerFailureTest {

    @TempDir
    Path dir;

    private WireMockServer server;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
        FileTokenStore.at(dir.resolve("av-tokens.json")).save(TokenSet.builder().accessToken("old-access")
                .refreshToken("old-refresh").expiresAt(Instant.now().minusSeconds(60)).build());
        config = Files.writeString(dir.resolve("ledgerbridge.yml"), CliConfigurationTest.VALID
                .replace("http://127.0.0.1:1", server.baseUrl())
                .replace("  company: DEMO\n", "  company: DEMO\n  token-file: av-tokens.json\n"));
        Files.writeString(dir.resolve("bb-secret.txt"), "bb-secret-789");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void serverErrorsAreTryLater() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        Cli.Result r = Cli.run(CliConfigurationTest.SECRETS, "--config", config.toString(), "sync", "--once");
        assertEquals(ExitCode.TRY_LATER, r.code(), r.toString());
        String host = "localhost:" + server.port();
        assertTrue(r.err().contains("ledgerbridge: BuchhaltungsButler at " + host), r.err());
        assertTrue(r.err().contains("ledgerbridge: AccountView at " + host), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }

    @Test
    void refusedCredentialsAreConfigurationNamingTheSettings() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":false,\"message\":\"no\"}")));
        Cli.Result r = Cli.run(CliConfigurationTest.SECRETS, "--config", config.toString(), "check");
        assertEquals(ExitCode.CONFIGURATION, r.code(), r.toString());
        assertTrue(r.err().contains("buchhaltungsbutler.api-client, buchhaltungsbutler.api-secret and "
                + "buchhaltungsbutler.api-key"), r.err());
        for (String secret : CliConfigurationTest.SECRETS.values()) {
            assertFalse(r.err().contains(secret), r.err());
        }
    }

    @Test
    void invalidGrantIsReconnectRequired() {
        server.stubFor(post(urlPathEqualTo("/api/v3/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token expired\"}")));
        Map<String, String> env = new java.util.HashMap<>(CliConfigurationTest.SECRETS);
        // BuchhaltungsButler unreachable (75) at the same time: the reconnect (3) is what a person must act on
        env.put("LEDGERBRIDGE_BUCHHALTUNGSBUTLER_BASE_URL", "http://127.0.0.1:1/api/v1");
        Cli.Result r = Cli.run(env, "--config", config.toString(), "--plain", "check");
        assertEquals(ExitCode.RECONNECT_REQUIRED, r.code(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ledgerbridge: AccountView at localhost:")
                && l.contains("authorize AccountView again")), r.err());
        assertFalse(r.err().contains("old-refresh"), r.err());
    }
}
