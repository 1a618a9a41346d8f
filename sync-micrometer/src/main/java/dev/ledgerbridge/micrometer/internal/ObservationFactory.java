package dev.ledgerbridge.micrometer.internal;

import dev.ledgerbridge.micrometer.ObservationNames;
import dev.ledgerbridge.micrometer.TenantKey;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;

/** Creates the module's observations on one registry, each with the tenant key value the settings ask for. */
public final class ObservationFactory {
    private final ObservationRegistry registry;
    private final String tenant;
    private final TenantKey tenantKey;

    public ObservationFactory(ObservationRegistry registry, String tenant, TenantKey tenantKey) {
        this.registry = registry;
        this.tenant = tenant;
        this.tenantKey = tenantKey;
    }

    /** The tenant id, or null. */
    public String tenant() {
        return tenant;
    }

    /** A new, not yet started observation (a no-op one while the registry has no handlers). */
    public <T extends Observation.Context> Observation create(String name, Supplier<T> context) {
        Observation observation = Observation.createNotStarted(name, context, registry);
        if (tenant != null && tenantKey == TenantKey.LOW_CARDINALITY) {
            observation.lowCardinalityKeyValue(ObservationNames.TENANT, tenant);
        } else if (tenant != null && tenantKey == TenantKey.HIGH_CARDINALITY) {
            observation.highCardinalityKeyValue(ObservationNames.TENANT, tenant);
        }
        return observation;
    }

    /** A new observation with a plain context. */
    public Observation create(String name) {
        return create(name, Observation.Context::new);
    }
}
