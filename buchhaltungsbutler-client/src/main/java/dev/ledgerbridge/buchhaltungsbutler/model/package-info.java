/**
 * Value types of the BuchhaltungsButler client: requests with builders (validated before sending)
 * and tolerant, immutable records read from the API.
 *
 * <p>Records read from the API say "not set" with null: a field the server leaves out, sends as JSON null or sends
 * as an empty string (BuchhaltungsButler's usual "not set") reads as null. Fields a record does not model are kept
 * in {@code extra()} as plain Java values: String, Boolean, {@link java.math.BigDecimal} for every number, List,
 * Map and null. Collections are never null.
 */
package dev.ledgerbridge.buchhaltungsbutler.model;
