package dev.ledgerbridge.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.accountview.AccountViewConnector;
import dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.testkit.clients.EmulatorClients;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.error.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on both emulators (AccountView debtors into BuchhaltungsButler), alerts through a throttle to a signed
 * webhook on a local server: what a user gets without writing code.
 */
class AlertsEndToEndTest {
    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final String HOOK = "/alerts";
    private static final byte[] SECRET = "e2e-webhook-secret-0123".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManualClock clock = new ManualClock(START);
    private final ManualTimeSource time = new ManualTimeSource(START);
    private final AccountViewEmulator avEmulator = AccountViewEmulator.builder().clock(clock)
            .tokenLifetimes(Duration.ofDays(1), Duration.ofDays(30)).start();
    private final BuchhaltungsButlerEmulator bbEmulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    private final WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final AccountViewConnector av;
    private final BuchhaltungsButlerConnector bb;
    private final EngineAlerts alerts;

    AlertsEndToEndTest() {
        receiver.start();
        receiver.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200)));
        av = AccountViewConnector.builder(EmulatorClients.accountViewBuilder(avEmulator).timeSource(time).build()
                .forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE)).clock(clock).build();
        bb = BuchhaltungsButlerConnector.builder()
                .client(EmulatorClients.buchhaltungsButlerBuilder(bbEmulator).timeSource(time).build()).build();
        WebhookNotifier webhook = WebhookNotifier.builder().url(receiver.baseUrl() + HOOK).secret(SECRET)
                .timeSource(time).build();
        AlertThrottle throttle = AlertThrottle.builder().sink(webhook).window(Duration.ofHours(1)).timeSource(time)
                .build();
        alerts = EngineAlerts.builder().tenantId("acme").sink(throttle).timeSource(time).build();
        avEmulator.company().insert("AR1", Map.of("SUB_NR", "10001", "ACCT_NAME", "Jan de Vries", "SRC_CODE", "JDV",
                "MAIL_BUS", "jan@devries.nl", "ADDRESS1", "Hoofdstraat 5", "POST_CODE", "1234 AB", "CITY", "Utrecht",
                "CNT_CODE", "NL"));
        avEmulator.company().insert("AR1", Map.of("SUB_NR", "10003", "ACCT_NAME", "Kapot", "SRC_CODE", "KAPOT",
                "MAIL_BUS", "not-an-email",                 "CITY", "Delft", "CNT_CODE", "NL"));
        later(Duration.ofHours(1)); // past the change overlap of the inserts
    }

    @AfterEach
    void stop() {
        avEmulator.close();
        bbEmulator.close();
        receiver.stop();
    }

    private void later(Duration d) {
        clock.advance(d);
        time.advance(d);
    }

    private FlowReport run() {
        SyncEngine engine = SyncEngine.builder().settings(Settings.builder().timeSource(time).build())
                .stateStore(state).activityLog(new InMemoryActivityLog())
                .failureNotifier(alerts).listener(alerts).build();
        return engine.run(SyncFlows.customers(av, bb).name("customers").build()).flow("customers");
    }

    /** The webhook requests so far, each checked for a valid signature, as parsed JSON. */
    private List<JsonNode> webhooks() {
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(HOOK)));
        return requests.stream().map(r -> {
            assertTrue(WebhookSignature.verify(SECRET, r.getHeader(WebhookSignature.TIMESTAMP_HEADER),
                    r.getHeader(WebhookSignature.SIGNATURE_HEADER), r.getBody(), time.now(), Duration.ofHours(2)),
                    "signed: " + r.getBodyAsString());
            try {
                return JSON.readTree(r.getBody());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.toList());
    }

    private static String summary(JsonNode n) {
        return n.get("tenant").asText() + "/" + n.get("kind").asText() + "/" + n.get("flow").asText() + "/"
                + n.get("suppressed").asInt();
    }

    private List<String> emails() {
        return bbEmulator.tenant().debtors().stream().map(d -> String.valueOf(d.get("email"))).sorted().toList();
    }

    @Test
    void aRecordWithInvalidDataAlertsOnceOverTwoRunsAndRecoversWhenFixed() {
        FlowReport first = run();
        assertEquals(Action.FAILED, first.findResult("10003").orElseThrow().action(), first.toString());
        later(Duration.ofMinutes(10));
        FlowReport second = run();
        assertEquals(Action.FAILED, second.findResult("10003").orElseThrow().action(), second.toString());

        List<JsonNode> afterTwoRuns = webhooks();
        assertEquals(List.of("acme/record_failing/customers/0"), afterTwoRuns.stream().map(n -> summary(n)).toList());
        JsonNode failing = afterTwoRuns.get(0);
        assertEquals("record 10003 failed; it stays parked and is retried on every run",
                failing.get("summary").asText());
        assertEquals("Record: 10003", failing.get("details").get(0).asText());
        assertTrue(failing.get("details").get(1).asText().contains("not-an-email"), failing.toString());
        assertEquals(List.of("jan@devries.nl"), emails());

        avEmulator.company().update("AR1", Map.of("SUB_NR", "10003", "MAIL_BUS", "info@kapot.nl"));
        later(Duration.ofMinutes(10));
        FlowReport third = run();

        assertTrue(third.succeeded(), third.toString());
        assertEquals(List.of("info@kapot.nl", "jan@devries.nl"), emails());
        assertEquals(List.of("acme/record_failing/customers/0", "acme/recovered/customers/0"),
                webhooks().stream().map(n -> summary(n)).toList());
    }

    @Test
    void aFailingReadIsThrottledToOneAlertAndTheRecoveryCountsWhatWasHeldBack() {
        avEmulator.company().update("AR1", Map.of("SUB_NR", "10003", "MAIL_BUS", "info@kapot.nl"));
        avEmulator.faults().failRate("GET /accountviewdata", Fault.SERVER_ERROR, 1.0);

        FlowReport first = run();
        later(Duration.ofMinutes(10));
        FlowReport second = run();

        assertTrue(first.flowError().isPresent() && second.flowError().isPresent(), second.toString());
        List<JsonNode> afterTwoRuns = webhooks();
        assertEquals(List.of("acme/flow_failed/customers/0"), afterTwoRuns.stream().map(n -> summary(n)).toList(),
                "the second run's alert is held back by the throttle");
        assertEquals(List.of(), emails());

        avEmulator.faults().clear();
        later(Duration.ofMinutes(10));
        FlowReport third = run();

        assertTrue(third.succeeded(), third.toString());
        assertEquals(List.of("info@kapot.nl", "jan@devries.nl"), emails());
        assertEquals(List.of("acme/flow_failed/customers/0", "acme/recovered/customers/1"),
                webhooks().stream().map(n -> summary(n)).toList());
    }

    @Test
    void aRefusedRefreshBeforeAnyFlowRunsIsClassifiedFromTheClientsException() {
        AccountViewClient client = EmulatorClients.accountViewBuilder(avEmulator).timeSource(time).build();
        avEmulator.revokeRefreshTokens();
        avEmulator.expireAccessTokens();

        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> client.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE));
        assertEquals(Optional.of("invalid_grant"), refused.errorCode(), "the public marker of the refusal");
        alerts.runFailed("customers", refused);
        alerts.runFailed("customers", new IllegalStateException("state store unreachable"));

        List<JsonNode> sent = webhooks();
        assertEquals(List.of("acme/reconnect_required/customers/0", "acme/flow_failed/customers/0"),
                sent.stream().map(n -> summary(n)).toList());
        assertTrue(sent.get(0).get("details").get(0).asText().startsWith("Reason: AuthenticationException: "
                + "AccountView.Net refused the token request POST token (refresh_token) (HTTP 400, invalid_grant)"),
                sent.get(0).toString());
    }

    @Test
    void aRefusedRefreshTokenAlertsReconnectRequiredOnce() {
        avEmulator.revokeRefreshTokens();
        avEmulator.expireAccessTokens();

        run();
        later(Duration.ofMinutes(10));
        run();

        List<JsonNode> sent = webhooks();
        assertEquals(List.of("acme/reconnect_required/customers/0"), sent.stream().map(n -> summary(n)).toList());
        assertTrue(sent.get(0).get("details").get(0).asText().contains("invalid_grant"), sent.get(0).toString());
        assertEquals(List.of(), emails());
    }
}
