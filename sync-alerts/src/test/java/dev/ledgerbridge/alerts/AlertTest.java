package dev.ledgerbridge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The value: required parts, bounds on what the engine reports, the text people read. */
class AlertTest {
    private static final Instant TIME = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void textHasHeadlineDetailsTimeAndHeldBackCount() {
        Alert alert = Alert.builder().tenantId("acme").kind(AlertKind.FLOW_FAILED).flow("orders")
                .summary("the flow stopped").detail("Reason: read failed").time(TIME).suppressed(1).build();

        assertEquals("[acme] Flow failed in flow orders: the flow stopped", alert.headline());
        assertEquals("[acme] Flow failed in flow orders: the flow stopped\nReason: read failed\n"
                + "Time: 2026-11-28T09:00:00Z\n1 similar alert was held back since the last one", alert.text());
        assertEquals("Flow failed in flow orders: the flow stopped",
                alert.toBuilder().tenantId(null).build().headline());
        assertEquals(alert, alert.toBuilder().build());
    }

    @Test
    void longTextIsCutNotRejected() {
        Alert.Builder b = Alert.builder().kind(AlertKind.RECORD_FAILING).flow("c").summary("s".repeat(5_000))
                .time(TIME);
        IntStream.range(0, 50).forEach(i -> b.detail("d".repeat(5_000)));
        Alert alert = b.build();

        assertEquals(Alert.MAX_SUMMARY, alert.summary().length());
        assertEquals(Alert.MAX_DETAILS, alert.details().size());
        assertEquals(Alert.MAX_DETAIL, alert.details().get(0).length());
        assertEquals('…', alert.summary().charAt(Alert.MAX_SUMMARY - 1));
    }

    @Test
    void badAndMissingValuesAreNamed() {
        assertEquals("tenantId must be null or 1 to 200 non-blank characters, was ' '",
                assertThrows(IllegalArgumentException.class, () -> Alert.builder().tenantId(" ")).getMessage());
        assertEquals("flow must not be blank, was ''",
                assertThrows(IllegalArgumentException.class, () -> Alert.builder().flow("")).getMessage());
        assertEquals("suppressed must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> Alert.builder().suppressed(-1)).getMessage());
        assertEquals("kind(...) is required", assertThrows(IllegalStateException.class,
                () -> Alert.builder().flow("f").summary("s").time(TIME).build()).getMessage());
        assertEquals("time(...) is required", assertThrows(IllegalStateException.class,
                () -> Alert.builder().kind(AlertKind.RECOVERED).flow("f").summary("s").build()).getMessage());
    }
}
