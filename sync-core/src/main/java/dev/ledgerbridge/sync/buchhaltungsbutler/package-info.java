/**
 * The BuchhaltungsButler connector: {@link dev.ledgerbridge.sync.buchhaltungsbutler.BuchhaltungsButlerConnector}
 * puts the typed BuchhaltungsButler client behind the engine's connector SPI (debtors as customers; invoices, credit
 * notes and offers as orders written with lines and read back as headers).
 */
package dev.ledgerbridge.sync.buchhaltungsbutler;
