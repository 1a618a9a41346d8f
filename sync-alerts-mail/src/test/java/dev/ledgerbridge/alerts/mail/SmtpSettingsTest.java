package dev.ledgerbridge.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Defaults by protection, and every bad value named. */
class SmtpSettingsTest {
    private static SmtpSettings.Builder minimal() {
        return SmtpSettings.builder().host("smtp.example.com").from("alerts@example.com").to("ops@example.com");
    }

    @Test
    void defaultsFollowTheProtection() {
        SmtpSettings s = minimal().build();
        assertEquals(SmtpSecurity.STARTTLS, s.security());
        assertEquals(587, s.port());
        assertEquals(465, minimal().security(SmtpSecurity.SSL).build().port());
        assertEquals(25, minimal().security(SmtpSecurity.NONE).build().port());
        assertEquals(2525, minimal().security(SmtpSecurity.SSL).port(2525).build().port());
        assertEquals("[ledgerbridge] ", s.subjectPrefix());
        assertEquals(Duration.ofSeconds(10), s.connectTimeout());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertNull(s.username());
        assertNull(s.password());
        assertEquals(List.of("ops@example.com"), s.to());
        assertEquals(s.toString(), s.toBuilder().build().toString());
    }

    @Test
    void badValuesAreRejectedByName() {
        assertEquals("host must be a host name without white space, was 'smtp example.com'",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.builder().host("smtp example.com"))
                        .getMessage());
        assertEquals("port must be between 1 and 65535, was 0",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.builder().port(0)).getMessage());
        assertEquals("from must be an e-mail address, was 'not an address'",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.builder().from("not an address"))
                        .getMessage());
        assertEquals("to must be an e-mail address, was 'ops@'",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.builder().to("ops@")).getMessage());
        assertEquals("subjectPrefix must be one line of at most 100 characters, was 'a\\r\\nBcc: x'",
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.builder().subjectPrefix("a\r\nBcc: x"))
                        .getMessage());
        assertEquals("timeout must be between PT0.001S and PT5M, was PT10M",
                assertThrows(IllegalArgumentException.class,
                        () -> SmtpSettings.builder().timeout(Duration.ofMinutes(10))).getMessage());
        SmtpSettings.Builder many = SmtpSettings.builder();
        IntStream.range(0, SmtpSettings.MAX_RECIPIENTS).forEach(i -> many.to("r" + i + "@example.com"));
        assertEquals("to takes at most 50 addresses, got more",
                assertThrows(IllegalArgumentException.class, () -> many.to("one-more@example.com")).getMessage());
    }

    @Test
    void missingValuesAreNamedOnBuild() {
        assertEquals("host(...) is required", assertThrows(IllegalStateException.class,
                () -> SmtpSettings.builder().build()).getMessage());
        assertEquals("from(...) is required", assertThrows(IllegalStateException.class,
                () -> SmtpSettings.builder().host("h").build()).getMessage());
        assertEquals("to(...) is required: at least one recipient", assertThrows(IllegalStateException.class,
                () -> SmtpSettings.builder().host("h").from("a@example.com").build()).getMessage());
        assertEquals("password(...) is required with username(...)", assertThrows(IllegalStateException.class,
                () -> minimal().username("u").build()).getMessage());
        assertEquals("username(...) is required with password(...)", assertThrows(IllegalStateException.class,
                () -> minimal().password("p".toCharArray()).build()).getMessage());
    }
}
