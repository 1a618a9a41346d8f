package dev.ledgerbridge.buchhaltungsbutler.model;

/**
 * A debtor (customer account) as read from {@code /settings/get/debtors} or returned by an update.
 *
 * <p>Read tolerantly: every field may be null, numbers and ids are accepted as JSON strings or
 * numbers, fields this type does not know are kept in {@link #extra()}. Immutable.
 */
public final class Debtor extends BusinessPartner {
    private Debtor() {
    }
}
