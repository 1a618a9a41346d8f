/**
 * Bean Validation constraints that public models carry (their validators are internal). Public models never
 * depend on {@code internal} packages, so their annotations live here.
 */
package dev.ledgerbridge.transport.validation;
