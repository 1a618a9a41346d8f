package dev.ledgerbridge.testkit.buchhaltungsbutler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.buchhaltungsbutler.internal.BbRouter;
import dev.ledgerbridge.testkit.buchhaltungsbutler.internal.BbTenantState;
import dev.ledgerbridge.testkit.internal.Json;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data of one {@code api_key} in a {@link BuchhaltungsButlerEmulator}: seed it and inspect it.
 *
 * <p>Seed methods take the API's <em>write</em> parameters (e.g. {@code additional_address_line},
 * {@code sales_tax_id}) and run the same validation as the API; invalid input throws
 * {@link IllegalArgumentException} naming the API's error code. Inspection methods return copies in the API's
 * <em>read</em> format (e.g. {@code additional_addressline}, amounts as strings). Thread-safe.
 */
public final class BuchhaltungsButlerTenant {
    private final BbRouter router;
    private final BbTenantState state;

    BuchhaltungsButlerTenant(BbRouter router, BbTenantState state) {
        this.router = router;
        this.state = state;
    }

    /**
     * Returns the api_key selecting this tenant.
     *
     * @return the api_key
     */
    public String apiKey() {
        return state.apiKey();
    }

    /**
     * Creates a debtor as {@code /settings/add/debtor} would.
     *
     * @param fields write parameters; {@code name} is required
     * @return the assigned or given postingaccount_number
     * @see #addDebtor(String, String)
     */
    public String addDebtor(Map<String, ?> fields) {
        return router.apply(state, "/settings/add/debtor", Json.fromMap(fields)).get("postingaccount_number").asText();
    }

