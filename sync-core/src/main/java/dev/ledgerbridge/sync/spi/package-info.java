/**
 * The service-provider interfaces: what a connector to a system implements ({@link
 * dev.ledgerbridge.sync.spi.Connector}, readers, lookups, writers) and the pluggable pieces of a flow
 * ({@link dev.ledgerbridge.sync.spi.Mapper}, {@link dev.ledgerbridge.sync.spi.MatchStrategy}).
 */
package dev.ledgerbridge.sync.spi;
