package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code /invoices/create} and {@code /invoices/create/draft}; a created invoice becomes an outbound receipt. */
final class BbInvoiceApi {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BbInvoiceApi() {
    }

    /** Validates with the spec's codes; returns the gross total. */
    private static BigDecimal validate(BbParams p, boolean draft) {
        String type = p.requiredText("type", 5);
        if (!Set.of("invoice", "credit", "offer").contains(type)) {
            throw BbError.invalid(5, "type");
        }
        String priceType = p.requiredText("show_prices_type", 7);
        if (!priceType.equals("net") && !priceType.equals("gross")) {
            throw BbError.invalid(7, "show_prices_type");
        }
        p.requiredText("company_name", 13);
        p.text("contact_person_name", 14);
        p.text("street", 16);
        p.text("additional_addressline", 17);
        p.text("zip", 18, 20);
        p.text("city", 19);
        String country = p.text("country", 20, 60);
        if (country != null && BbCountries.toIso(country) == null) {
            throw BbError.invalid(20, "country");
        }
        p.date("date", 21);
        if (!p.has("date")) {
            throw BbError.invalid(21, "date");
        }
        if (!draft) {
            p.text("invoicenumber", 22, 60);
            Long due = p.integer("due_days", 43);
            if (due != null && (due < 0 || due > 999)) {
                throw BbError.invalid(43, "due_days");
            }
            p.text("payment_reference", 45);
        }
        p.text("date_of_supply", 24, 60);
        String email = p.text("email", 25);
        if (email != null && !email.contains("@")) {
            throw BbError.invalid(25, "email");
        }
        p.textAllowEmpty("correspondence", 26, 10_000);
        p.textAllowEmpty("payment_conditions", 29, 1_000);
        p.textAllowEmpty("final_provisions", 31, 10_000);
        p.text("customer_number", 38, 50);
        p.bool("show_bankdata", 10);
        p.bool("show_contactdata", 12);
        String discountType = p.text("discount_type", 28);
        if (discountType != null && !discountType.equals("percent") && !discountType.equals("EUR")) {
            throw BbError.invalid(28, "discount_type");
        }
        BigDecimal discount = p.decimal("discount_value", 27);
        if (discount != null && (discount.signum() < 0 || discountType == null)) {
            throw BbError.invalid(27, "discount_value");
        }
        String interval = p.text("recurring_interval", 8);
        if (interval != null && !Set.of("weekly", "monthly", "quarterly", "yearly").contains(interval)) {
            throw BbError.invalid(8, "recurring_interval");
        }
        if (interval != null && p.date("recurring_date_next", 9) == null) {
            throw BbError.invalid(9, "recurring_date_next");
        }
        String language = p.text("language", 44);
        if (language != null && !language.equals("de_DE") && !language.equals("en_US")) {
            throw new BbError(400, 44, "invalid language specified, allowed values: de_DE, en_US");
        }
        List<String> names = p.textArray("item_name", 32);
        if (names == null || names.isEmpty()) {
            throw new BbError(400, 6, "no items specified");
        }
        List<String> amounts = lines(p, "item_amount", 34, names.size());
        lines(p, "item_unit", 35, names.size());
        List<String> vats = lines(p, "item_vat", 39, names.size());
        List<String> prices = lines(p, "item_single_price", 36, names.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw BbError.invalid(32, "item_name");
            }
            BigDecimal qty = number(amounts.get(i), 34, "item_amount");
            BigDecimal vat = number(vats.get(i), 39, "item_vat");
            if (vat.signum() < 0 || vat.compareTo(HUNDRED) > 0) {
                throw BbError.invalid(39, "item_vat");
            }
            BigDecimal line = qty.multiply(number(prices.get(i), 36, "item_single_price"));
            if (priceType.equals("net")) {
                line = line.multiply(BigDecimal.ONE.add(vat.divide(HUNDRED)));
            }
            total = total.add(line);
        }
        if (discount != null) {
            total = "percent".equals(discountType)
                    ? total.subtract(total.multiply(discount).divide(HUNDRED))
                    : total.subtract(discount);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> lines(BbParams p, String field, int code, int size) {
        List<String> values = p.textArray(field, code);
        if (values == null || values.size() != size) {
            throw BbError.invalid(code, field);
        }
        return values;
    }

    private static BigDecimal number(String text, int code, String field) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw BbError.invalid(code, field);
        }
    }

    /** {@code /invoices/create}: numbered, becomes an outbound receipt (offers only listed with include_offers). */
    static ObjectNode create(BbTenantState t, BbParams p, BbEnv env) {
        BigDecimal total = validate(p, false);
        if (t.invoicesCreated >= t.invoiceQuota) {
            throw new BbError(403, 33, "customer has reached the upload limit");
        }
        String type = p.body().get("type").asText();
        String number = p.text("invoicenumber", 22, 60);
        if (number == null) {
            number = nextNumber(t, type);
        } else if (t.receiptByInvoiceNumber.containsKey(number)) {
            throw BbError.invalid(22, "invoicenumber");
        }
        LocalDate date = LocalDate.parse(p.body().get("date").asText());
        BbReceipt r = new BbReceipt();
        r.id = t.nextReceiptId++;
        r.type = type.equals("invoice") ? "invoice outbound" : type.equals("credit") ? "credit outbound"
                : "offer outbound";
        r.offer = type.equals("offer");
        r.date = date;
        r.deliveryDate = supplyDate(p, date);
        r.uploaded = env.today();
        r.counterparty = p.body().get("company_name").asText();
        r.invoiceNumber = number;
        r.amount = total;
        r.vat = singleVat(p);
        Long due = p.integer("due_days", 43);
        r.dueDate = due == null ? null : date.plusDays(due);
        r.paymentReference = p.text("payment_reference", 45);
        String label = type.equals("invoice") ? "Rechnung" : type.equals("credit") ? "Gutschrift" : "Angebot";
        r.filename = date + "_" + label + "_" + number + "_" + env.hex32();
        BbTenantState.touch(r, env.clock.instant());
        t.receipts.put(r.id, r);
        t.receiptByInvoiceNumber.put(number, r.id);
        t.invoicesCreated++;
        ObjectNode stored = p.body().deepCopy();
        stored.remove("api_key");
        stored.put("id_by_customer", Long.toString(r.id));
        stored.put("invoicenumber", number);
        t.invoices.add(stored);
        ObjectNode resp = BbEnvelope.ok();
        resp.put("id_by_customer", Long.toString(r.id));
        resp.put("invoicenumber", number);
        resp.put("file_name", r.filename);
        return resp;
    }

    /** {@code /invoices/create/draft}: validated and kept for inspection, but no id and no receipt. */
    static ObjectNode draft(BbTenantState t, BbParams p) {
        validate(p, true);
        ObjectNode stored = p.body().deepCopy();
        stored.remove("api_key");
        t.drafts.add(stored);
        return BbEnvelope.ok();
    }

    private static String nextNumber(BbTenantState t, String type) {
        String prefix = type.equals("invoice") ? "RE" : type.equals("credit") ? "GU" : "AN";
        String number;
        do {
            int n = t.nextInvoiceNumber.merge(prefix, 1, Integer::sum) + 1000;
            number = prefix + "-" + n;
        } while (t.receiptByInvoiceNumber.containsKey(number));
        return number;
    }

    /** date_of_supply becomes the delivery date only if it is a date not after the invoice date (DATEV rule). */
    private static LocalDate supplyDate(BbParams p, LocalDate date) {
        String supply = p.text("date_of_supply", 24, 60);
        if (supply == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(supply);
            return d.isAfter(date) ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal singleVat(BbParams p) {
        List<String> vats = p.textArray("item_vat", 39);
        BigDecimal first = new BigDecimal(vats.get(0).trim());
        for (String v : vats) {
            if (new BigDecimal(v.trim()).compareTo(first) != 0) {
                return null;
            }
        }
        return first;
    }
}
