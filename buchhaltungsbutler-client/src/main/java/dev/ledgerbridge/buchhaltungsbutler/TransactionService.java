package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Bank and cash transactions, {@code /transactions/*}. There is no update or delete and no
 * duplicate detection.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it. Before repeating a failed create, list transactions of the account
 * and date and compare amount and purpose.
 */
public interface TransactionService {
    /**
     * Transactions matching the query, 500 per request unless the query says otherwise. List rows
     * lack account, currency and bank fields; {@link #get(long)} has them.
     *
     * @param query filters
     */
    PagedIterable<Transaction> list(TransactionQuery query);

    /**
     * One transaction with all fields ({@code /transactions/get/{id}}).
     *
     * @param id transaction id
     * @return the transaction, or empty when it does not exist
     */
    Optional<Transaction> get(long id);

    /**
     * Creates a transaction ({@code /transactions/add}).
     *
     * @param transaction the transaction
     * @return the id the API assigned to the new transaction ({@code id_by_customer}); a success always has one
     */
    long create(TransactionCreate transaction);

    /**
     * Creates up to 50 transactions in one call ({@code /transactions/addBatch}); one call per 5 s.
     *
     * @param transactions 1 to 50 transactions
     */
    BatchResult createBatch(List<TransactionCreate> transactions);

    /**
     * Links a receipt to a transaction ({@code /transactions/assign/receipt}).
     *
     * @param transactionId transaction id
     * @param receiptId     receipt id
     */
    void assignReceipt(long transactionId, long receiptId);

    /**
     * Links up to 50 pairs in one call ({@code /transactions/assign-batch/receipt}).
     *
     * @param assignments 1 to 50 pairs
     */
    BatchResult assignReceipts(List<ReceiptAssignment> assignments);

    /**
     * Removes a link ({@code /transactions/unassign/receipt}).
     *
     * @param transactionId transaction id
     * @param receiptId     receipt id
     */
    void unassignReceipt(long transactionId, long receiptId);

    /**
     * Receipts linked to a transaction ({@code /transactions/assigned-receipts/get}); the rows carry
     * id and file name only.
     *
     * @param transactionId transaction id
     */
    List<Receipt> assignedReceipts(long transactionId);
}
