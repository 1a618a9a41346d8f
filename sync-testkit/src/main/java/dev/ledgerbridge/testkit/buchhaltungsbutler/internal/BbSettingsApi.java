package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Debtors, creditors, chart of accounts, payment accounts and cost locations. */
final class BbSettingsApi {
    private BbSettingsApi() {
    }

    private static LinkedHashMap<String, ObjectNode> store(BbTenantState t, BbParty.Kind kind) {
        return kind == BbParty.Kind.DEBTOR ? t.debtors : t.creditors;
    }

    /** {@code /settings/get/debtors|creditors}: offset paging, default limit 25, insertion order. */
    static ObjectNode list(BbTenantState t, BbParams p, BbParty.Kind kind) {
        int limit = p.limit(25, Integer.MAX_VALUE, 5);
        int offset = p.offset(5);
        List<ObjectNode> all = kind == BbParty.Kind.DEBTOR ? t.debtorRows : t.creditorRows;
        return BbEnvelope.list(all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size())));
    }

    /** {@code /settings/add/debtor|creditor}. */
    static ObjectNode add(BbTenantState t, BbParams p, BbParty.Kind kind) {
        String number = insert(t, p, kind);
        ObjectNode r = Json.object();
        r.put("success", true);
        r.put("postingaccount_number", number);
        r.put("message", "");
        return r;
    }

    static String insert(BbTenantState t, BbParams p, BbParty.Kind kind) {
        String requested = p.text("postingaccount_number", 7, 10);
        int number;
        if (requested != null) {
            if (!requested.matches("\\d{" + t.accountDigits + "}")) {
                throw BbError.invalid(7, "postingaccount_number");
            }
            number = Integer.parseInt(requested);
            if (number <= kind.collective(t.accountDigits) || number > kind.max(t.accountDigits)
                    || store(t, kind).containsKey(requested)) {
                throw BbError.invalid(7, "postingaccount_number");
            }
        } else {
            number = (kind == BbParty.Kind.DEBTOR ? t.maxDebtorNumber : t.maxCreditorNumber) + 1;
            while (store(t, kind).containsKey(Integer.toString(number))) {
                number++;
            }
            if (number > kind.max(t.accountDigits)) {
                throw BbError.invalid(7, "postingaccount_number");
            }
        }
        String key = Integer.toString(number);
        ObjectNode row = BbParty.emptyRow(kind, key);
        BbParty.apply(kind, p, row, true);
        store(t, kind).put(key, row);
        (kind == BbParty.Kind.DEBTOR ? t.debtorRows : t.creditorRows).add(row);
        if (kind == BbParty.Kind.DEBTOR) {
            t.maxDebtorNumber = Math.max(t.maxDebtorNumber, number);
        } else {
            t.maxCreditorNumber = Math.max(t.maxCreditorNumber, number);
            Long due = p.integer("due_in_days", 21);
            if (due != null) {
                t.creditorDueDays.put(key, due.intValue());
            }
        }
        return key;
    }

    /** {@code /settings/add-batch/debtors|creditors}: partial success, failures echo their request item. */
    static ObjectNode addBatch(BbTenantState t, BbParams p, BbParty.Kind kind) {
        String collection = kind == BbParty.Kind.DEBTOR ? "debtors" : "creditors";
        JsonNode items = BbBatch.items(p, collection, 0);
        ObjectNode r = Json.object();
        r.put("success", true);
        ArrayNode ok = r.putArray(collection);
        ArrayNode errors = r.putArray("errors");
        boolean dropEmail = kind == BbParty.Kind.DEBTOR && t.debtorBatchDropsEmail;
        BbBatch.each(items, ok, errors, 8, "name", item -> BbBatch.success()
                .put("postingaccount_number", insert(t, dropEmail ? withoutEmail(item) : item, kind))
                .put("message", ""));
        return r;
    }

    private static BbParams withoutEmail(BbParams item) {
        ObjectNode copy = item.body().deepCopy();
        copy.remove("email");
        return new BbParams(copy);
    }

    /**
     * {@code /settings/update/debtor|creditor}: keyed by postingaccount_number; omitted fields stay unchanged, or
     * for debtors of a tenant set to {@link BbTenantState#debtorUpdateClearsOmittedFields} become empty.
     */
    static ObjectNode update(BbTenantState t, BbParams p, BbParty.Kind kind) {
        Long number;
        try {
            number = p.integer("postingaccount_number", 1);
        } catch (BbError e) {
            number = null;
        }
        if (number == null || number <= kind.collective(t.accountDigits) || number > kind.max(t.accountDigits)) {
            throw new BbError(400, 1, "wrong " + kind.word + " account postingaccount_number specified");
        }
        ObjectNode row = store(t, kind).get(Long.toString(number));
        if (row == null) {
            throw new BbError(400, 24, "no " + kind.word + " found for specified postingaccount_number");
        }
        ObjectNode copy = row.deepCopy();
        if (kind == BbParty.Kind.DEBTOR && t.debtorUpdateClearsOmittedFields) {
            ObjectNode cleared = BbParty.emptyRow(kind, Long.toString(number));
            cleared.set("uid_ch", row.get("uid_ch"));
            cleared.set("import_pending", row.get("import_pending"));
            copy = cleared;
        }
        BbParty.apply(kind, p, copy, false);
        row.setAll(copy);
        if (kind == BbParty.Kind.CREDITOR && p.integer("due_in_days", 21) != null) {
            t.creditorDueDays.put(Long.toString(number), p.integer("due_in_days", 21).intValue());
        }
        ObjectNode r = Json.object();
        r.put("success", true);
        r.set("data", BbParty.updateView(row));
        r.put("message", "");
        return r;
    }

    /** {@code /settings/get/postingaccounts}: chart, payment accounts, collective and personal accounts. */
    static ObjectNode postingAccounts(BbTenantState t, BbParams p) {
        int limit = p.limit(1000, Integer.MAX_VALUE, 5);
        int offset = p.offset(5);
        boolean noLedger = Boolean.TRUE.equals(p.bool("exclude_postingaccounts", 6));
        boolean noAccounts = Boolean.TRUE.equals(p.bool("exclude_accounts", 7));
        boolean noCreditors = Boolean.TRUE.equals(p.bool("exclude_creditors", 8));
        boolean noDebtors = Boolean.TRUE.equals(p.bool("exclude_debtors", 9));
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode ledger : t.ledgerAccounts.values()) {
            String nr = ledger.get("postingaccount_number").asText();
            if (t.paymentAccounts.containsKey(nr)) {
                continue;
            }
            if (!noLedger) {
                rows.add(chartRow(nr, ledger.get("name").asText(), "postingaccount",
                        ledger.has("parent") ? null : "default chart", ledger.get("parent"), t));
            }
        }
        if (!noAccounts) {
            for (ObjectNode acc : t.paymentAccounts.values()) {
                rows.add(chartRow(acc.get("postingaccount_number").asText(), acc.get("name").asText(), "account",
                        acc.get("type").asText(), null, t));
            }
        }
        if (!noDebtors) {
            rows.add(chartRow(Integer.toString(BbParty.Kind.DEBTOR.collective(t.accountDigits)), "Debitoren", "debtor collective", null, null, t));
            t.debtors.values().forEach(d -> rows.add(chartRow(d.get("postingaccount_number").asText(),
                    d.get("name").asText(), "debtor", null, null, t)));
        }
        if (!noCreditors) {
            rows.add(chartRow(Integer.toString(BbParty.Kind.CREDITOR.collective(t.accountDigits)), "Kreditoren", "creditor collective", null, null, t));
            t.creditors.values().forEach(c -> rows.add(chartRow(c.get("postingaccount_number").asText(),
                    c.get("name").asText(), "creditor", null, null, t)));
        }
        String order = p.text("order", 10, 40);
        if (order != null) {
            rows.sort(chartOrder(order));
        }
        return BbEnvelope.list(rows.subList(Math.min(offset, rows.size()),
                (int) Math.min((long) offset + limit, rows.size())));
    }

    private static Comparator<ObjectNode> chartOrder(String order) {
        String[] parts = order.split(" ");
        if (parts.length != 2 || !(parts[1].equals("ASC") || parts[1].equals("DESC"))) {
            throw BbError.invalid(10, "order");
        }
        Comparator<ObjectNode> c;
        switch (parts[0]) {
            case "postingaccount_number":
                c = Comparator.comparingLong(n -> Long.parseLong(n.get("postingaccount_number").asText()));
                break;
            case "name":
                c = Comparator.comparing(n -> n.get("name").asText());
                break;
            case "type":
                c = Comparator.comparing(n -> n.get("type").asText());
                break;
            default:
                throw BbError.invalid(10, "order");
        }
        return parts[1].equals("DESC") ? c.reversed() : c;
    }

    private static ObjectNode chartRow(String number, String name, String type, String subtype, JsonNode parent,
                                       BbTenantState t) {
        ObjectNode row = Json.object();
        row.put("postingaccount_number", number);
        row.put("name", name);
        row.put("type", type);
        row.put("subtype", subtype);
        if (parent == null) {
            row.putNull("parent_postingaccount_number");
            row.putNull("parent_name");
        } else {
            row.put("parent_postingaccount_number", parent.asText());
            row.put("parent_name", t.ledgerAccounts.get(parent.asLong()).get("name").asText());
        }
        return row;
    }

    /** {@code /settings/add/postingaccount}: a G/L account inheriting from a chart account. */
    static ObjectNode addPostingAccount(BbTenantState t, BbParams p) {
        String name = p.requiredText("name", 5);
        Long number = p.integer("postingaccount_number", 6);
        Long parent = p.integer("parent_postingaccount_number", 7);
        if (number == null || number < 1 || number > 9999 || t.ledgerAccounts.containsKey(number)) {
            throw BbError.invalid(6, "postingaccount_number");
        }
        if (parent == null || !t.ledgerAccounts.containsKey(parent)) {
            throw BbError.invalid(7, "parent_postingaccount_number");
        }
        ObjectNode row = Json.object();
        row.put("name", name);
        row.put("postingaccount_number", number.toString());
        row.put("parent", parent.toString());
        t.ledgerAccounts.put(number, row);
        ObjectNode r = BbEnvelope.ok();
        r.put("postingaccount_number", number.toString());
        r.put("parent_postingaccount_number", parent.toString());
        return r;
    }

    /** {@code /settings/update/postingaccount}: rename only. */
    static ObjectNode updatePostingAccount(BbTenantState t, BbParams p) {
        String name = p.requiredText("name", 5);
        Long number = p.integer("postingaccount_number", 6);
        ObjectNode row = number == null ? null : t.ledgerAccounts.get(number);
        if (row == null) {
            throw BbError.invalid(6, "postingaccount_number");
        }
        row.put("name", name);
        ObjectNode r = BbEnvelope.ok();
        ObjectNode data = r.putObject("data");
        data.put("name", name);
        data.put("postingaccount_number", number.toString());
        return r;
    }

    /** {@code /accounts/get}: payment accounts, no paging. */
    static ObjectNode paymentAccounts(BbTenantState t) {
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode acc : t.paymentAccounts.values()) {
            ObjectNode row = Json.object();
            row.set("name", acc.get("name"));
            row.set("postingaccount_number", acc.get("postingaccount_number"));
            rows.add(row);
        }
        return BbEnvelope.list(rows);
    }

    /** {@code /accounts/add}. */
    static ObjectNode addPaymentAccount(BbTenantState t, BbParams p) {
        String type = p.requiredText("type", 5);
        if (!List.of("cash", "bank/institution", "other").contains(type)) {
            throw BbError.invalid(5, "type");
        }
        String name = p.requiredText("name", 6);
        for (ObjectNode acc : t.paymentAccounts.values()) {
            if (acc.get("name").asText().equals(name)) {
                throw new BbError(400, 6, "name already exists");
            }
        }
        Long number = p.integer("postingaccount_number", 7);
        if (number == null || number < 1 || number > 9999 || t.paymentAccounts.containsKey(number.toString())) {
            throw BbError.invalid(7, "postingaccount_number");
        }
        p.bool("receipt_creates_transaction", 8);
        p.bool("is_revision_safe", 9);
        t.paymentAccount(number.toString(), name, type);
        ObjectNode ledger = Json.object();
        ledger.put("name", name);
        ledger.put("postingaccount_number", number.toString());
        t.ledgerAccounts.putIfAbsent(number, ledger);
        ObjectNode r = BbEnvelope.ok();
        r.put("postingaccount_number", number.toString());
        return r;
    }

    /** {@code /cost-locations/get}. */
    static ObjectNode costLocations(BbTenantState t, BbParams p) {
        String code = p.text("code", 5, 10);
        int limit = p.limit(1000, 1000, 10);
        int offset = p.offset(12);
        List<ObjectNode> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : t.costLocations.entrySet()) {
            if (code == null || code.equals(e.getKey())) {
                ObjectNode row = Json.object();
                row.put("code", e.getKey());
                row.put("name", e.getValue());
                rows.add(row);
            }
        }
        return BbEnvelope.list(rows.subList(Math.min(offset, rows.size()),
                (int) Math.min((long) offset + limit, rows.size())));
    }

    /** {@code /cost-locations/add|update|delete}. */
    static ObjectNode changeCostLocation(BbTenantState t, BbParams p, String action) {
        String code = p.requiredText("code", 5, 10);
        if (!code.matches("[A-Za-z0-9]{1,10}")) {
            throw BbError.invalid(5, "code");
        }
        ObjectNode r = BbEnvelope.ok();
        switch (action) {
            case "add":
                String name = p.requiredText("name", 6);
                if (t.costLocations.containsKey(code)) {
                    throw new BbError(400, 7, "cost location already exists");
                }
                t.costLocations.put(code, name);
                r.put("code", code);
                return r;
            case "update":
                String newName = p.requiredText("name", 6);
                if (!t.costLocations.containsKey(code)) {
                    throw new BbError(400, 7, "cost location not found");
                }
                t.costLocations.put(code, newName);
                ObjectNode data = r.putObject("data");
                data.put("code", code);
                data.put("name", newName);
                return r;
            default:
                if (t.costLocations.remove(code) == null) {
                    throw new BbError(400, 7, "cost location not found");
                }
                return r;
        }
    }
}
