package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /transactions/*}: list (exclusive id bounds), detail, add, addBatch. The spec documents only code 7 for
 * add ("account does not exist") and 6 for an unknown detail id; the other codes here are the emulator's choice.
 */
final class BbTransactionApi {
    private static final String[] LIST_FIELDS = {"id_by_customer", "to_from", "amount", "booking_date", "value_date",
        "purpose"};

    private BbTransactionApi() {
    }

    static ObjectNode list(BbTenantState t, BbParams p) {
        Long idFrom = p.integer("id_by_customer_from", 5);
        Long idTo = p.integer("id_by_customer_to", 6);
        LocalDate from = p.date("date_from", 7);
        LocalDate to = p.date("date_to", 8);
        Long account = p.integer("account", 9);
        String toFrom = p.text("to_from", 11);
        int limit = p.limit(500, 500, 10);
        int offset = p.offset(12);
        p.dateTime("date_since_last_modified", 13);
        List<ObjectNode> rows = new ArrayList<>();
        int skipped = 0;
        Iterable<ObjectNode> range = t.transactions.subMap(idFrom == null ? Long.MIN_VALUE : idFrom, false,
                idTo == null ? Long.MAX_VALUE : idTo, false).values();
        for (ObjectNode tx : range) {
            LocalDate booking = LocalDate.parse(tx.get("booking_date").asText().substring(0, 10));
            if (from != null && booking.isBefore(from) || to != null && booking.isAfter(to)
                    || account != null && tx.get("account").asLong() != account
                    || toFrom != null && !toFrom.equals(tx.get("to_from").asText())) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            if (rows.size() == limit) {
                break;
            }
            ObjectNode row = Json.object();
            for (String f : LIST_FIELDS) {
                row.set(f, tx.get(f));
            }
            rows.add(row);
        }
        return BbEnvelope.list(rows);
    }

    static ObjectNode detail(BbTenantState t, String id) {
        ObjectNode tx = id.matches("\\d{1,18}") ? t.transactions.get(Long.parseLong(id)) : null;
        if (tx == null) {
            throw new BbError(400, 6, "transaction not found");
        }
        ObjectNode resp = BbEnvelope.ok();
        resp.set("data", tx.deepCopy());
        return resp;
    }

    static ObjectNode add(BbTenantState t, BbParams p) {
        long id = insert(t, p);
        ObjectNode resp = BbEnvelope.ok();
        resp.put("id_by_customer", id);
        return resp;
    }

    static long insert(BbTenantState t, BbParams p) {
        Long account = p.integer("account", 5);
        if (account == null) {
            throw BbError.invalid(5, "account");
        }
        if (!t.paymentAccounts.containsKey(account.toString())) {
            throw new BbError(400, 7, "account does not exist");
        }
        String toFrom = p.requiredText("to_from", 8);
        BigDecimal amount = p.decimal("amount", 9);
        if (amount == null || amount.signum() == 0) {
            throw BbError.invalid(9, "amount");
        }
        LocalDateTime booking = p.dateTime("booking_date", 10);
        if (booking == null) {
            throw BbError.invalid(10, "booking_date");
        }
        LocalDateTime value = p.dateTime("value_date", 11);
        String currency = p.text("currency", 12, 3);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw BbError.invalid(12, "currency");
        }
        ObjectNode tx = Json.object();
        long id = t.nextTransactionId++;
        tx.put("id_by_customer", id);
        tx.put("account", account);
        tx.put("to_from", toFrom);
        tx.put("booking_date", BbParams.formatDateTime(booking));
        tx.put("value_date", value == null ? null : BbParams.formatDateTime(value));
        tx.put("amount", BbReceipt.money(amount));
        tx.put("currency", currency == null ? "EUR" : currency);
        tx.put("account_number", p.text("account_number", 14, 42));
        tx.put("bank_code", p.text("bank_code", 15, 11));
        tx.put("bank_name", p.text("bank_name", 16));
        tx.put("purpose", p.textAllowEmpty("purpose", 13, 1000));
        tx.put("type", p.text("type", 17));
        tx.put("booking_text", p.textAllowEmpty("booking_text", 18, 1000));
        tx.put("payment_reference", p.text("payment_reference", 19));
        t.transactions.put(id, tx);
        return id;
    }

    static ObjectNode addBatch(BbTenantState t, BbParams p) {
        JsonNode items = BbBatch.items(p, "transactions", 50);
        ObjectNode resp = Json.object();
        resp.put("success", true);
        ArrayNode ok = resp.putArray("transactions");
        ArrayNode errors = resp.putArray("errors");
        BbBatch.each(items, ok, errors, 5, "account", item -> BbBatch.success().put("message", "")
                .put("id_by_customer", insert(t, item)));
        return resp;
    }
}
