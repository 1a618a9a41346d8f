package dev.ledgerbridge.micrometer;

/**
 * Whether the tenant id becomes a key value of every observation, and of which kind. Metrics get one time series per
 * combination of low-cardinality values, so a tenant id there multiplies every series by the number of tenants: fine
 * for a few dozen, a problem for thousands. High-cardinality values go to traces (and handlers that read them), never
 * into metric tags.
 */
public enum TenantKey {
    /** No tenant key value (the default); the tenant is still in {@link SyncRunContext#tenant()}. */
    NONE,
    /** The tenant id as a high-cardinality key value {@value ObservationNames#TENANT}: in traces, not in metrics. */
    HIGH_CARDINALITY,
    /** The tenant id as a low-cardinality key value {@value ObservationNames#TENANT}: a metric tag; small deployments only. */
    LOW_CARDINALITY
}
