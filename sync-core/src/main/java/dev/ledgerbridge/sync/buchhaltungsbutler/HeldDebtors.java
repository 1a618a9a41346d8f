package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writable fields of the debtors this connector read or wrote most recently, by number, with the time they were
 * seen, so that an update which must send every field finds them without reading BuchhaltungsButler again. Bounded:
 * at most {@code capacity} debtors, the least recently used dropped first, so memory stays flat however many debtors
 * a run reads; a dropped debtor costs a targeted read when it is updated. Thread-safe.
 */
final class HeldDebtors {
    private final Map<Long, Held> byNumber;
    private final Clock clock;

    private record Held(DebtorFields fields, Instant seen) {
    }

    HeldDebtors(int capacity, Clock clock) {
        this.clock = clock;
        this.byNumber = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Held> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps the writable fields of a debtor read from BB. */
    void hold(Debtor debtor) {
        if (debtor != null && debtor.postingaccountNumber() != null) {
            hold(debtor.postingaccountNumber(), DebtorFields.from(debtor));
        }
    }

    /** Keeps the fields a debtor holds (its number is left out: it is the key). */
    synchronized void hold(long number, DebtorFields fields) {
        byNumber.put(number, new Held(fields.postingaccountNumber() == null ? fields
                : fields.toBuilder().postingaccountNumber(null).build(), clock.instant()));
    }

    /**
     * The fields held for the number if seen within {@code maxAge}; null when this connector has not seen the
     * debtor, dropped it, or saw it longer ago.
     */
    synchronized DebtorFields get(long number, Duration maxAge) {
        Held held = byNumber.get(number);
        return held == null || held.seen().plus(maxAge).isBefore(clock.instant()) ? null : held.fields();
    }

    /** How many debtors are held. */
    synchronized int size() {
        return byNumber.size();
    }
}
