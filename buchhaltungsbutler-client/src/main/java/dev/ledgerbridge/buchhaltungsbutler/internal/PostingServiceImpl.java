package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_BATCH_FREE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_BATCH_RECEIPTS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_BATCH_TRANSACTIONS;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_FREE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_RECEIPT;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ADD_TRANSACTION;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_ASSIGN_RECEIPT_TO_FREE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_CANCEL;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_UNCONFIRM_FREE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_UNCONFIRM_RECEIPT;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGS_UNCONFIRM_TRANSACTION;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.PostingService;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.DocumentPosting;
import dev.ledgerbridge.buchhaltungsbutler.model.FreePosting;
import dev.ledgerbridge.buchhaltungsbutler.model.Posting;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingLine;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptPosting;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionPosting;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.function.Function;

/** Postings over {@code /postings}: lines become the API's parallel arrays. */
public final class PostingServiceImpl implements PostingService {
    private static final int MAX_PAGE = 1000;
    private final ApiCaller api;

    public PostingServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<Posting> list(PostingQuery query) {
        return api.pagedQuery(POSTINGS_GET, query, PostingQuery::pageSize, MAX_PAGE, Posting.class);
    }

    @Override
    public void addForReceipt(ReceiptPosting posting) {
        Checks.on(POSTINGS_ADD_RECEIPT).bean("", posting).throwIfAny();
        api.call(POSTINGS_ADD_RECEIPT, receiptBody(posting, false));
    }

    @Override
    public BatchResult addForReceipts(List<ReceiptPosting> postings) {
        Checks.requireValidItems(POSTINGS_ADD_BATCH_RECEIPTS, "receipts", postings, 0);
        return api.batch(POSTINGS_ADD_BATCH_RECEIPTS, "receipts", postings, p -> receiptBody(p, true));
    }

    @Override
    public void addForTransaction(TransactionPosting posting) {
        Checks.on(POSTINGS_ADD_TRANSACTION).bean("", posting).throwIfAny();
        api.call(POSTINGS_ADD_TRANSACTION, transactionBody(posting));
    }

    @Override
    public BatchResult addForTransactions(List<TransactionPosting> postings) {
        Checks.requireValidItems(POSTINGS_ADD_BATCH_TRANSACTIONS, "transactions", postings, 0);
        return api.batch(POSTINGS_ADD_BATCH_TRANSACTIONS, "transactions", postings, this::transactionBody);
    }

    @Override
    public void addFree(FreePosting posting) {
        api.call(POSTINGS_ADD_FREE, api.body(POSTINGS_ADD_FREE, posting));
    }

    @Override
    public BatchResult addFreeBatch(List<FreePosting> postings) {
        Checks.requireValidItems(POSTINGS_ADD_BATCH_FREE, "freePostings", postings, 0);
        return api.batch(POSTINGS_ADD_BATCH_FREE, "free_postings", postings);
    }

    @Override
    public void assignReceiptToFreePosting(long receiptId, long postingId) {
        Checks.on(POSTINGS_ASSIGN_RECEIPT_TO_FREE).positive("receiptId", receiptId).positive("postingId", postingId)
                .throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("receipt_id_by_customer", receiptId);
        body.put("posting_id_by_customer", postingId);
        api.call(POSTINGS_ASSIGN_RECEIPT_TO_FREE, body);
    }

    @Override
    public void unconfirmReceipt(long receiptId) {
        byId(POSTINGS_UNCONFIRM_RECEIPT, "receipt_id_by_customer", "receiptId", receiptId);
    }

    @Override
    public void unconfirmTransaction(long transactionId) {
        byId(POSTINGS_UNCONFIRM_TRANSACTION, "transaction_id_by_customer", "transactionId", transactionId);
    }

    @Override
    public void unconfirmFree(long postingId) {
        byId(POSTINGS_UNCONFIRM_FREE, "posting_id_by_customer", "postingId", postingId);
    }

    @Override
    public void cancel(long postingId) {
        byId(POSTINGS_CANCEL, "posting_id_by_customer", "postingId", postingId);
    }

    private void byId(Endpoint ep, String wire, String field, long id) {
        Checks.on(ep).positive(field, id).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put(wire, id);
        api.call(ep, body);
    }

    private ObjectNode receiptBody(ReceiptPosting p, boolean batchItem) {
        ObjectNode body = api.emptyBody();
        body.put("receipt_id_by_customer", p.receiptId());
        lines(body, p.lines());
        if (batchItem) {
            // the spec's batch item schema spells this field "postingstexts"; send both spellings
            body.set("postingstexts", body.get("postingtexts").deepCopy());
        }
        partners(body, p);
        return body;
    }

    private ObjectNode transactionBody(TransactionPosting p) {
        ObjectNode body = api.emptyBody();
        body.put("transaction_id_by_customer", p.transactionId());
        lines(body, p.lines());
        ArrayNode openItems = body.putArray("oi_receipts_ids_by_customer");
        p.lines().forEach(l -> {
            if (l.openItemReceiptId() == null) {
                openItems.addNull();
            } else {
                openItems.add(l.openItemReceiptId());
            }
        });
        partners(body, p);
        return body;
    }

    /** The API wants both partner accounts, 0 for "none". */
    private static void partners(ObjectNode body, DocumentPosting p) {
        body.put("creditor", p.creditor() == null ? 0 : p.creditor());
        body.put("debtor", p.debtor() == null ? 0 : p.debtor());
    }

    private static void lines(ObjectNode body, List<PostingLine> lines) {
        body.set("postingaccounts", array(lines, l -> l.postingAccount()));
        body.set("postingtexts", array(lines, PostingLine::text));
        body.set("vats", array(lines, l -> l.vat().value()));
        body.set("amounts", array(lines, PostingLine::amount));
        if (lines.stream().anyMatch(l -> l.costLocation() != null)) {
            body.set("cost_locations", array(lines, l -> l.costLocation() == null ? "" : l.costLocation()));
        }
        if (lines.stream().anyMatch(l -> l.costLocationTwo() != null)) {
            body.set("cost_locations_two", array(lines, l -> l.costLocationTwo() == null ? "" : l.costLocationTwo()));
        }
    }

    private static ArrayNode array(List<PostingLine> lines, Function<PostingLine, Object> value) {
        ArrayNode a = ApiCaller.mapper().createArrayNode();
        for (PostingLine l : lines) {
            Object v = value.apply(l);
            if (v instanceof Long n) {
                a.add(n);
            } else if (v instanceof java.math.BigDecimal d) {
                a.add(d);
            } else {
                a.add((String) v);
            }
        }
        return a;
    }
}
