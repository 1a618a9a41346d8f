/**
 * What the engine remembers between runs (links, content hashes, cursors, locks: ids and hashes only, no
 * customer data) and the activity log, each in memory or in a JDBC database (an embedded H2 file, whose driver
 * the application adds, or PostgreSQL).
 */
package dev.ledgerbridge.sync.state;
