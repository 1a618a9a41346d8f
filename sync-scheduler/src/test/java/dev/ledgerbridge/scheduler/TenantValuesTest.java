package dev.ledgerbridge.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.scheduler.internal.RetryBackoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The values' rules: bad input named, secrets never shown, required settings named. */
class TenantValuesTest {
    @Test
    void tenantRules() {
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> Tenant.builder().id("acme corp"));
        assertEquals("id = 'acme corp': must be 1 to 64 characters of letters, digits, '.', '_' and '-', starting "
                + "with a letter or digit", id.getMessage());
        IllegalArgumentException interval = assertThrows(IllegalArgumentException.class,
                () -> Tenant.builder().syncInterval(Duration.ofMillis(500)));
        assertTrue(interval.getMessage().startsWith("syncInterval = PT0.5S"), interval.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tenant.builder().property("a b", "x"));
        assertThrows(IllegalArgumentException.class, () -> Tenant.builder().property("a", "x".repeat(1001)));
        Tenant.Builder full = Tenant.builder().id("t");
        for (int i = 0; i < Tenant.MAX_PROPERTIES; i++) {
            full.property("p" + i, "v");
        }
        assertThrows(IllegalArgumentException.class, () -> full.property("one-more", "v"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Tenant.builder().build());
        assertEquals("id is required: call id(...)", missing.getMessage());
        Tenant t = Tenant.builder().id("acme").property("bb.baseUrl", "https://x").build();
        assertEquals(t, t.toBuilder().build());
        assertEquals(Tenant.DEFAULT_SYNC_INTERVAL, t.syncInterval());
        assertFalse(t.toString().contains("https://x"));
    }

    @Test
    void credentialsNeverShowSecrets() {
        Credentials c = Credentials.builder().secret("apiKey", "s3cr3t-value").build();
        assertEquals("s3cr3t-value", c.secret("apiKey"));
        assertEquals("Credentials[apiKey]", c.toString());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> c.secret("apiSecret"));
        assertFalse(missing.getMessage().contains("s3cr3t"));
        assertTrue(missing.getMessage().contains("apiSecret"));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> Credentials.builder().secret("k", "v".repeat(Credentials.MAX_SECRET_LENGTH + 1)));
        assertFalse(tooLong.getMessage().contains("vvvv"));
    }

    @Test
    void jobNeedsAFlow() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TenantJob.builder().build());
        assertTrue(e.getMessage().contains("flow(...)"));
        assertThrows(IllegalArgumentException.class, () -> TenantJob.builder().flow(null));
    }

    @Test
    void schedulerNamesMissingAndBadSettings() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TenantScheduler.builder().build());
        assertEquals("dataSource is required: call dataSource(...)", e.getMessage());
        IllegalArgumentException runs = assertThrows(IllegalArgumentException.class,
                () -> TenantScheduler.builder().maxConcurrentRuns(0));
        assertEquals("maxConcurrentRuns = 0: must be 1 to 1000", runs.getMessage());
        IllegalArgumentException backoff = assertThrows(IllegalArgumentException.class,
                () -> TenantScheduler.builder().retryBackoff(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertTrue(backoff.getMessage().startsWith("retryBackoff max = PT1M"), backoff.getMessage());
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(0));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(240), backoff.delayAfter(3));
        assertEquals(Duration.ofMinutes(5), backoff.delayAfter(4));
        assertEquals(Duration.ofMinutes(5), backoff.delayAfter(Integer.MAX_VALUE));
    }
}
