package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_ADD_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_UPLOAD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_ASSIGNED_TRANSACTIONS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_DELETE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_GET_BY_ID;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_RESTORE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.ReceiptService;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptUpload;
import dev.ledgerbridge.buchhaltungsbutler.model.Transaction;
import dev.ledgerbridge.buchhaltungsbutler.model.UploadedReceipt;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.Optional;

/** Receipts over {@code /receipts}. */
public final class ReceiptServiceImpl implements ReceiptService {
    private static final int MAX_PAGE = 500;
    private static final int MAX_BATCH = 50;
    private final ApiCaller api;

    public ReceiptServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<Receipt> list(ReceiptQuery query) {
        return api.pagedQuery(RECEIPTS_GET, query, ReceiptQuery::pageSize, MAX_PAGE, Receipt.class);
    }

    @Override
    public Optional<Receipt> get(long id) {
        return byId(id, false);
    }

    @Override
    public Optional<Receipt> getWithFile(long id) {
        return byId(id, true);
    }

    private Optional<Receipt> byId(long id, boolean withFile) {
        Checks.on(RECEIPT_GET_BY_ID).positive("id", id).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("get_file", withFile);
        return ApiCaller.optionalData(api.call(RECEIPT_GET_BY_ID, String.valueOf(id), body), Receipt.class,
                RECEIPT_GET_BY_ID);
    }

    @Override
    public long create(ReceiptCreate receipt) {
        return api.create(RECEIPTS_ADD, receipt);
    }

    @Override
    public BatchResult createBatch(List<ReceiptCreate> receipts) {
        Checks.requireValidItems(RECEIPTS_ADD_BATCH, "receipts", receipts, MAX_BATCH);
        return api.batch(RECEIPTS_ADD_BATCH, "receipts", receipts);
    }

    @Override
    public UploadedReceipt upload(ReceiptUpload upload) {
        return ApiCaller.convert(api.call(RECEIPTS_UPLOAD, api.body(RECEIPTS_UPLOAD, upload)), UploadedReceipt.class,
                RECEIPTS_UPLOAD);
    }

    @Override
    public void delete(long id) {
        Checks.on(RECEIPT_DELETE).positive("id", id).throwIfAny();
        api.call(RECEIPT_DELETE, String.valueOf(id), api.emptyBody());
    }

    @Override
    public void restore(long id) {
        Checks.on(RECEIPT_RESTORE).positive("id", id).throwIfAny();
        api.call(RECEIPT_RESTORE, String.valueOf(id), api.emptyBody());
    }

    @Override
    public List<Transaction> assignedTransactions(long receiptId, boolean confirmedOnly) {
        Checks.on(RECEIPT_ASSIGNED_TRANSACTIONS).positive("receiptId", receiptId).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("receipt_id_by_customer", receiptId);
        body.put("confirmed_only", confirmedOnly);
        return List.copyOf(ApiCaller.list(api.call(RECEIPT_ASSIGNED_TRANSACTIONS, body).path("data"),
                Transaction.class, RECEIPT_ASSIGNED_TRANSACTIONS));
    }
}
