package dev.ledgerbridge.buchhaltungsbutler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** WireMock server, a client pointed at it, and helpers to stub and verify exact requests. */
abstract class WireTest {
    static final String API_CLIENT = "ledgerbridge-test-client";
    static final String API_SECRET = "S3cr3t-API-Secret-4711";
    static final String API_KEY = "tenant-API-KEY-0815-xyz";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((API_CLIENT + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));
    static final String BASE = "/api/v1";
    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer server;
    ManualTimeSource time;
    BuchhaltungsButlerClient client;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void newClient() {
        server.resetAll();
        time = new ManualTimeSource();
        client = builder().build();
    }

    BuchhaltungsButlerClient.Builder builder() {
        return BuchhaltungsButlerClient.builder().apiClient(API_CLIENT).apiSecret(API_SECRET).apiKey(API_KEY)
                .baseUrl(server.baseUrl() + BASE).timeSource(time)
                .retryPolicy(RetryPolicy.builder().jitter(0).build());
    }

    static void stub(String path, String json) {
        stub(path, 200, json);
    }

    static void stub(String path, int status, String json) {
        server.stubFor(post(urlEqualTo(BASE + path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json)));
    }

    /** Answers the given bodies one after the other. */
    static void stubSequence(String path, String... jsons) {
        for (int i = 0; i < jsons.length; i++) {
            server.stubFor(post(urlEqualTo(BASE + path)).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
                    .willSetStateTo("s" + (i + 1))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(jsons[i])));
        }
    }

    /** Verifies exactly one POST to the path with Basic auth and exactly this body plus api_key. */
    static void verifyPost(String path, String expectedBodyWithoutKey) {
        verifyPost(1, path, expectedBodyWithoutKey);
    }

    static void verifyPost(int times, String path, String expectedBodyWithoutKey) {
        server.verify(times, postRequestedFor(urlEqualTo(BASE + path))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(withKey(expectedBodyWithoutKey), false, false)));
    }

    static int requestCount() {
        return server.getAllServeEvents().size();
    }

    static String withKey(String json) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(json);
            node.put("api_key", API_KEY);
            return node.toString();
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = WireTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name, e);
        }
    }

    static Duration slept(ManualTimeSource t) {
        return t.totalSlept();
    }
}
