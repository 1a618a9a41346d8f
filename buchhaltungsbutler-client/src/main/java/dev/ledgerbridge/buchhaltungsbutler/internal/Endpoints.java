package dev.ledgerbridge.buchhaltungsbutler.internal;

import java.util.Map;

/** All 54 paths of the API v1 with their endpoint-specific error codes (spec section 4 and 5). */
public final class Endpoints {
    private Endpoints() {
    }

    private static final Map<Integer, String> PARTY_FIELDS = Map.ofEntries(Map.entry(1, "postingaccount_number"),
            Map.entry(6, "type"), Map.entry(7, "postingaccount_number"), Map.entry(8, "name"),
            Map.entry(9, "contact_person_name"), Map.entry(10, "street"), Map.entry(12, "additional_address_line"),
            Map.entry(13, "zip"), Map.entry(14, "city"), Map.entry(16, "country"), Map.entry(17, "sales_tax_id"),
            Map.entry(18, "iban"), Map.entry(19, "bic"), Map.entry(20, "email"), Map.entry(21, "customer_number"));
    private static final Map<Integer, String> CREDITOR_FIELDS = with(PARTY_FIELDS, 21, "due_in_days");

    private static final Map<Integer, String> INVOICE_FIELDS = Map.ofEntries(Map.entry(5, "type"),
            Map.entry(6, "item_name"), Map.entry(7, "show_prices_type"), Map.entry(8, "recurring_interval"),
            Map.entry(9, "recurring_date_next"), Map.entry(10, "show_bankdata"), Map.entry(12, "show_contactdata"),
            Map.entry(13, "company_name"), Map.entry(14, "contact_person_name"), Map.entry(16, "street"),
            Map.entry(17, "additional_addressline"), Map.entry(18, "zip"), Map.entry(19, "city"),
            Map.entry(20, "country"), Map.entry(21, "date"), Map.entry(22, "invoicenumber"),
            Map.entry(24, "date_of_supply"), Map.entry(25, "email"), Map.entry(26, "correspondence"),
            Map.entry(27, "discount_value"), Map.entry(28, "discount_type"), Map.entry(29, "payment_conditions"),
            Map.entry(31, "final_provisions"), Map.entry(32, "item_name"), Map.entry(34, "item_amount"),
            Map.entry(35, "item_unit"), Map.entry(38, "customer_number"), Map.entry(39, "item_vat"),
            Map.entry(43, "due_days"), Map.entry(44, "language"));
    private static final Map<Integer, String> E_INVOICE_FIELDS = with(with(with(INVOICE_FIELDS, 39, "item_tax_type"),
            40, "item_tax_amount"), 42, "e_invoice_id");

    private static final Map<Integer, String> RECEIPT_LIST_FIELDS = Map.ofEntries(Map.entry(5, "list_direction"),
            Map.entry(6, "payment_status"), Map.entry(7, "date_from"), Map.entry(8, "date_to"),
            Map.entry(9, "counterparty"), Map.entry(10, "limit"), Map.entry(12, "offset"),
            Map.entry(13, "include_offers"), Map.entry(14, "deleted"), Map.entry(15, "order"), Map.entry(16, "order"),
            Map.entry(17, "invoicenumber"), Map.entry(18, "due_date"), Map.entry(19, "date_since_last_modified"));
    private static final Map<Integer, String> RECEIPT_ADD_FIELDS = Map.ofEntries(Map.entry(8, "type"),
            Map.entry(9, "account"), Map.entry(10, "account"), Map.entry(17, "counterparty"),
            Map.entry(18, "invoice_number"), Map.entry(19, "date"), Map.entry(20, "amount"), Map.entry(21, "currency"),
            Map.entry(22, "vat_rate"), Map.entry(24, "creditor_debtor"), Map.entry(25, "creditor_debtor"),
            Map.entry(26, "type"), Map.entry(27, "creditor_debtor"), Map.entry(28, "type"),
            Map.entry(29, "creditor_debtor"), Map.entry(34, "payment_reference"), Map.entry(35, "date_delivery"),
            Map.entry(36, "date_payment_due"), Map.entry(37, "link_to_receipt_id_by_customer"));
    private static final Map<Integer, String> UPLOAD_FIELDS = Map.of(5, "file", 6, "file", 7, "file", 14, "file",
            31, "file", 32, "file", 33, "file_name");

