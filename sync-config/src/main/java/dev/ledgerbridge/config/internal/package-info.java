/** Internals of the configuration module: validation, client and flow construction, connection checks. */
package dev.ledgerbridge.config.internal;