    /**
     * Creates a debtor with a name and an e-mail address (write parameters {@code name} and {@code email}) as
     * {@code /settings/add/debtor} would; BuchhaltungsButler assigns the next free number. For other parameters use
     * {@link #addDebtor(Map)}.
     *
     * @param name the name
     * @param email the e-mail address, or null
     * @return the assigned postingaccount_number
     */
    public String addDebtor(String name, String email) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", Objects.requireNonNull(name, "name"));
        if (email != null) {
            fields.put("email", email);
        }
        return addDebtor(fields);
    }

    /**
     * Creates a creditor as {@code /settings/add/creditor} would.
     *
     * @param fields write parameters; {@code name} is required
     * @return the assigned or given postingaccount_number
     */
    public String addCreditor(Map<String, ?> fields) {
        return router.apply(state, "/settings/add/creditor", Json.fromMap(fields)).get("postingaccount_number").asText();
    }

    /**
     * Creates a receipt as {@code /receipts/add} would; additionally accepts {@code payment_date} (YYYY-MM-DD).
     *
     * @param fields receipt parameters
     * @return the receipt's id_by_customer
     */
    public long addReceipt(Map<String, ?> fields) {
        return router.apply(state, "/receipts/add", Json.fromMap(fields)).get("id_by_customer").asLong();
    }

    /**
     * Creates an invoice as {@code /invoices/create} would (it becomes an outbound receipt).
     *
     * @param fields invoice parameters with the {@code item_*} arrays
     * @return the receipt's id_by_customer
     */
    public long addInvoice(Map<String, ?> fields) {
        return router.apply(state, "/invoices/create", Json.fromMap(fields)).get("id_by_customer").asLong();
    }

    /**
     * Creates an invoice with gross prices as {@code /invoices/create} would (it becomes an outbound receipt). Sends
     * {@code type=invoice}, {@code show_prices_type=gross}, {@code invoicenumber}, {@code company_name},
     * {@code date} and the {@code item_*} arrays from the items. For other parameters (address, e-mail,
     * {@code customer_number}, net prices, credits) use {@link #addInvoice(Map)}.
     *
     * @param invoiceNumber the invoice number, unique in the tenant
     * @param customerName the recipient's {@code company_name}
     * @param date the invoice date
     * @param items at least one item
     * @return the receipt's id_by_customer
     */
    public long addInvoice(String invoiceNumber, String customerName, LocalDate date, InvoiceItem... items) {
        if (items.length == 0) {
            throw new IllegalArgumentException("an invoice needs at least one item");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "invoice");
        fields.put("show_prices_type", "gross");
        fields.put("invoicenumber", Objects.requireNonNull(invoiceNumber, "invoiceNumber"));
        fields.put("company_name", Objects.requireNonNull(customerName, "customerName"));
        fields.put("date", date.toString());
        fields.put("item_name", Arrays.stream(items).map(InvoiceItem::name).toList());
        fields.put("item_amount", Arrays.stream(items).map(i -> i.quantity().toPlainString()).toList());
        fields.put("item_unit", Arrays.stream(items).map(InvoiceItem::unit).toList());
        fields.put("item_single_price", Arrays.stream(items).map(i -> i.grossPrice().toPlainString()).toList());
        fields.put("item_vat", Arrays.stream(items).map(i -> i.vatPercent().toPlainString()).toList());
        return addInvoice(fields);
    }

    /**
     * Creates a bank/cash transaction as {@code /transactions/add} would.
     *
     * @param fields transaction parameters
     * @return the transaction's id_by_customer
     */
    public long addTransaction(Map<String, ?> fields) {
        return router.apply(state, "/transactions/add", Json.fromMap(fields)).get("id_by_customer").asLong();
    }

    /**
     * Creates a payment account as {@code /accounts/add} would.
     *
     * @param number posting account number
     * @param name unique name
     * @param type {@code cash}, {@code bank/institution} or {@code other}
     */
    public void addPaymentAccount(int number, String name, String type) {
        router.apply(state, "/accounts/add", Json.fromMap(Map.of("postingaccount_number", number, "name", name,
                "type", type)));
    }

    /**
     * Creates a cost location as {@code /cost-locations/add} would.
     *
     * @param code up to 10 letters or digits
     * @param name the name
     */
    public void addCostLocation(String code, String name) {
        router.apply(state, "/cost-locations/add", Json.fromMap(Map.of("code", code, "name", name)));
    }

    /**
     * Seeds from JSON of the form {@code {"debtors":[...], "creditors":[...], "accounts":[...],
     * "cost_locations":[...], "receipts":[...], "invoices":[...], "transactions":[...]}}; each item holds the
     * write parameters of the matching add call. Sections are applied in that order; all are optional.
     *
     * @param json the seed document
     * @throws IllegalArgumentException for malformed JSON, unknown sections or invalid records
     */
    public void seedJson(String json) {
        seed(Json.parse(json));
    }

    void seed(JsonNode doc) {
        if (!doc.isObject()) {
            throw new IllegalArgumentException("seed document must be a JSON object");
        }
        List<String> order = List.of("debtors", "creditors", "accounts", "cost_locations", "receipts", "invoices",
                "transactions");
        doc.fieldNames().forEachRemaining(name -> {
            if (!order.contains(name)) {
                throw new IllegalArgumentException("unknown seed section '" + name + "', expected one of " + order);
            }
        });
        String[] ops = {"/settings/add/debtor", "/settings/add/creditor", "/accounts/add", "/cost-locations/add",
            "/receipts/add", "/invoices/create", "/transactions/add"};
        for (int i = 0; i < order.size(); i++) {
            JsonNode items = doc.get(order.get(i));
            if (items == null) {
                continue;
            }
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw new IllegalArgumentException("seed section '" + order.get(i) + "' must hold objects");
                }
                router.apply(state, ops[i], (ObjectNode) item);
            }
        }
    }

    /**
     * Returns all debtors as {@code /settings/get/debtors} rows.
     *
     * @return copies in insertion order
     */
    public List<Map<String, Object>> debtors() {
        return Json.toMaps(router.view(state, "debtors"));
    }

    /**
     * Returns all creditors as {@code /settings/get/creditors} rows.
     *
     * @return copies in insertion order
     */
    public List<Map<String, Object>> creditors() {
        return Json.toMaps(router.view(state, "creditors"));
    }

    /**
     * Returns all receipts (both directions, offers and soft-deleted ones) as {@code /receipts/get} rows.
     *
     * @return copies ordered by id
     */
    public List<Map<String, Object>> receipts() {
        return Json.toMaps(router.view(state, "receipts"));
    }

    /**
     * Returns the invoices created through {@code /invoices/create} as sent (without api_key), plus the
     * assigned {@code id_by_customer} and {@code invoicenumber}; unlike the API this includes the line items.
     *
     * @return copies in creation order
     */
    public List<Map<String, Object>> invoices() {
        return Json.toMaps(router.view(state, "invoices"));
    }

    /**
     * Returns the drafts created through {@code /invoices/create/draft} as sent.
     *
     * @return copies in creation order
     */
    public List<Map<String, Object>> drafts() {
        return Json.toMaps(router.view(state, "drafts"));
    }

    /**
     * Returns all transactions as {@code /transactions/get/{id}} details.
     *
     * @return copies ordered by id
     */
    public List<Map<String, Object>> transactions() {
        return Json.toMaps(router.view(state, "transactions"));
    }

    /**
     * Returns the payment accounts: {@code name}, {@code postingaccount_number}, {@code type}.
     *
     * @return copies
     */
    public List<Map<String, Object>> paymentAccounts() {
        return Json.toMaps(router.view(state, "accounts"));
    }

    /**
     * Returns the cost locations: {@code code}, {@code name}.
     *
     * @return copies
     */
    public List<Map<String, Object>> costLocations() {
        return Json.toMaps(router.view(state, "cost_locations"));
    }

    /**
     * Marks a receipt as paid on a date (the {@code payment_status} filter and {@code payment_date} follow).
     *
     * @param receiptId id_by_customer
     * @param paymentDate the date
     */
    public void markPaid(long receiptId, LocalDate paymentDate) {
        router.markPaid(state, receiptId, paymentDate);
    }

    /**
     * Activates or deactivates the tenant; an inactive tenant answers every call with 403 code 11.
     *
     * @param active the status
     */
    public void setActive(boolean active) {
        router.configure(state, active, state.invoiceQuotaForConfig());
    }

    /**
     * Limits the number of invoices this tenant may create; further {@code /invoices/create} calls answer
     * 403 code 33 "customer has reached the upload limit".
     *
     * @param quota invoices allowed in total
     */
    public void setInvoiceQuota(int quota) {
        router.configure(state, state.activeForConfig(), quota);
    }

    /**
     * Makes {@code /settings/update/debtor} clear every writable field the request omits, one of the two readings
     * of the API's undocumented update semantics (the default keeps omitted fields unchanged). For testing clients
     * that must not lose IBAN, BIC or address lines on a server of either kind.
     *
     * @param clears true: an omitted field becomes empty; false (default): it stays unchanged
     */
    public void setDebtorUpdateClearsOmittedFields(boolean clears) {
        state.debtorUpdateClearsOmittedFields(clears);
    }

    /**
     * Makes {@code /settings/add-batch/debtors} drop the {@code email} of its items, as the API's batch item schema
     * (which lists no {@code email}) suggests; by default the emulator keeps it.
     *
     * @param drops true: debtors created in a batch have no e-mail; false (default): they keep the one sent
     */
    public void setDebtorBatchDropsEmail(boolean drops) {
        state.debtorBatchDropsEmail(drops);
    }

    /** Shows the api_key's hash only; the key itself is a credential. */
    @Override
    public String toString() {
        return "BuchhaltungsButlerTenant[apiKeyHash=" + Integer.toHexString(state.apiKey().hashCode()) + "]";
    }
}
