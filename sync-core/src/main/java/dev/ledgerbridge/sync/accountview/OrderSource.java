package dev.ledgerbridge.sync.accountview;

/**
 * Where {@link AccountViewConnector} reads orders from. Reading sales orders ({@code SO1}) is unconfirmed in the
 * public API documentation; order history ({@code ALH}) is confirmed but holds invoiced/delivered orders only.
 */
public enum OrderSource {
    /** Sales orders, business object {@code SO1} (header {@code SO_HDR} with lines {@code SO_LINE}); unconfirmed. */
    SALES_ORDERS,
    /** Sales order history, business object {@code ALH} (lines {@code HST_AL} carrying {@code HST_AH.*}). */
    ORDER_HISTORY
}
