package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.COMMENTS_ADD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.CommentService;

/** Comments over {@code /comments/add}. */
public final class CommentServiceImpl implements CommentService {
    private static final int MIN = 2;
    private static final int MAX = 210;
    private final ApiCaller api;

    public CommentServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public void addToReceipt(long receiptId, String text) {
        add("receipt_id_by_customer", "receiptId", receiptId, text);
    }

    @Override
    public void addToTransaction(long transactionId, String text) {
        add("transaction_id_by_customer", "transactionId", transactionId, text);
    }

    private void add(String wire, String field, long id, String text) {
        Checks.Collector c = Checks.on(COMMENTS_ADD).positive(field, id);
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (text == null || length < MIN || length > MAX) {
            c.add("text", text == null ? null : length + " characters", "size must be between " + MIN + " and " + MAX);
        }
        c.throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("comment_text", text);
        body.put(wire, id);
        api.call(COMMENTS_ADD, body);
    }
}
