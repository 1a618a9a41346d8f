/**
 * Connectors that ship with the engine; the BuchhaltungsButler and AccountView connectors build on their clients.
 */
package dev.ledgerbridge.sync.connector;
