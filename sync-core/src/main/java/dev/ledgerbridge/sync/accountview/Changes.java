package dev.ledgerbridge.sync.accountview;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The {@code CNG_DATE} change cursor: the AccountView local time at the start of a read, minus an overlap that
 * absorbs clock skew between this machine and the administration (records read twice are skipped by content hash).
 */
final class Changes {
    private final Clock clock;
    private final ZoneId zone;
    private final Duration overlap;

    Changes(Clock clock, ZoneId zone, Duration overlap) {
        this.clock = clock;
        this.zone = zone;
        this.overlap = overlap;
    }

    /** The cursor for the next read, taken now (call at the start of a read). */
    String watermark() {
        return LocalDateTime.ofInstant(clock.instant(), zone).minus(overlap).withNano(0).toString();
    }

    /** The time a cursor stands for; null for a full read. */
    static LocalDateTime since(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(cursor.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("AccountView change cursor '" + cursor
                    + "' is not a CNG_DATE watermark (ISO local date-time such as 2026-11-28T16:00:00)", e);
        }
    }
}
