/**
 * Alerts from sync runs that users get without writing code.
 *
 * <p>{@link dev.ledgerbridge.alerts.EngineAlerts} turns one tenant's engine callbacks into
 * {@link dev.ledgerbridge.alerts.Alert}s of four {@link dev.ledgerbridge.alerts.AlertKind kinds} (flow failed, record
 * failing, reconnect required, recovered); an {@link dev.ledgerbridge.alerts.AlertThrottle} lets at most one per
 * tenant, kind and flow through per window; a {@link dev.ledgerbridge.alerts.WebhookNotifier} posts them, signed
 * ({@link dev.ledgerbridge.alerts.WebhookSignature}), as JSON or a Slack message. Any
 * {@link dev.ledgerbridge.alerts.AlertSink} can take their place; {@code sync-alerts-mail} adds e-mail.
 */
package dev.ledgerbridge.alerts;
