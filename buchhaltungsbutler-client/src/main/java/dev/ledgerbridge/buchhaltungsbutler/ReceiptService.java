package dev.ledgerbridge.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.model.*;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Receipts (documents: supplier invoices, own invoices, credit notes), {@code /receipts/*}. There
 * is no update: metadata is fixed once created; deletion is soft.
 * <p>Writes are not idempotent (the API has no idempotency keys): after a timeout or server error on
 * a write, check the target before repeating it. Before repeating a failed create or upload, list receipts by
 * {@code invoiceNumber} or counterparty and date.
 */
public interface ReceiptService {
    /**
     * Receipts matching the query, 500 per request unless the query says otherwise.
     *
     * @param query filters; {@code direction} is required
     */
    PagedIterable<Receipt> list(ReceiptQuery query);

    /**
     * One receipt with its detail fields ({@code /receipts/get/{id}}); soft-deleted receipts are
     * returned with {@code deleted() == true}.
     *
     * @param id the receipt id
     * @return the receipt, or empty when the server knows no such id
     */
    Optional<Receipt> get(long id);

    /**
     * One receipt including its file ({@code get_file: true}); {@link Receipt#fileContent()} holds the bytes.
     *
     * @param id the receipt id
     * @return the receipt, or empty when the server knows no such id
     */
    Optional<Receipt> getWithFile(long id);

    /**
     * Creates a receipt without file ({@code /receipts/add}).
     *
     * @param receipt the receipt
     * @return the id the API assigned to the new receipt ({@code id_by_customer}); a success always has one
     */
    long create(ReceiptCreate receipt);

    /**
     * Creates up to 50 receipts in one call ({@code /receipts/addBatch}); one call per 5 s.
     *
     * @param receipts 1 to 50 receipts
     */
    BatchResult createBatch(List<ReceiptCreate> receipts);

    /**
     * Uploads a file as a new receipt ({@code /receipts/upload}, OCR); at most 10 per minute.
     *
     * @param upload the file and optional metadata
     * @throws dev.ledgerbridge.transport.error.QuotaExceededException when the plan's upload limit is reached (code 12)
     */
    UploadedReceipt upload(ReceiptUpload upload);

    /**
     * Soft-deletes a receipt ({@code /receipts/delete/{id}}).
     *
     * @param id the receipt id
     * @throws dev.ledgerbridge.transport.error.NotFoundException when it does not exist
     */
    void delete(long id);

    /**
     * Restores a soft-deleted receipt ({@code /receipts/restore/{id}}).
     *
     * @param id the receipt id
     * @throws dev.ledgerbridge.transport.error.NotFoundException when it does not exist
     */
    void restore(long id);

    /**
     * Transactions linked to a receipt ({@code /receipts/assigned-transactions/get}).
     *
     * @param receiptId     the receipt
     * @param confirmedOnly only links confirmed by postings
     */
    List<Transaction> assignedTransactions(long receiptId, boolean confirmedOnly);
}
