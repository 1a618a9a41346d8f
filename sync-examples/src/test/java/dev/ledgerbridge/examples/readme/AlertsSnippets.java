package dev.ledgerbridge.examples.readme;

// readme:start alerts
import dev.ledgerbridge.alerts.AlertSink;
import dev.ledgerbridge.alerts.AlertThrottle;
import dev.ledgerbridge.alerts.EngineAlerts;
import dev.ledgerbridge.alerts.WebhookNotifier;
import dev.ledgerbridge.alerts.mail.SmtpNotifier;
import dev.ledgerbridge.alerts.mail.SmtpSecurity;
import dev.ledgerbridge.alerts.mail.SmtpSettings;
import java.time.Duration;

// readme:end alerts
import dev.ledgerbridge.alerts.WebhookFormat;
import dev.ledgerbridge.alerts.WebhookSignature;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.state.StateStore;
import java.time.Instant;

/** sync-alerts/README.md: alerts by signed webhook, Slack and e-mail, and the receiver's check. Compiled only. */
final class AlertsSnippets {
    private AlertsSnippets() {
    }

    static SyncEngine engineWithAlerts(StateStore state) {
        // readme:start alerts
        WebhookNotifier webhook = WebhookNotifier.builder()
                .url("https://ops.example.com/ledgerbridge-alerts")
                .secret(System.getenv("ALERT_WEBHOOK_SECRET").toCharArray())   // HMAC key shared with the receiver
                .build();
        SmtpNotifier mail = SmtpNotifier.of(SmtpSettings.builder()
                .host("smtp.example.com").security(SmtpSecurity.STARTTLS)
                .username("alerts@example.com").password(System.getenv("SMTP_PASSWORD").toCharArray())
                .from("alerts@example.com").to("ops@example.com")
                .build());
        AlertThrottle throttle = AlertThrottle.builder()                        // share one across all tenants
                .sink(AlertSink.all(webhook, mail))
                .window(Duration.ofHours(1))                                    // per tenant, kind and flow
                .build();
        EngineAlerts alerts = EngineAlerts.builder().tenantId("acme").sink(throttle).build();
        SyncEngine engine = SyncEngine.builder()
                .stateStore(state)
                .failureNotifier(alerts).listener(alerts)                       // one object, both callbacks
                .build();
        // readme:end alerts
        return engine;
    }

    static WebhookNotifier slack() {
        // readme:start slack
        WebhookNotifier slack = WebhookNotifier.builder()
                .url(System.getenv("SLACK_WEBHOOK_URL"))                        // the URL is the secret here
                .format(WebhookFormat.SLACK)                                    // {"text": "..."}
                .build();
        // readme:end slack
        return slack;
    }

    /** A receiver's check, with whatever HTTP server it runs on. */
    static boolean receive(byte[] secret, String timestampHeader, String signatureHeader, byte[] rawBody) {
        // readme:start verify
        boolean authentic = WebhookSignature.verify(secret,
                timestampHeader,                                   // X-Ledgerbridge-Timestamp
                signatureHeader,                                   // X-Ledgerbridge-Signature
                rawBody,                                           // the bytes as received, before parsing
                Instant.now(), WebhookSignature.DEFAULT_TOLERANCE);
        // readme:end verify
        return authentic;
    }
}
