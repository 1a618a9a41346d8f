package dev.ledgerbridge.buchhaltungsbutler.model;

/**
 * A debtor (customer account) as read from {@code /settings/get/debtors} or returned by an update.
 *
 * <p>Read tolerantly: every field may be null (not sent, JSON null, or an empty string, which the API
 * sends for "not set"), numbers and ids are accepted as JSON strings or numbers, fields this type does not know
 * are kept in {@link #extra()} as plain Java values (BigDecimal for every number). Immutable.
 */
public final class Debtor extends BusinessPartner {
    private Debtor() {
    }
}
