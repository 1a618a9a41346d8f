/**
 * Spring Boot 4 auto-configuration of LedgerBridge: bind {@code ledgerbridge.*} ({@link
 * dev.ledgerbridge.spring.boot.LedgerBridgeProperties}) and get the configured sync, a {@code SyncEngine}, the
 * tenant scheduler on the application's {@code DataSource}, health per system, metrics and alerts
 * ({@link dev.ledgerbridge.spring.boot.LedgerBridgeAutoConfiguration} and the other auto-configurations). Add the
 * {@code ledgerbridge-spring-boot-starter} dependency rather than this module.
 */
package dev.ledgerbridge.spring.boot;
