package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.alerts.WebhookFormat;
import dev.ledgerbridge.alerts.WebhookNotifier;
import dev.ledgerbridge.spring.boot.LedgerBridgeProperties;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds the webhook of the {@code ledgerbridge.alerts.*} properties. Its own class, loaded only when sync-alerts
 * is on the class path, so that the properties check needs no optional class otherwise.
 */
public final class AlertsCheck {
    private AlertsCheck() {
    }

    /**
     * The webhook notifier of the properties.
     *
     * @param alerts the alert properties, with a webhook URL
     * @return the notifier
     * @throws IllegalArgumentException naming the setting (e.g. a secret shorter than 16 bytes, a bad format)
     */
    public static WebhookNotifier webhook(LedgerBridgeProperties.Alerts alerts) {
        WebhookNotifier.Builder webhook = WebhookNotifier.builder().url(alerts.getWebhookUrl())
                .format(format(alerts.getWebhookFormat()));
        if (alerts.getWebhookSecret() != null && !alerts.getWebhookSecret().isEmpty()) {
            webhook.secret(alerts.getWebhookSecret().getBytes(StandardCharsets.UTF_8));
        }
        return webhook.build();
    }

    static void check(LedgerBridgeProperties.Alerts alerts) {
        webhook(alerts);
    }

    private static WebhookFormat format(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "json":
                return WebhookFormat.JSON;
            case "slack":
                return WebhookFormat.SLACK;
            default:
                throw new IllegalArgumentException("webhook-format must be json or slack (was '" + value + "')");
        }
    }
}