    public static final Endpoint DEBTORS_GET = Endpoint.read("/settings/get/debtors", Map.of());
    public static final Endpoint DEBTOR_ADD = Endpoint.write("/settings/add/debtor", PARTY_FIELDS);
    public static final Endpoint DEBTORS_ADD_BATCH = Endpoint.batch("/settings/add-batch/debtors");
    public static final Endpoint DEBTOR_UPDATE = Endpoint.write("/settings/update/debtor", PARTY_FIELDS)
            .withNotFoundCodes(24);
    public static final Endpoint CREDITORS_GET = Endpoint.read("/settings/get/creditors", Map.of());
    public static final Endpoint CREDITOR_ADD = Endpoint.write("/settings/add/creditor", CREDITOR_FIELDS);
    public static final Endpoint CREDITORS_ADD_BATCH = Endpoint.batch("/settings/add-batch/creditors");
    public static final Endpoint CREDITOR_UPDATE = Endpoint.write("/settings/update/creditor", CREDITOR_FIELDS)
            .withNotFoundCodes(24);
    public static final Endpoint POSTINGACCOUNTS_GET = Endpoint.read("/settings/get/postingaccounts", Map.of());
    public static final Endpoint POSTINGACCOUNT_ADD = Endpoint.write("/settings/add/postingaccount", Map.of());
    public static final Endpoint POSTINGACCOUNT_UPDATE = Endpoint.write("/settings/update/postingaccount", Map.of());
    public static final Endpoint ACCOUNTS_GET = Endpoint.read("/accounts/get", Map.of());
    public static final Endpoint ACCOUNTS_ADD = Endpoint.write("/accounts/add", Map.of());
    public static final Endpoint INVOICES_CREATE = Endpoint.write("/invoices/create", INVOICE_FIELDS)
            .withQuotaCodes(33);
    public static final Endpoint INVOICES_CREATE_E_INVOICE = Endpoint.write("/invoices/create/e-invoice",
            E_INVOICE_FIELDS).withQuotaCodes(33);
    public static final Endpoint INVOICES_CREATE_DRAFT = Endpoint.write("/invoices/create/draft", INVOICE_FIELDS);
    public static final Endpoint RECEIPTS_GET = Endpoint.read("/receipts/get", RECEIPT_LIST_FIELDS);
    public static final Endpoint RECEIPT_GET_BY_ID = Endpoint.read("/receipts/get", Map.of()).byIdRoute();
    public static final Endpoint RECEIPTS_ADD = Endpoint.write("/receipts/add", RECEIPT_ADD_FIELDS);
    public static final Endpoint RECEIPTS_ADD_BATCH = Endpoint.batch("/receipts/addBatch");
    public static final Endpoint RECEIPTS_UPLOAD = Endpoint.write("/receipts/upload", UPLOAD_FIELDS).asUpload()
            .withQuotaCodes(12);
    public static final Endpoint RECEIPT_DELETE = Endpoint.write("/receipts/delete", Map.of()).byIdRoute()
            .withNotFoundCodes(6);
    public static final Endpoint RECEIPT_RESTORE = Endpoint.write("/receipts/restore", Map.of()).byIdRoute()
            .withNotFoundCodes(6);
    public static final Endpoint RECEIPT_ASSIGNED_TRANSACTIONS = Endpoint.read("/receipts/assigned-transactions/get",
            Map.of());
    public static final Endpoint TRANSACTIONS_GET = Endpoint.read("/transactions/get", Map.of());
    public static final Endpoint TRANSACTION_GET_BY_ID = Endpoint.read("/transactions/get", Map.of()).byIdRoute()
            .withNotFoundCodes(6);
    public static final Endpoint TRANSACTIONS_ADD = Endpoint.write("/transactions/add", Map.of());
    public static final Endpoint TRANSACTIONS_ADD_BATCH = Endpoint.batch("/transactions/addBatch");
    public static final Endpoint TRANSACTION_ASSIGN_RECEIPT = Endpoint.write("/transactions/assign/receipt", Map.of());
    public static final Endpoint TRANSACTION_ASSIGN_BATCH = Endpoint.batch("/transactions/assign-batch/receipt");
    public static final Endpoint TRANSACTION_UNASSIGN_RECEIPT = Endpoint.write("/transactions/unassign/receipt",
            Map.of());
    public static final Endpoint TRANSACTION_ASSIGNED_RECEIPTS = Endpoint.read("/transactions/assigned-receipts/get",
            Map.of());
    public static final Endpoint POSTINGS_GET = Endpoint.read("/postings/get", Map.of());
    public static final Endpoint POSTINGS_ADD_RECEIPT = Endpoint.write("/postings/add/receipt", Map.of());
    public static final Endpoint POSTINGS_ADD_BATCH_RECEIPTS = Endpoint.batch("/postings/add-batch/receipts");
    public static final Endpoint POSTINGS_ADD_TRANSACTION = Endpoint.write("/postings/add/transaction", Map.of());
    public static final Endpoint POSTINGS_ADD_BATCH_TRANSACTIONS = Endpoint.batch("/postings/add-batch/transactions");
    public static final Endpoint POSTINGS_ADD_FREE = Endpoint.write("/postings/add/free", Map.of());
    public static final Endpoint POSTINGS_ADD_BATCH_FREE = Endpoint.batch("/postings/add-batch/free");
    public static final Endpoint POSTINGS_ASSIGN_RECEIPT_TO_FREE = Endpoint.write(
            "/postings/assign/receipt-to-free-posting", Map.of());
    public static final Endpoint POSTINGS_UNCONFIRM_RECEIPT = Endpoint.write("/postings/unconfirm/receipt", Map.of());
    public static final Endpoint POSTINGS_UNCONFIRM_TRANSACTION = Endpoint.write("/postings/unconfirm/transaction",
            Map.of());
    public static final Endpoint POSTINGS_UNCONFIRM_FREE = Endpoint.write("/postings/unconfirm/free", Map.of());
    public static final Endpoint POSTINGS_CANCEL = Endpoint.write("/postings/cancel", Map.of());
    public static final Endpoint COMMENTS_ADD = Endpoint.write("/comments/add", Map.of());
    public static final Endpoint COST_LOCATIONS_GET = Endpoint.read("/cost-locations/get", Map.of());
    public static final Endpoint COST_LOCATIONS_ADD = Endpoint.write("/cost-locations/add", Map.of());
    public static final Endpoint COST_LOCATIONS_UPDATE = Endpoint.write("/cost-locations/update", Map.of());
    public static final Endpoint COST_LOCATIONS_DELETE = Endpoint.write("/cost-locations/delete", Map.of());
    public static final Endpoint REPORTS_CREATE_BWA = Endpoint.write("/reports/create/bwa", Map.of());
    public static final Endpoint REPORTS_GET_BWA = Endpoint.read("/reports/get/bwa", Map.of());
    public static final Endpoint REPORTS_CREATE_SUMS = Endpoint.write("/reports/create/sums", Map.of());
    public static final Endpoint REPORTS_GET_SUMS = Endpoint.read("/reports/get/sums", Map.of());
    public static final Endpoint REPORTS_GET_SUMS_LEDGER = Endpoint.read("/reports/get/sums/ledger", Map.of());

    private static Map<Integer, String> with(Map<Integer, String> base, int code, String field) {
        java.util.HashMap<Integer, String> m = new java.util.HashMap<>(base);
        m.put(code, field);
        return Map.copyOf(m);
    }
}
