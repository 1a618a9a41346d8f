/** Connectors that ship with the engine; connectors for BuchhaltungsButler and AccountView live next to their clients. */
package dev.ledgerbridge.sync.connector;
