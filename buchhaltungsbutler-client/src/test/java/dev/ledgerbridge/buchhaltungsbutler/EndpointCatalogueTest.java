package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledgerbridge.buchhaltungsbutler.internal.Endpoint;
import dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The client knows exactly the 54 paths of the spec's section 4 (by-id routes as {@code /{id}}). */
class EndpointCatalogueTest {
    static final Set<String> SPEC = Set.of("/settings/get/debtors", "/settings/add/debtor", "/settings/add-batch/debtors",
            "/settings/update/debtor", "/settings/get/creditors", "/settings/add/creditor",
            "/settings/add-batch/creditors", "/settings/update/creditor", "/settings/get/postingaccounts",
            "/settings/add/postingaccount", "/settings/update/postingaccount", "/accounts/get", "/accounts/add",
            "/invoices/create", "/invoices/create/e-invoice", "/invoices/create/draft", "/receipts/get",
            "/receipts/get/{id}", "/receipts/add", "/receipts/addBatch", "/receipts/upload", "/receipts/delete/{id}",
            "/receipts/restore/{id}", "/receipts/assigned-transactions/get", "/transactions/get",
            "/transactions/get/{id}", "/transactions/add", "/transactions/addBatch", "/transactions/assign/receipt",
            "/transactions/assign-batch/receipt", "/transactions/unassign/receipt",
            "/transactions/assigned-receipts/get", "/postings/get", "/postings/add/receipt",
            "/postings/add-batch/receipts", "/postings/add/transaction", "/postings/add-batch/transactions",
            "/postings/add/free", "/postings/add-batch/free", "/postings/assign/receipt-to-free-posting",
            "/postings/unconfirm/receipt", "/postings/unconfirm/transaction", "/postings/unconfirm/free",
            "/postings/cancel", "/comments/add", "/cost-locations/get", "/cost-locations/add",
            "/cost-locations/update", "/cost-locations/delete", "/reports/create/bwa", "/reports/get/bwa",
            "/reports/create/sums", "/reports/get/sums", "/reports/get/sums/ledger");

    @Test
    void allFiftyFourPaths() throws IllegalAccessException {
        Set<String> known = new TreeSet<>();
        for (Field f : Endpoints.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Endpoint.class) {
                known.add(((Endpoint) f.get(null)).displayName().substring("POST ".length()));
            }
        }
        assertEquals(54, SPEC.size());
        assertEquals(new TreeSet<>(SPEC), known);
    }
}
