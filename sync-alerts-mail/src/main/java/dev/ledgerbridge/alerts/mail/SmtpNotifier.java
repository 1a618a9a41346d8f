package dev.ledgerbridge.alerts.mail;

import dev.ledgerbridge.alerts.Alert;
import dev.ledgerbridge.alerts.AlertSink;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each alert as a plain-text e-mail over SMTP: subject {@code subjectPrefix + Alert.headline()}, body
 * {@link Alert#text()}, to every recipient of the {@link SmtpSettings}.
 *
 * <pre>{@code
 * SmtpNotifier mail = SmtpNotifier.of(SmtpSettings.builder()
 *         .host("smtp.example.com").security(SmtpSecurity.STARTTLS)
 *         .username("alerts@example.com").password(System.getenv("SMTP_PASSWORD").toCharArray())
 *         .from("alerts@example.com").to("ops@example.com").build());
 * }</pre>
 *
 * <p>One attempt per alert, bounded by the connect and read/write timeouts; with {@link SmtpSecurity#STARTTLS} and
 * {@link SmtpSecurity#SSL} the server's certificate and host name are checked. A failed send is logged at WARN
 * (alert kind and flow, server, error type and the server's answer; never the password) and not thrown, so mail
 * trouble never stops a sync. Put an {@code AlertThrottle} in front so that a failing tenant does not flood the
 * inbox. Thread-safe; each alert opens its own connection.
 */
public final class SmtpNotifier implements AlertSink {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);
    private static final int MAX_LINE = 200;

    private final SmtpSettings settings;
    private final Session session;

    private SmtpNotifier(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    /** A notifier sending as {@code settings} say. */
    public static SmtpNotifier of(SmtpSettings settings) {
        return new SmtpNotifier(Objects.requireNonNull(settings, "settings"));
    }

    /** Sends the alert; logs, and does not throw, when sending fails. */
    @Override
    public void send(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        try {
            Transport.send(message(alert));
        } catch (MessagingException e) {
            LOG.warn("E-mail of a {} alert for flow {} via {}:{} failed: {}: {}", alert.kind().wireName(),
                    alert.flow(), settings.host(), settings.port(), e.getClass().getSimpleName(),
                    cut(oneLine(e.getMessage())));
        }
    }

    private MimeMessage message(Alert alert) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String to : settings.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(subject(alert), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(alert.time()));
        message.setText(alert.text(), StandardCharsets.UTF_8.name());
        return message;
    }

    /** One line (no header injection from reason texts), bounded. */
    private String subject(Alert alert) {
        return cut(oneLine(settings.subjectPrefix() + alert.headline()));
    }

    private static String cut(String text) {
        return text.length() <= MAX_LINE ? text : text.substring(0, MAX_LINE - 1) + "…";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }

    private static Properties properties(SmtpSettings s) {
        String prefix = "mail.smtp.";
        Properties p = new Properties();
        p.setProperty(prefix + "host", s.host());
        p.setProperty(prefix + "port", Integer.toString(s.port()));
        p.setProperty(prefix + "auth", Boolean.toString(s.username() != null));
        p.setProperty(prefix + "connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(s.timeout().toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(s.timeout().toMillis()));
        if (s.security() == SmtpSecurity.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (s.security() == SmtpSecurity.SSL) {
            p.setProperty(prefix + "ssl.enable", "true");
        }
        if (s.security() != SmtpSecurity.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static Authenticator authenticator(SmtpSettings s) {
        if (s.username() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                char[] password = s.password();
                try {
                    return new PasswordAuthentication(s.username(), new String(password));
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        };
    }

    /** The settings' description; never the password. */
    @Override
    public String toString() {
        return "SmtpNotifier[" + settings + "]";
    }
}
