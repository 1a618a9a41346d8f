package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Journal postings, {@code /postings/*}. Add calls return no posting id: re-read with
 * {@link #list(PostingQuery)} (for example by {@code lastActionFrom}) to find what was booked.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it.
 */
public interface PostingService {
    /**
     * Postings in a date range, 1000 per request unless the query says otherwise. Unconfirmed free
     * postings are not returned (a known server behaviour).
     *
     * @param query filters; the date range is required
     */
    PagedIterable<Posting> list(PostingQuery query);

    /**
     * Books a receipt ({@code /postings/add/receipt}); the lines must add up to the receipt amount.
     *
     * @param posting receipt and lines
     */
    void addForReceipt(ReceiptPosting posting);

    /**
     * Books several receipts in one call ({@code /postings/add-batch/receipts}).
     *
     * @param postings at least one
     */
    BatchResult addForReceipts(List<ReceiptPosting> postings);

    /**
     * Books a transaction ({@code /postings/add/transaction}).
     *
     * @param posting transaction and lines
     */
    void addForTransaction(TransactionPosting posting);

    /**
     * Books several transactions in one call ({@code /postings/add-batch/transactions}).
     *
     * @param postings at least one
     */
    BatchResult addForTransactions(List<TransactionPosting> postings);

    /**
     * Adds a manual journal entry ({@code /postings/add/free}).
     *
     * @param posting the entry
     */
    void addFree(FreePosting posting);

    /**
     * Adds several manual journal entries ({@code /postings/add-batch/free}).
     *
     * @param postings at least one
     */
    BatchResult addFreeBatch(List<FreePosting> postings);

    /**
     * Attaches a receipt to a free posting ({@code /postings/assign/receipt-to-free-posting}).
     *
     * @param receiptId receipt id
     * @param postingId free posting id
     */
    void assignReceiptToFreePosting(long receiptId, long postingId);

    /**
     * Reverts the unfixed postings of a receipt ({@code /postings/unconfirm/receipt}).
     *
     * @param receiptId receipt id
     */
    void unconfirmReceipt(long receiptId);

    /**
     * Reverts the unfixed postings of a transaction ({@code /postings/unconfirm/transaction}).
     *
     * @param transactionId transaction id
     */
    void unconfirmTransaction(long transactionId);

    /**
     * Reverts an unfixed free posting ({@code /postings/unconfirm/free}).
     *
     * @param postingId posting id
     */
    void unconfirmFree(long postingId);

    /**
     * Cancels a posting ({@code /postings/cancel}): deletes it when unfixed, books a reversal when fixed.
     *
     * @param postingId posting id
     */
    void cancel(long postingId);
}
