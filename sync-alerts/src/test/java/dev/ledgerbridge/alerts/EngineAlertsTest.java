package dev.ledgerbridge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Engine callbacks to alerts for one tenant: the kinds, the recovery rule, a broken sink. */
class EngineAlertsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    /** The text AccountViewClient's token endpoint throws when a refresh is refused with invalid_grant. */
    private static final String INVALID_GRANT = "AccountView.Net refused the token request POST token (refresh_token)"
            + " (HTTP 400, invalid_grant): refresh token is invalid, expired or already used; the user has to "
            + "authorise the application again";

    private final List<Alert> sent = new ArrayList<>();
    private final EngineAlerts alerts = EngineAlerts.builder().tenantId("acme").sink(sent::add)
            .timeSource(new ManualTimeSource(NOW)).build();

    private static RecordResult failed(String id, String reason) {
        return new RecordResult("customers", id, Optional.empty(), Action.FAILED, Optional.of(reason), List.of());
    }

    private static FlowReport report(String flowError, int failed) {
        FlowReport.Builder b = FlowReport.builder().flow("customers").direction("AccountView -> BuchhaltungsButler")
                .flowError(flowError);
        for (int i = 0; i < failed; i++) {
            b.add(failed("r" + i, "bad"));
        }
        return b.build();
    }

    @Test
    void aFailingRecordGivesRecordFailing() {
        alerts.recordFailed(new RecordResult("customers", "10003", Optional.of("D-7"), Action.FAILED,
                Optional.of("field 'email': must be an e-mail address"), List.of()));

        Alert alert = sent.get(0);
        assertEquals(AlertKind.RECORD_FAILING, alert.kind());
        assertEquals("acme", alert.tenantId());
        assertEquals("customers", alert.flow());
        assertEquals("record 10003 failed; it stays parked and is retried on every run", alert.summary());
        assertEquals(List.of("Record: 10003 (target D-7)", "Reason: field 'email': must be an e-mail address"),
                alert.details());
        assertEquals(NOW, alert.time());
    }

    @Test
    void aStoppedFlowGivesFlowFailed() {
        alerts.flowFailed(report("reading customers from AccountView failed: HTTP 503", 0));

        assertEquals(AlertKind.FLOW_FAILED, sent.get(0).kind());
        assertEquals("Reason: reading customers from AccountView failed: HTTP 503", sent.get(0).details().get(0));
    }

    @Test
    void aRefusedRefreshGivesReconnectRequiredFromEitherCallback() {
        alerts.flowFailed(report("reading customers from AccountView failed: " + INVALID_GRANT, 0));
        alerts.recordFailed(failed("C-1", INVALID_GRANT));
        alerts.recordFailed(failed("C-2", "AccountView.Net refused the token request POST token (refresh_token) "
                + "(HTTP 401, invalid_client); check the OAuth client id and secret"));

        assertEquals(List.of(AlertKind.RECONNECT_REQUIRED, AlertKind.RECONNECT_REQUIRED, AlertKind.RECORD_FAILING),
                sent.stream().map(Alert::kind).toList(), "a wrong client secret is configuration, not a reconnect");
        assertEquals("the connection's authorisation was refused; someone has to authorise the application again "
                + "(AccountView: authorizationUri, then exchangeCode); until then every run fails",
                sent.get(0).summary());
    }

    @Test
    void recoveredOnlyAfterAnAlertAndOnlyOnce() {
        alerts.flowFinished(report(null, 0));
        assertEquals(List.of(), sent, "nothing was wrong");

        alerts.recordFailed(failed("10003", "bad"));
        alerts.flowFinished(report(null, 1));
        alerts.flowFinished(report(null, 1)); // still failing, not escalated again
        alerts.flowFinished(report(null, 0).toBuilder().dryRun(true).build());
        assertEquals(1, sent.size(), "neither a failing run nor a dry run recovers");

        alerts.flowFinished(report(null, 0));
        alerts.flowFinished(report(null, 0));

        assertEquals(List.of(AlertKind.RECORD_FAILING, AlertKind.RECOVERED), sent.stream().map(Alert::kind).toList());
        assertEquals("the flow ran to its end without a failure again", sent.get(1).summary());
    }

    @Test
    void aThrowingSinkNeverReachesTheEngine() {
        EngineAlerts broken = EngineAlerts.builder().sink(a -> {
            throw new IllegalStateException("smtp down");
        }).build();
        broken.recordFailed(failed("1", "bad"));
        broken.flowFailed(report("stopped", 0));
        broken.flowFinished(report(null, 0));
        assertNull(broken.tenantId());
    }
}
