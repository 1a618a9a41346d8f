/**
 * PostgreSQL for tests: {@link dev.ledgerbridge.testkit.postgres.TestPostgres} starts one embedded PostgreSQL per
 * JVM on first use (or uses an external server named by {@code LEDGERBRIDGE_POSTGRES_URL}) and hands out a fresh
 * {@link dev.ledgerbridge.testkit.postgres.TestDatabase} per call, so tests stay independent without a server
 * installed on the machine.
 */
package dev.ledgerbridge.testkit.postgres;
