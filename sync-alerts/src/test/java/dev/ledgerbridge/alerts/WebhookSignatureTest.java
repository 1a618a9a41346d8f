package dev.ledgerbridge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The documented scheme, checked against a value computed elsewhere (Python's hmac module). */
class WebhookSignatureTest {
    private static final byte[] SECRET = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final long TS = 1795942800L; // 2026-11-29T09:00:00Z
    private static final Instant NOW = Instant.ofEpochSecond(TS);
    // python3: hmac.new(b'0123456789abcdef', b'1795942800.{"a":1}', hashlib.sha256).hexdigest()
    private static final String EXPECTED = "sha256=e6b7f71ef86b0002966f8886c272fd9aff53b488854ddf2a836407f1b18ac726";

    @Test
    void signsTimestampDotBody() {
        assertEquals(EXPECTED, WebhookSignature.sign(SECRET, TS, BODY));
    }

    @Test
    void acceptsAnAuthenticFreshRequest() {
        assertTrue(WebhookSignature.verify(SECRET, "1795942800", EXPECTED, BODY, NOW.plusSeconds(299),
                WebhookSignature.DEFAULT_TOLERANCE));
    }

    @Test
    void rejectsTamperingReplayAndMalformedHeaders() {
        Duration tolerance = WebhookSignature.DEFAULT_TOLERANCE;
        byte[] otherBody = "{\"a\":2}".getBytes(StandardCharsets.UTF_8);
        assertFalse(WebhookSignature.verify(SECRET, "1795942800", EXPECTED, otherBody, NOW, tolerance), "body");
        assertFalse(WebhookSignature.verify(SECRET, "1795942801", EXPECTED, BODY, NOW, tolerance), "timestamp");
        assertFalse(WebhookSignature.verify("0123456789abcdeX".getBytes(StandardCharsets.UTF_8), "1795942800",
                EXPECTED, BODY, NOW, tolerance), "secret");
        assertFalse(WebhookSignature.verify(SECRET, "1795942800", EXPECTED, BODY, NOW.plusSeconds(301), tolerance),
                "replayed after the tolerance");
        assertFalse(WebhookSignature.verify(SECRET, "1795942800", EXPECTED, BODY, NOW.minusSeconds(301), tolerance),
                "from the future");
        assertFalse(WebhookSignature.verify(SECRET, null, EXPECTED, BODY, NOW, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, "1795942800", null, BODY, NOW, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, "-1795942800", EXPECTED, BODY, NOW, tolerance));
        assertFalse(WebhookSignature.verify(SECRET, "1795942800", EXPECTED.substring(7), BODY, NOW, tolerance),
                "without the sha256= prefix");
    }

    @Test
    void anEmptySecretSignsNothing() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.sign(new byte[0], TS, BODY));
        assertFalse(WebhookSignature.verify(new byte[0], "1795942800", EXPECTED, BODY, NOW, Duration.ofMinutes(5)));
    }
}
