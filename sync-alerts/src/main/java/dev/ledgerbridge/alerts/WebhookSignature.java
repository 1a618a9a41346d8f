package dev.ledgerbridge.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a {@link WebhookNotifier} signs its requests, and how a receiver checks them.
 *
 * <p>Every request carries two headers:
 * <ul>
 *   <li>{@value #TIMESTAMP_HEADER}: the time of sending in whole seconds since the epoch, e.g. {@code 1795942800};</li>
 *   <li>{@value #SIGNATURE_HEADER}: {@code sha256=} followed by the lower-case hex HMAC-SHA256, keyed with the shared
 *       secret's bytes, of the timestamp header's value (ASCII digits), one {@code .} and the raw request body
 *       bytes (UTF-8 JSON): {@code HMAC_SHA256(secret, timestamp + "." + body)}.</li>
 * </ul>
 * A receiver recomputes the HMAC over the body bytes exactly as received (before parsing), compares in constant time,
 * and rejects timestamps too far from its own clock ({@link #DEFAULT_TOLERANCE}), so a captured request cannot be
 * replayed later. Retries of one delivery carry the same timestamp and signature; a receiver that must not act twice
 * de-duplicates them by body. Stateless and thread-safe.
 */
public final class WebhookSignature {
    /** The signature header: {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">}. */
    public static final String SIGNATURE_HEADER = "X-Ledgerbridge-Signature";
    /** The timestamp header: seconds since the epoch, part of the signed content. */
    public static final String TIMESTAMP_HEADER = "X-Ledgerbridge-Timestamp";
    /** How far a timestamp may be from the receiver's clock by default: 5 minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * The {@value #SIGNATURE_HEADER} value for a body sent at {@code timestamp}.
     *
     * @param secret    the shared secret's bytes (not empty)
     * @param timestamp the {@value #TIMESTAMP_HEADER} value, seconds since the epoch
     * @param body      the request body's bytes
     * @return {@code sha256=} and 64 lower-case hex digits
     * @throws IllegalArgumentException when the secret is empty
     */
    public static String sign(byte[] secret, long timestamp, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (secret.length == 0) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Checks a received request: the signature matches the timestamp and body, and the timestamp is within
     * {@code tolerance} of {@code now}.
     *
     * @param secret          the shared secret's bytes
     * @param timestampHeader the {@value #TIMESTAMP_HEADER} value as received; null when missing
     * @param signatureHeader the {@value #SIGNATURE_HEADER} value as received; null when missing
     * @param body            the request body's bytes as received
     * @param now             the receiver's clock
     * @param tolerance       how far the timestamp may be from {@code now}, either way
     * @return true when the request is authentic and fresh; false when a header is missing or malformed, the
     *         timestamp is too old or too far ahead, or the signature does not match
     */
    public static boolean verify(byte[] secret, String timestampHeader, String signatureHeader, byte[] body,
                                 Instant now, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tolerance, "tolerance");
        if (secret.length == 0 || timestampHeader == null || signatureHeader == null
                || !timestampHeader.matches("[0-9]{1,12}")) {
            return false;
        }
        long timestamp = Long.parseLong(timestampHeader);
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
