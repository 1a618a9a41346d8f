/**
 * Bean Validation constraints of the sync model (their validators are internal). Public models never depend on
 * {@code internal} packages, so their annotations live here.
 */
package dev.ledgerbridge.sync.model.constraints;
