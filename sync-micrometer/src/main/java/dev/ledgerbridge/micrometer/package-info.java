/**
 * Metrics and traces of the SDK on the Micrometer Observation API: sync runs, record outcomes, API requests, rate-limit
 * waits, token refreshes and the backlog of parked records. Start at {@link dev.ledgerbridge.micrometer.LedgerbridgeObservations};
 * the names and keys are listed in {@link dev.ledgerbridge.micrometer.ObservationNames}.
 */
package dev.ledgerbridge.micrometer;
