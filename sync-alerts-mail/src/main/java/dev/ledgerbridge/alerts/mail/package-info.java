/**
 * Alerts by e-mail: {@link dev.ledgerbridge.alerts.mail.SmtpNotifier}, an {@code AlertSink} that sends each alert
 * over SMTP (Jakarta Mail, Angus Mail), configured by {@link dev.ledgerbridge.alerts.mail.SmtpSettings}.
 */
package dev.ledgerbridge.alerts.mail;
