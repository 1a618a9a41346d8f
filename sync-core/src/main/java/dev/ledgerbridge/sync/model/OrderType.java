package dev.ledgerbridge.sync.model;

/** The kind of sales document. */
public enum OrderType {
    /** An invoice (BuchhaltungsButler {@code invoice}). */
    INVOICE,
    /** A credit note (BuchhaltungsButler {@code credit}). */
    CREDIT_NOTE,
    /** An offer (BuchhaltungsButler {@code offer}). */
    OFFER,
    /** A sales order (AccountView {@code SO1}). */
    SALES_ORDER
}
