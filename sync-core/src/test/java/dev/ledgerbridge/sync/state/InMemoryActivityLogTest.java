package dev.ledgerbridge.sync.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.sync.report.Action;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryActivityLogTest {

    private static ActivityEvent event(int i) {
        return new ActivityEvent(Instant.EPOCH.plusSeconds(i), "run", "f", "A -> B", "S" + i, null, Action.CREATED,
                null);
    }

    @Test
    void keepsTheNewestEventsUpToItsCapacityAndCountsTheDroppedOnes() {
        InMemoryActivityLog log = new InMemoryActivityLog(3);
        for (int i = 0; i < 5; i++) {
            log.append(event(i));
        }
        assertEquals(3, log.capacity());
        assertEquals(2, log.dropped());
        assertEquals(java.util.List.of("S2", "S3", "S4"), log.events("f").stream().map(ActivityEvent::sourceId)
                .toList());
    }

    @Test
    void theDefaultCapacityIsBoundedAndABadOneIsRejectedByName() {
        assertEquals(InMemoryActivityLog.DEFAULT_CAPACITY, new InMemoryActivityLog().capacity());
        assertEquals("capacity must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new InMemoryActivityLog(0)).getMessage());
    }
}
