/**
 * One immutable configuration value ({@link dev.ledgerbridge.config.LedgerBridgeConfig}) for a BuchhaltungsButler
 * and AccountView sync, and its wiring into clients, connectors, flows and an engine
 * ({@link dev.ledgerbridge.config.ConfiguredSync}): the part the command-line application and the Spring Boot
 * starter share. Secrets are {@link dev.ledgerbridge.config.Secret}s, masked wherever they are printed.
 */
package dev.ledgerbridge.config;
