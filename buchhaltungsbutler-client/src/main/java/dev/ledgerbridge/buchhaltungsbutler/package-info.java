/**
 * Typed client for the BuchhaltungsButler API v1. Start with
 * {@link dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient#builder()}; each resource has a
 * service ({@code debtors()}, {@code invoices()}, {@code receipts()}, ...). Errors are the typed
 * exceptions of {@code dev.ledgerbridge.transport.error}, plus
 * {@link dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerErrorException} for the API's
 * endpoint-specific error codes.
 */
package dev.ledgerbridge.buchhaltungsbutler;
