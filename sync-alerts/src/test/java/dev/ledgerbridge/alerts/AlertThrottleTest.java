package dev.ledgerbridge.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.transport.ManualTimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One alert per tenant, kind and flow per window; held-back counts in the next one; recovery resets. */
class AlertThrottleTest {
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-11-28T09:00:00Z"));
    private final List<Alert> sent = new ArrayList<>();
    private final AlertThrottle throttle = AlertThrottle.builder().sink(sent::add).window(Duration.ofMinutes(30))
            .timeSource(time).build();

    private Alert alert(String tenant, AlertKind kind, String flow) {
        return Alert.builder().tenantId(tenant).kind(kind).flow(flow).summary(kind + " " + flow).time(time.now())
                .build();
    }

    private List<String> sentAsText() {
        return sent.stream().map(a -> a.tenantId() + "/" + a.kind() + "/" + a.flow() + "/" + a.suppressed())
                .collect(Collectors.toList());
    }

    @Test
    void oneAlertPerKeyAndWindowWithTheHeldBackCountInTheNext() {
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        time.advance(Duration.ofMinutes(10));
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        time.advance(Duration.ofMinutes(19));
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        assertEquals(List.of("acme/FLOW_FAILED/orders/0"), sentAsText(), "two held back inside the window");

        time.advance(Duration.ofMinutes(1)); // 30 minutes after the one that was sent
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        assertEquals(List.of("acme/FLOW_FAILED/orders/0", "acme/FLOW_FAILED/orders/2"), sentAsText());

        time.advance(Duration.ofMinutes(29));
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        assertEquals(2, sent.size(), "a new window started with the second alert");
    }

    @Test
    void tenantsKindsAndFlowsAreThrottledApart() {
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        throttle.send(alert("globex", AlertKind.FLOW_FAILED, "orders"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "orders"));
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "customers"));
        throttle.send(alert(null, AlertKind.FLOW_FAILED, "orders"));
        throttle.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        throttle.send(alert(null, AlertKind.FLOW_FAILED, "orders"));

        assertEquals(List.of("acme/FLOW_FAILED/orders/0", "globex/FLOW_FAILED/orders/0",
                "acme/RECORD_FAILING/orders/0", "acme/FLOW_FAILED/customers/0", "null/FLOW_FAILED/orders/0"),
                sentAsText());
    }

    @Test
    void recoveredAlwaysPassesCarriesTheHeldBackCountsAndResetsTheFlow() {
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "orders"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "orders"));
        throttle.send(alert("acme", AlertKind.RECONNECT_REQUIRED, "orders"));
        throttle.send(alert("acme", AlertKind.RECONNECT_REQUIRED, "orders"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "customers"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "customers"));
        time.advance(Duration.ofMinutes(1));

        throttle.send(alert("acme", AlertKind.RECOVERED, "orders"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "orders"));
        throttle.send(alert("acme", AlertKind.RECORD_FAILING, "customers"));

        assertEquals(List.of("acme/RECORD_FAILING/orders/0", "acme/RECONNECT_REQUIRED/orders/0",
                "acme/RECORD_FAILING/customers/0", "acme/RECOVERED/orders/2", "acme/RECORD_FAILING/orders/0"),
                sentAsText(), "recovery of orders resets orders only; customers stays throttled");
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyUsedKey() {
        AlertThrottle small = AlertThrottle.builder().sink(sent::add).window(Duration.ofMinutes(30)).maxTracked(2)
                .timeSource(time).build();
        small.send(alert("a", AlertKind.FLOW_FAILED, "f"));
        small.send(alert("b", AlertKind.FLOW_FAILED, "f"));
        small.send(alert("a", AlertKind.FLOW_FAILED, "f")); // held back; "a" is now the most recently used
        small.send(alert("c", AlertKind.FLOW_FAILED, "f")); // evicts "b"
        assertEquals(2, small.tracked());

        small.send(alert("b", AlertKind.FLOW_FAILED, "f")); // forgotten: passes at once
        small.send(alert("c", AlertKind.FLOW_FAILED, "f"));

        assertEquals(List.of("a/FLOW_FAILED/f/0", "b/FLOW_FAILED/f/0", "c/FLOW_FAILED/f/0", "b/FLOW_FAILED/f/0"),
                sentAsText());
        assertEquals(2, small.tracked());
    }

    @Test
    void aThrowingSinkDoesNotReachTheCaller() {
        AlertThrottle broken = AlertThrottle.builder().sink(a -> {
            throw new IllegalStateException("down");
        }).timeSource(time).build();
        broken.send(alert("acme", AlertKind.FLOW_FAILED, "orders"));
        assertEquals(1, broken.tracked());
    }

    @Test
    void badSettingsAreRejectedByName() {
        assertEquals("window must be between PT1S and P30D, was PT0.5S", assertThrows(IllegalArgumentException.class,
                () -> AlertThrottle.builder().window(Duration.ofMillis(500))).getMessage());
        assertEquals("maxTracked must be between 1 and 1000000, was 0", assertThrows(IllegalArgumentException.class,
                () -> AlertThrottle.builder().maxTracked(0)).getMessage());
        assertEquals("sink(...) is required", assertThrows(IllegalStateException.class,
                () -> AlertThrottle.builder().build()).getMessage());
    }
}
