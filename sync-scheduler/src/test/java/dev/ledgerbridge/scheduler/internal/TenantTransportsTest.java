package dev.ledgerbridge.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.transport.HttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The kept transports stay bounded: dropped when idle, when their tenant left, and beyond the maximum. */
class TenantTransportsTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong made = new AtomicLong();
    private final TenantTransports transports = new TenantTransports(tenant -> transport(made.incrementAndGet()),
            Duration.ofMinutes(10), 2, now::get);

    /** A distinct transport per call (it is never used to send). */
    private static HttpTransport transport(long number) {
        return request -> {
            throw new IllegalStateException("transport " + number + " sends nothing");
        };
    }

    private static Tenant tenant(String id) {
        return Tenant.builder().id(id).build();
    }

    @Test
    void keptWhileUsedDroppedWhenIdle() {
        HttpTransport first = transports.runStarted(tenant("a"));
        now.addAndGet(Duration.ofMinutes(30).toNanos()); // a long run is never idle
        transports.retainOnly(Set.of("a"));
        transports.runEnded("a");
        assertSame(first, transports.runStarted(tenant("a")));
        transports.runEnded("a");

        now.addAndGet(Duration.ofMinutes(11).toNanos());
        transports.retainOnly(Set.of("a"));
        assertEquals(0, transports.size());
        assertNotSame(first, transports.runStarted(tenant("a")));
    }

    @Test
    void droppedWhenTheTenantLeftTheDirectory() {
        transports.runStarted(tenant("a"));
        transports.runEnded("a");
        transports.runStarted(tenant("b")); // still running
        transports.retainOnly(List.of());
        assertEquals(1, transports.size(), "only the running tenant's transport is kept");
    }

    @Test
    void theLongestIdleGoesBeyondTheMaximum() {
        HttpTransport a = transports.runStarted(tenant("a"));
        transports.runEnded("a");
        now.addAndGet(1);
        HttpTransport b = transports.runStarted(tenant("b"));
        transports.runEnded("b");
        transports.runStarted(tenant("c"));
        assertEquals(2, transports.size());
        assertSame(b, transports.runStarted(tenant("b")));
        assertNotSame(a, transports.runStarted(tenant("a")), "a was idle longest and was dropped");
    }

    @Test
    void aFactoryReturningNullIsNamed() {
        TenantTransports broken = new TenantTransports(tenant -> null, Duration.ofMinutes(1), 10, now::get);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.runStarted(tenant("a")));
        assertEquals("the tenant transport factory returned null for tenant 'a'", e.getMessage());
    }
}
