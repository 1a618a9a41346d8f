/** Implementation of the alerts module; may change in any release. */
package dev.ledgerbridge.alerts.internal;
