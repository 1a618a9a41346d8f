package dev.ledgerbridge.alerts.mail;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain SMTP (default port 25); only for a relay on the same host or network. */
    NONE,
    /** Plain connection upgraded with {@code STARTTLS}, which the server must offer (default port 587). */
    STARTTLS,
    /** TLS from the first byte, "SMTPS" (default port 465). */
    SSL
}
