package dev.ledgerbridge.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.transport.ClientObserver;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The entry point's settings: defaults, checks, and the no-op without a registry. */
class LedgerbridgeObservationsTest {
    @Test
    void withoutRegistryTheHooksAreTheSdksOwnNoOps() {
        LedgerbridgeObservations none = LedgerbridgeObservations.builder().build();

        assertSame(ClientObserver.none(), none.clientObserver());
        assertSame(ObservationRegistry.NOOP, none.registry());
        assertEquals(Optional.empty(), none.tenant());
        assertEquals(TenantKey.NONE, none.tenantKey());
        assertEquals("LedgerbridgeObservations{tenant=null, tenantKey=NONE, no-op}", none.toString());
    }

    @Test
    void withARegistryTheHooksObserve() {
        LedgerbridgeObservations observations = LedgerbridgeObservations.builder()
                .registry(TestObservationRegistry.create()).tenant("t1").tenantKey(TenantKey.LOW_CARDINALITY).build();

        assertNotSame(ClientObserver.none(), observations.clientObserver());
        assertEquals(Optional.of("t1"), observations.tenant());
        assertEquals("LedgerbridgeObservations{tenant=t1, tenantKey=LOW_CARDINALITY}", observations.toString());
    }

    @Test
    void badSettingsAreRefusedNamingSettingAndValue() {
        var builder = LedgerbridgeObservations.builder();

        assertEquals("registry must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.registry(null)).getMessage());
        assertEquals("tenant must not be blank, was ' '",
                assertThrows(IllegalArgumentException.class, () -> builder.tenant(" ")).getMessage());
        assertEquals("tenant must not be blank, was null",
                assertThrows(IllegalArgumentException.class, () -> builder.tenant(null)).getMessage());
        assertEquals("tenantKey must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.tenantKey(null)).getMessage());
        assertEquals("stateStore must not be null",
                assertThrows(IllegalArgumentException.class, () -> builder.stateStore(null)).getMessage());
    }

    @Test
    void aTenantKeyWithoutTenantIsRefusedOnBuildNamingTheSetter() {
        var builder = LedgerbridgeObservations.builder().tenantKey(TenantKey.HIGH_CARDINALITY);

        assertEquals("tenantKey(HIGH_CARDINALITY) needs tenant(String); it was not called",
                assertThrows(IllegalStateException.class, builder::build).getMessage());
    }
}
