package dev.ledgerbridge.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ledgerbridge.alerts.Alert;
import dev.ledgerbridge.alerts.AlertKind;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alerts by SMTP against a local GreenMail server: what arrives, and what a failure logs. */
class SmtpNotifierTest {
    private static final String PASSWORD = "smtp-pa55word-do-not-leak";
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", PASSWORD))
            .withPerMethodLifecycle(true);

    private static SmtpSettings.Builder settings() {
        return SmtpSettings.builder().host("127.0.0.1").port(SMTP.getSmtp().getPort()).security(SmtpSecurity.NONE)
                .username("alerts").password(PASSWORD.toCharArray()).from("LedgerBridge <alerts@example.com>")
                .to("ops@example.com").to("oncall@example.org").subjectPrefix("[sync] ")
                .connectTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(5));
    }

    private static Alert alert() {
        return Alert.builder().tenantId("acme").kind(AlertKind.RECORD_FAILING).flow("customers")
                .summary("record 10003 failed; it stays parked and is retried on every run")
                .detail("Record: 10003").detail("Reason: field 'email' must be an e-mail address").time(NOW)
                .suppressed(3).build();
    }

    @Test
    void sendsOneMailToEveryRecipientWithSubjectAndBody() throws Exception {
        SmtpNotifier.of(settings().build()).send(alert());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient");
        MimeMessage mail = received[0];
        assertEquals(List.of("ops@example.com", "oncall@example.org"),
                Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList());
        assertEquals("LedgerBridge <alerts@example.com>", mail.getFrom()[0].toString());
        assertEquals("[sync] [acme] Record failing in flow customers: record 10003 failed; it stays parked and is "
                + "retried on every run", mail.getSubject());
        assertEquals(Instant.parse("2026-11-28T09:00:00Z"), mail.getSentDate().toInstant());
        String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
        assertEquals("[acme] Record failing in flow customers: record 10003 failed; it stays parked and is retried "
                + "on every run\nRecord: 10003\nReason: field 'email' must be an e-mail address\n"
                + "Time: 2026-11-28T09:00:00Z\n3 similar alerts were held back since the last one", body);
        assertFalse(GreenMailUtil.getWholeMessage(mail).contains(PASSWORD));
        assertTrue(mail.getContentType().startsWith("text/plain"), mail.getContentType());
    }

    @Test
    void aLineBreakInTheSummaryCannotAddHeaders() throws Exception {
        SmtpNotifier.of(settings().build()).send(alert().toBuilder()
                .summary("bad\r\nBcc: attacker@example.net\r\nX-Evil: 1").build());

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals(2, SMTP.getReceivedMessages().length, "no extra recipient");
        assertNull(mail.getHeader("Bcc"));
        assertNull(mail.getHeader("X-Evil"));
        assertEquals("[sync] [acme] Record failing in flow customers: bad Bcc: attacker@example.net X-Evil: 1",
                mail.getSubject());
    }

    @Test
    void aRefusedLoginIsLoggedWithoutThePasswordAndNotThrown() {
        String wrong = "wrong-pa55word-do-not-leak";
        try (LogCapture log = new LogCapture()) {
            SmtpNotifier.of(settings().password(wrong.toCharArray()).build()).send(alert());

            String logged = log.text();
            assertTrue(logged.contains("E-mail of a record_failing alert for flow customers via 127.0.0.1:"
                    + SMTP.getSmtp().getPort() + " failed: AuthenticationFailedException"), logged);
            assertFalse(logged.contains(wrong), logged);
            assertFalse(logged.contains(PASSWORD), logged);
        }
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsLoggedAndNotThrown() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (LogCapture log = new LogCapture()) {
            SmtpNotifier.of(settings().port(closed).build()).send(alert());
            assertTrue(log.text().contains("failed: MailConnectException"), log.text());
        }
    }

    @Test
    void thePasswordIsCopiedAndNeverShown() {
        char[] password = PASSWORD.toCharArray();
        SmtpSettings settings = settings().password(password).build();
        Arrays.fill(password, 'x');
        SmtpNotifier notifier = SmtpNotifier.of(settings);

        assertArrayEquals(PASSWORD.toCharArray(), settings.password());
        assertFalse(settings.toString().contains(PASSWORD), settings.toString());
        assertFalse(notifier.toString().contains(PASSWORD), notifier.toString());
        assertTrue(settings.toString().contains("password ***"), settings.toString());
        notifier.send(alert());
        assertEquals(2, SMTP.getReceivedMessages().length, "the copy still logs in");
    }
}
