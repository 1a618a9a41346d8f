package dev.ledgerbridge.accountview.model;

/**
 * Sales orders ({@code SO1}/{@code SO_HDR} with {@code SO_LINE}) of one company. Inserting is confirmed;
 * reading is expected to return header and line tables but is unconfirmed; updating is not supported.
 */
public interface SalesOrders extends ReadableObjects<SalesOrder> {
    /**
     * Inserts an order with its lines in one {@code POST}. Validated first: invoice debtor and at least one line,
     * each with article code and quantity.
     *
     * @param order the order
     * @return the order as echoed by the server (lines included when echoed), or {@code order}
     */
    SalesOrder insert(SalesOrder order);
}
