package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTIONS_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTIONS_ADD_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTIONS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTION_ASSIGNED_RECEIPTS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTION_ASSIGN_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTION_ASSIGN_RECEIPT;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTION_GET_BY_ID;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.TRANSACTION_UNASSIGN_RECEIPT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.TransactionService;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptAssignment;
import dev.ledgerbridge.buchhaltungsbutler.model.Transaction;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionQuery;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.Optional;

/** Transactions over {@code /transactions}. */
public final class TransactionServiceImpl implements TransactionService {
    private static final int MAX_PAGE = 500;
    private static final int MAX_BATCH = 50;
    private final ApiCaller api;

    public TransactionServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<Transaction> list(TransactionQuery query) {
        return api.pagedQuery(TRANSACTIONS_GET, query, TransactionQuery::pageSize, MAX_PAGE, Transaction.class);
    }

    @Override
    public Optional<Transaction> get(long id) {
        Checks.on(TRANSACTION_GET_BY_ID).positive("id", id).throwIfAny();
        try {
            return ApiCaller.optionalData(api.call(TRANSACTION_GET_BY_ID, String.valueOf(id), api.emptyBody()),
                    Transaction.class, TRANSACTION_GET_BY_ID);
        } catch (NotFoundException e) {
            if (e.errorCode().isPresent()) {
                return Optional.empty(); // 400 code 6 "transaction not found"
            }
            throw e; // an HTML 404: wrong base URL or path
        }
    }

    @Override
    public long create(TransactionCreate transaction) {
        return api.create(TRANSACTIONS_ADD, transaction);
    }

    @Override
    public BatchResult createBatch(List<TransactionCreate> transactions) {
        Checks.requireValidItems(TRANSACTIONS_ADD_BATCH, "transactions", transactions, MAX_BATCH);
        return api.batch(TRANSACTIONS_ADD_BATCH, "transactions", transactions);
    }

    @Override
    public void assignReceipt(long transactionId, long receiptId) {
        api.call(TRANSACTION_ASSIGN_RECEIPT, pair(TRANSACTION_ASSIGN_RECEIPT, transactionId, receiptId));
    }

    @Override
    public BatchResult assignReceipts(List<ReceiptAssignment> assignments) {
        Checks.requireValidItems(TRANSACTION_ASSIGN_BATCH, "assignments", assignments, MAX_BATCH);
        return api.batch(TRANSACTION_ASSIGN_BATCH, "transactions_to_receipts", assignments);
    }

    @Override
    public void unassignReceipt(long transactionId, long receiptId) {
        api.call(TRANSACTION_UNASSIGN_RECEIPT, pair(TRANSACTION_UNASSIGN_RECEIPT, transactionId, receiptId));
    }

    @Override
    public List<Receipt> assignedReceipts(long transactionId) {
        Checks.on(TRANSACTION_ASSIGNED_RECEIPTS).positive("transactionId", transactionId).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("transaction_id_by_customer", transactionId);
        return List.copyOf(ApiCaller.list(api.call(TRANSACTION_ASSIGNED_RECEIPTS, body).path("data"), Receipt.class,
                TRANSACTION_ASSIGNED_RECEIPTS));
    }

    private ObjectNode pair(Endpoint ep, long transactionId, long receiptId) {
        Checks.on(ep).positive("transactionId", transactionId).positive("receiptId", receiptId).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("transaction_id_by_customer", transactionId);
        body.put("receipt_id_by_customer", receiptId);
        return body;
    }
}
