package dev.ledgerbridge.transport.internal;

import dev.ledgerbridge.transport.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * The wait the response asks for, relative to {@code now}; empty when absent or unreadable.
     * A date in the past gives zero.
     */
    public static Optional<Duration> of(ApiResponse response, Instant now) {
        return response.header("Retry-After").flatMap(v -> parse(v, now));
    }

    /** Parses a header value. */
    public static Optional<Duration> parse(String value, Instant now) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
