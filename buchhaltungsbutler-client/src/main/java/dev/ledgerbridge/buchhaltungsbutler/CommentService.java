package dev.ledgerbridge.buchhaltungsbutler;

/**
 * Comments on receipts and transactions ({@code /comments/add}). Write-only: comments are visible
 * only in {@link dev.ledgerbridge.buchhaltungsbutler.model.Posting#comment()}. Not idempotent.
 */
public interface CommentService {
    /**
     * Comments a receipt.
     *
     * @param receiptId receipt id
     * @param text      2 to 210 characters
     */
    void addToReceipt(long receiptId, String text);

    /**
     * Comments a transaction.
     *
     * @param transactionId transaction id
     * @param text          2 to 210 characters
     */
    void addToTransaction(long transactionId, String text);
}
