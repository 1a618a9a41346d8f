package dev.ledgerbridge.sync.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Memory for updates stays bounded however many debtors a run reads, and old fields are not trusted. */
class HeldDebtorsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void holdsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        HeldDebtors held = new HeldDebtors(3, clock);
        for (long n = 10001; n <= 10100; n++) {
            held.hold(n, DebtorFields.builder().name("D" + n).build());
        }

        assertEquals(3, held.size());
        assertNull(held.get(10001, Duration.ofDays(1)));
        assertEquals("D10100", held.get(10100, Duration.ofDays(1)).name());
    }

    @Test
    void fieldsOlderThanTheAllowedAgeAreNotServed() {
        HeldDebtors held = new HeldDebtors(10, clock);
        held.hold(10001, DebtorFields.builder().name("D").postingaccountNumber(10001L).build());

        assertNull(held.get(10001, Duration.ofDays(1)).postingaccountNumber(), "the number is the key only");
        now.set(now.get().plus(DebtorAccess.FRESH).plusSeconds(1));
        assertNull(held.get(10001, DebtorAccess.FRESH));
        assertNotNull(held.get(10001, Duration.ofDays(1)));
    }
}
