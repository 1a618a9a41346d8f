package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_ADD_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPTS_UPLOAD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_ASSIGNED_TRANSACTIONS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_DELETE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_GET_BY_ID;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.RECEIPT_RESTORE;

import com.fasterxml.jackson.databind.JsonNode;
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
        ObjectNode filters = api.body(RECEIPTS_GET, query);
        int size = query.pageSize() == null ? MAX_PAGE : query.pageSize();
        return api.paged(RECEIPTS_GET, filters, size, Receipt.class);
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
        JsonNode data = api.call(RECEIPT_GET_BY_ID, String.valueOf(id), body).path("data");
        // an unknown id answers 200 with an empty array as data
        if (!data.isObject() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ApiCaller.convert(data, Receipt.class, RECEIPT_GET_BY_ID));
    }

    @Override
    public long create(ReceiptCreate receipt) {
        Checks.on(RECEIPTS_ADD).bean("", receipt).throwIfAny();
        return Checks.longField(api.call(RECEIPTS_ADD, ApiCaller.mapper().valueToTree(receipt)), "id_by_customer",
                RECEIPTS_ADD);
    }

    @Override
    public BatchResult createBatch(List<ReceiptCreate> receipts) {
        Checks.Collector c = Checks.on(RECEIPTS_ADD_BATCH);
        Checks.validateItems(c, "receipts", receipts, MAX_BATCH);
        c.throwIfAny();
        ObjectNode body = api.emptyBody();
        body.set("receipts", Checks.array(receipts, r -> ApiCaller.mapper().valueToTree(r)));
        return Checks.batch(api.call(RECEIPTS_ADD_BATCH, body), "receipts", RECEIPTS_ADD_BATCH);
    }

    @Override
    public UploadedReceipt upload(ReceiptUpload upload) {
        Checks.on(RECEIPTS_UPLOAD).bean("", upload).throwIfAny();
        return ApiCaller.convert(api.call(RECEIPTS_UPLOAD, ApiCaller.mapper().valueToTree(upload)),
                UploadedReceipt.class, RECEIPTS_UPLOAD);
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
