/**
 * Value types of the BuchhaltungsButler client: requests with builders (validated before sending)
 * and tolerant, immutable records read from the API (unknown fields kept in {@code extra()}).
 */
package dev.ledgerbridge.buchhaltungsbutler.model;
