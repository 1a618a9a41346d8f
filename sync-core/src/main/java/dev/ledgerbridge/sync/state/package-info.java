/**
 * What the engine remembers between runs (links, content hashes, cursors, locks: ids and hashes only, no
 * customer data) and the activity log, each in memory or in a JDBC database (embedded H2 by default, or
 * PostgreSQL).
 */
package dev.ledgerbridge.sync.state;
