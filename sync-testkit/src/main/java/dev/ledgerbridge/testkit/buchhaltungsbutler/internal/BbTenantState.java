package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.internal.Json;
import dev.ledgerbridge.testkit.internal.SlidingWindowLimiter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All data of one {@code api_key} (Mandant), held in memory and indexed by key. Not thread-safe by itself:
 * callers synchronise on the instance (the router does so for every request).
 */
public final class BbTenantState {
    final String apiKey;
    final SlidingWindowLimiter limiter;
    final Map<String, Long> lastBatchMillis = new HashMap<>();
    boolean active = true;
    int invoiceQuota = Integer.MAX_VALUE;
    int invoicesCreated;
    /** The API leaves open whether a debtor update keeps omitted fields; true: it clears them. */
    volatile boolean debtorUpdateClearsOmittedFields;
    /** The API's batch item schema has no {@code email}; true: a batch drops it. */
    volatile boolean debtorBatchDropsEmail;

    final LinkedHashMap<String, ObjectNode> debtors = new LinkedHashMap<>();
    final LinkedHashMap<String, ObjectNode> creditors = new LinkedHashMap<>();
    /** Append-only row lists in insertion order, so offset paging is a sublist, not a scan. */
    final List<ObjectNode> debtorRows = new ArrayList<>();
    final List<ObjectNode> creditorRows = new ArrayList<>();
    final Map<String, Integer> creditorDueDays = new HashMap<>();
    final int accountDigits;
    int maxDebtorNumber;
    int maxCreditorNumber;

    final TreeMap<Long, BbReceipt> receipts = new TreeMap<>();
    /** Numbers of invoices created through /invoices/create; they must be unique within the tenant. */
    final Map<String, Long> receiptByInvoiceNumber = new HashMap<>();
    final List<ObjectNode> invoices = new ArrayList<>();
    final List<ObjectNode> drafts = new ArrayList<>();
    long nextReceiptId = 1;
    final Map<String, Integer> nextInvoiceNumber = new HashMap<>();

    final TreeMap<Long, ObjectNode> transactions = new TreeMap<>();
    long nextTransactionId = 1;

    /** Payment accounts by number: {name, postingaccount_number, type}. */
    final LinkedHashMap<String, ObjectNode> paymentAccounts = new LinkedHashMap<>();
    /** General-ledger accounts by number: {name, postingaccount_number, parent}. */
    final TreeMap<Long, ObjectNode> ledgerAccounts = new TreeMap<>();
    final LinkedHashMap<String, String> costLocations = new LinkedHashMap<>();

    /**
     * Creates a tenant with a small SKR03 chart and the payment accounts cash 1000 and bank 1200.
     *
     * @param apiKey the tenant's api_key
     * @param requestsPerMinute rate limit, 0 for none
     * @param accountDigits length of debtor/creditor numbers, 5 (10001-69999) or 6 (100001-699999)
     */
    public BbTenantState(String apiKey, int requestsPerMinute, int accountDigits) {
        this.apiKey = apiKey;
        this.accountDigits = accountDigits;
        this.maxDebtorNumber = BbParty.Kind.DEBTOR.collective(accountDigits);
        this.maxCreditorNumber = BbParty.Kind.CREDITOR.collective(accountDigits);
        this.limiter = new SlidingWindowLimiter(requestsPerMinute, 60_000);
        ledger(1000, "Kasse");
        ledger(1200, "Bank");
        ledger(1576, "Abziehbare Vorsteuer 19 %");
        ledger(1776, "Umsatzsteuer 19 %");
        ledger(3400, "Wareneingang 19 % Vorsteuer");
        ledger(4930, "Bürobedarf");
        ledger(8300, "Erlöse 7 % USt");
        ledger(8400, "Erlöse 19 % USt");
        paymentAccount("1000", "Kasse", "cash");
        paymentAccount("1200", "Bank", "bank/institution");
    }

    private void ledger(long number, String name) {
        ObjectNode row = Json.object();
        row.put("name", name);
        row.put("postingaccount_number", Long.toString(number));
        ledgerAccounts.put(number, row);
    }

    void paymentAccount(String number, String name, String type) {
        ObjectNode row = Json.object();
        row.put("name", name);
        row.put("postingaccount_number", number);
        row.put("type", type);
        paymentAccounts.put(number, row);
    }

    /** Sets the clock-independent modification mark used by {@code date_since_last_modified}. */
    static void touch(BbReceipt receipt, Instant now) {
        receipt.modified = now;
    }

    /**
     * Returns whether the tenant is active.
     *
     * @return the flag
     */
    public synchronized boolean activeForConfig() {
        return active;
    }

    /**
     * Returns the invoice quota.
     *
     * @return the quota
     */
    public synchronized int invoiceQuotaForConfig() {
        return invoiceQuota;
    }

    /**
     * Sets whether {@code /settings/update/debtor} clears the writable fields a request omits (the API leaves open
     * whether it keeps them, which is the default here).
     *
     * @param clears true: omitted fields become empty
     */
    public void debtorUpdateClearsOmittedFields(boolean clears) {
        debtorUpdateClearsOmittedFields = clears;
    }

    /**
     * Sets whether {@code /settings/add-batch/debtors} drops the {@code email} of its items (the batch item
     * schema lists none; the default here keeps it).
     *
     * @param drops true: batch-created debtors have no e-mail
     */
    public void debtorBatchDropsEmail(boolean drops) {
        debtorBatchDropsEmail = drops;
    }

    /**
     * Returns the api_key.
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }
}
