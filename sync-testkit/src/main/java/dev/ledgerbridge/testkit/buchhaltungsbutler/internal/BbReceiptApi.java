package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /receipts/*}: list with filters and order, detail, add, addBatch, soft delete and restore. */
final class BbReceiptApi {
    private static final Set<String> TYPES = Set.of("invoice inbound", "invoice outbound", "credit inbound",
            "credit outbound");
    private static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF", "DKK", "SEK", "NOK", "PLN",
            "CZK", "HUF", "JPY", "CNY", "CAD", "AUD");

    private BbReceiptApi() {
    }

    /** {@code /receipts/get}: codes 5-19 as in the spec; offset beyond the end gives rows 0. */
    static ObjectNode list(BbTenantState t, BbParams p) {
        String direction = p.text("list_direction", 5);
        if (!"inbound".equals(direction) && !"outbound".equals(direction)) {
            throw BbError.invalid(5, "list_direction");
        }
        String paymentStatus = p.text("payment_status", 6);
        if (paymentStatus != null && !paymentStatus.equals("paid") && !paymentStatus.equals("unpaid")) {
            throw BbError.invalid(6, "payment_status");
        }
        LocalDate from = p.date("date_from", 7);
        LocalDate to = p.date("date_to", 8);
        String counterparty = p.text("counterparty", 9);
        int limit = p.limit(500, 500, 10);
        int offset = p.offset(12);
        boolean offers = Boolean.TRUE.equals(p.bool("include_offers", 13));
        boolean deleted = Boolean.TRUE.equals(p.bool("deleted", 14));
        Comparator<BbReceipt> order = order(p.body().get("order"));
        String invoiceNumber = p.text("invoicenumber", 17, 60);
        LocalDate due = p.date("due_date", 18);
        LocalDateTime since = sinceLastModified(p);
        boolean outbound = direction.equals("outbound");

        List<BbReceipt> matches = new ArrayList<>();
        for (BbReceipt r : t.receipts.values()) {
            if (invoiceNumber != null && !invoiceNumber.equals(r.invoiceNumber) || r.outbound() != outbound || r.deleted != deleted || r.offer && !offers
                    || from != null && r.date.isBefore(from) || to != null && r.date.isAfter(to)
                    || counterparty != null && !counterparty.equals(r.counterparty)
                    || due != null && !due.equals(r.dueDate)
                    || "paid".equals(paymentStatus) && r.paymentDate == null
                    || "unpaid".equals(paymentStatus) && r.paymentDate != null
                    || since != null && !r.modified.isAfter(since.atZone(BbEnv.ZONE).toInstant())) {
                continue;
            }
            matches.add(r);
        }
        if (order != null) {
            matches.sort(order);
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = offset; i < matches.size() && rows.size() < limit; i++) {
            rows.add(matches.get(i).listRow());
        }
        return BbEnvelope.list(rows);
    }

    private static LocalDateTime sinceLastModified(BbParams p) {
        LocalDateTime since = p.dateTime("date_since_last_modified", 19);
        if (since != null && p.body().get("date_since_last_modified").asText().length() == 10) {
            since = since.toLocalDate().atTime(23, 59, 59); // a plain date means the end of that day
        }
        return since;
    }

    private static Comparator<BbReceipt> order(JsonNode order) {
        if (order == null || order.isNull()) {
            return null;
        }
        if (!order.isObject()) {
            throw new BbError(400, 15, "invalid field specified");
        }
        Comparator<BbReceipt> result = null;
        Iterator<Map.Entry<String, JsonNode>> it = order.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Comparator<BbReceipt> c;
            switch (e.getKey()) {
                case "date":
                    c = Comparator.comparing(r -> r.date);
                    break;
                case "amount":
                    c = Comparator.comparing(r -> r.amount);
                    break;
                case "invoicenumber":
                    c = Comparator.comparing(r -> r.invoiceNumber == null ? "" : r.invoiceNumber);
                    break;
                case "invoicingparty":
                    c = Comparator.comparing(r -> r.counterparty);
                    break;
                default:
                    throw new BbError(400, 15, "invalid field specified");
            }
            String dir = e.getValue().asText();
            if (!dir.equals("ASC") && !dir.equals("DESC")) {
                throw new BbError(400, 16, "invalid sort value specified");
            }
            c = dir.equals("DESC") ? c.reversed() : c;
            result = result == null ? c : result.thenComparing(c);
        }
        return result == null ? null : result.thenComparingLong(r -> r.id);
    }

    /** {@code /receipts/get/{id}}: unknown id gives 200 with an empty array as data. */
    static ObjectNode detail(BbTenantState t, BbParams p, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw BbError.invalid(5, "id_by_customer");
        }
        Boolean withFile = p.bool("get_file", 6);
        BbReceipt r = t.receipts.get(Long.parseLong(id));
        ObjectNode resp = BbEnvelope.ok();
        if (r == null) {
            resp.putArray("data");
        } else {
            resp.set("data", r.detail(Boolean.TRUE.equals(withFile)));
        }
        return resp;
    }

    /** {@code /receipts/add}. */
    static ObjectNode add(BbTenantState t, BbParams p, BbEnv env) {
        BbReceipt r = insert(t, p, env);
        ObjectNode resp = BbEnvelope.ok();
        resp.put("id_by_customer", Long.toString(r.id));
        return resp;
    }

    static BbReceipt insert(BbTenantState t, BbParams p, BbEnv env) {
        String type = p.text("type", 8);
        if (type == null || !TYPES.contains(type)) {
            throw BbError.invalid(8, "type");
        }
        String counterparty = p.requiredText("counterparty", 17);
        String invoiceNumber = p.textAllowEmpty("invoice_number", 18, 60);
        if (invoiceNumber == null) {
            throw BbError.invalid(18, "invoice number");
        }
        LocalDate date = p.date("date", 19);
        if (date == null) {
            throw BbError.invalid(19, "date");
        }
        BigDecimal amount = p.decimal("amount", 20);
        if (amount == null || amount.signum() == 0) {
            throw BbError.invalid(20, "amount");
        }
        String currency = p.text("currency", 21, 3);
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw BbError.invalid(21, "currency");
        }
        JsonNode vatNode = p.body().get("vat_rate");
        BigDecimal vat = vatNode == null || vatNode.isNull() || vatNode.asText().isEmpty() ? null
                : BbParams.decimalOf(vatNode, 22, "vat rate");
        Long account = p.integer("account", 9);
        if (account != null && account == 0) {
            throw BbError.invalid(9, "account");
        }
        if (account != null && !t.paymentAccounts.containsKey(account.toString())) {
            throw new BbError(400, 10, "account does not exist");
        }
        Long party = p.integer("creditor_debtor", 24);
        boolean outbound = type.endsWith("outbound");
        if (party != null) {
            Map<String, ObjectNode> parties = outbound ? t.debtors : t.creditors;
            if (!parties.containsKey(party.toString())) {
                boolean otherKind = (outbound ? t.creditors : t.debtors).containsKey(party.toString());
                throw otherKind ? new BbError(400, outbound ? 28 : 26, "type incompatible with creditor/debtor")
                        : new BbError(400, 25, "creditor/debtor does not exist");
            }
        }
        String paymentReference = p.text("payment_reference", 34);
        LocalDate delivery = p.date("date_delivery", 35);
        if (delivery != null && delivery.isAfter(date)) {
            throw BbError.invalid(35, "date delivery");
        }
        LocalDate due = p.date("date_payment_due", 36);
        Long link = p.integer("link_to_receipt_id_by_customer", 37);
        if (link != null && !t.receipts.containsKey(link)) {
            throw BbError.invalid(37, "link_to_receipt_id_by_customer");
        }
        BbReceipt r = new BbReceipt();
        r.id = t.nextReceiptId++;
        r.type = type;
        r.date = date;
        r.deliveryDate = delivery;
        r.uploaded = env.today();
        r.counterparty = counterparty;
        r.invoiceNumber = invoiceNumber;
        r.amount = amount;
        r.currency = currency;
        r.vat = vat;
        r.dueDate = due;
        r.account = account == null ? null : account.toString();
        r.creditorDebtor = party;
        r.paymentReference = paymentReference;
        r.linkedReceipt = link;
        r.paymentDate = p.date("payment_date", 38); // seed-only field, ignored by the real API
        r.filename = date + "_" + counterparty.replaceAll("[^A-Za-z0-9]", "") + "_" + invoiceNumber + "_"
                + env.hex32() + ".pdf";
        BbTenantState.touch(r, env.clock.instant());
        t.receipts.put(r.id, r);
        return r;
    }

    /** {@code /receipts/addBatch}: max 50; per-item results and errors. */
    static ObjectNode addBatch(BbTenantState t, BbParams p, BbEnv env) {
        JsonNode items = BbBatch.items(p, "receipts", 50);
        ObjectNode resp = BbEnvelope.ok();
        resp.remove("message");
        ArrayNode ok = resp.putArray("receipts");
        ArrayNode errors = resp.putArray("errors");
        BbBatch.each(items, ok, errors, 8, "type", item -> BbBatch.success().put("message", "")
                .put("id_by_customer", Long.toString(insert(t, item, env).id)));
        return resp;
    }

    /** {@code /receipts/delete/{id}} and {@code /receipts/restore/{id}}. */
    static ObjectNode deleteOrRestore(BbTenantState t, String id, boolean delete, BbEnv env) {
        if (!id.matches("\\d{1,18}")) {
            throw BbError.invalid(5, "id_by_customer");
        }
        BbReceipt r = t.receipts.get(Long.parseLong(id));
        if (r == null) {
            throw new BbError(400, 6, "receipt not found");
        }
        if (r.deleted == delete) {
            throw new BbError(400, 7, delete ? "receipt already deleted" : "receipt not deleted");
        }
        r.deleted = delete;
        BbTenantState.touch(r, env.clock.instant());
        ObjectNode resp = dev.ledgerbridge.testkit.internal.Json.object();
        resp.put("success", true);
        resp.put("id_by_customer", id);
        return resp;
    }
}
