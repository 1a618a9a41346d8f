/**
 * The canonical model every connector translates to and from: immutable values with builders,
 * validated with Bean Validation before anything is written.
 */
package dev.ledgerbridge.sync.model;
