package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.function.Function;

/** The request and answer rules every batch insert shares (receipts, transactions, debtors, creditors). */
final class BbBatch {
    private BbBatch() {
    }

    /**
     * The items of a batch request.
     *
     * @param p the request
     * @param collection the member holding the items, e.g. {@code receipts}
     * @param max the most items allowed, 0 for no limit
     * @return the non-empty array
     * @throws BbError code 6 when the array is missing or empty, code 5 when it holds more than {@code max}
     */
    static JsonNode items(BbParams p, String collection, int max) {
        JsonNode items = p.body().get(collection);
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new BbError(400, 6, "no " + collection + " specified");
        }
        if (max > 0 && items.size() > max) {
            throw new BbError(400, 5, "more than " + max + " " + collection + " specified");
        }
        return items;
    }

    /**
     * Inserts item by item: a success answer goes to {@code ok}; a failure goes to {@code errors} with its code,
     * message and the request item echoed, and the batch goes on.
     *
     * @param items the items
     * @param ok receives the success answers, in order
     * @param errors receives the failures, in order
     * @param notObjectCode error code for an item that is not an object
     * @param notObjectField field named in that error
     * @param insert inserts one item and returns its success answer
     */
    static void each(JsonNode items, ArrayNode ok, ArrayNode errors, int notObjectCode, String notObjectField,
                     Function<BbParams, ObjectNode> insert) {
        for (JsonNode item : items) {
            try {
                if (!item.isObject()) {
                    throw BbError.invalid(notObjectCode, notObjectField);
                }
                ok.add(insert.apply(new BbParams((ObjectNode) item)));
            } catch (BbError e) {
                ObjectNode err = errors.addObject();
                err.put("success", false);
                err.put("error_code", e.code());
                err.put("message", e.getMessage());
                err.set("request_data", item);
            }
        }
    }

    /**
     * Starts a success answer of one item.
     *
     * @return {@code {"success": true}}
     */
    static ObjectNode success() {
        return Json.object().put("success", true);
    }
}
