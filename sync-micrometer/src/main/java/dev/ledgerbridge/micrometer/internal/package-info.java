/** Implementation of the observations; may change in any release. */
package dev.ledgerbridge.micrometer.internal;
