package dev.ledgerbridge.accountview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.data.AccountViewData;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.internal.AccountViewHttp;
import dev.ledgerbridge.accountview.internal.DataApi;
import dev.ledgerbridge.accountview.internal.TableParser;
import dev.ledgerbridge.accountview.internal.TypedClients;
import dev.ledgerbridge.accountview.model.ArticleGroups;
import dev.ledgerbridge.accountview.model.Articles;
import dev.ledgerbridge.accountview.model.DataDictionary;
import dev.ledgerbridge.accountview.model.Debtors;
import dev.ledgerbridge.accountview.model.DeliveryAddresses;
import dev.ledgerbridge.accountview.model.JournalPages;
import dev.ledgerbridge.accountview.model.LedgerAccount;
import dev.ledgerbridge.accountview.model.OrderHistory;
import dev.ledgerbridge.accountview.model.PackingUnits;
import dev.ledgerbridge.accountview.model.ReadableObjects;
import dev.ledgerbridge.accountview.model.SalesOrders;
import dev.ledgerbridge.accountview.model.VatCode;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API of one company: every call carries its {@code X-Company} header. Gives the generic data API and the
 * typed business objects. Thread-safe; obtain it from {@link AccountViewClient#forCompany(String)}.
 */
public final class CompanyClient {
    /** The largest {@code PageSize} AccountView is known to accept (spec: values 1-1000 used). */
    public static final int MAX_PAGE_SIZE = 1000;
    private final AccountViewHttp http;
    private final String companyId;
    private final String companyCode;
    private final DataApi data;
    private final TypedClients typed;

    CompanyClient(AccountViewHttp http, String companyId, String companyCode) {
        this.http = http;
        this.companyId = companyId;
        this.companyCode = companyCode;
        this.data = new DataApi(http, companyId);
        this.typed = new TypedClients(data);
    }

    /** The company id sent as {@code X-Company}. */
    public String companyId() {
        return companyId;
    }

    /** Rows per page of this company's typed listings ({@code PageSize}), 1 to 1000; by default the client's. */
    public int defaultPageSize() {
        return http.config().defaultPageSize();
    }

    /**
     * This company's API with another page size for its typed listings: same client, tokens, connection pool and
     * rate limits. Fewer, larger pages mean fewer calls for a full read; the spec reports sizes up to 1000 used
     * successfully.
     *
     * @param pageSize rows per page, 1 to 1000
     * @throws IllegalArgumentException when the size is out of range
     */
    public CompanyClient withDefaultPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("defaultPageSize must be between 1 and " + MAX_PAGE_SIZE + ", was "
                    + pageSize);
        }
        return pageSize == defaultPageSize() ? this
                : new CompanyClient(http.withDefaultPageSize(pageSize), companyId, companyCode);
    }

    /** The generic data API of this company. */
    public AccountViewData data() {
        return data;
    }

    /** Debtors ({@code AR1}): read, insert, update. */
    public Debtors debtors() {
        return typed.debtors();
    }

    /** Delivery addresses ({@code ADDR}): read, insert, update. */
    public DeliveryAddresses deliveryAddresses() {
        return typed.deliveryAddresses();
    }

    /** Articles ({@code AK1}): read; insert and update where the administration allows them. */
    public Articles articles() {
        return typed.articles();
    }

    /** Article groups ({@code AG1}): read; insert and update where the administration allows them. */
    public ArticleGroups articleGroups() {
        return typed.articleGroups();
    }

    /** Packing units ({@code PCK}): read. */
    public PackingUnits packingUnits() {
        return typed.packingUnits();
    }

    /** Sales orders ({@code SO1}): insert; read unconfirmed. */
    public SalesOrders salesOrders() {
        return typed.salesOrders();
    }

    /** Order history ({@code ALH}): read. */
    public OrderHistory orderHistory() {
        return typed.orderHistory();
    }

    /** VAT codes ({@code VA1}): read. */
    public ReadableObjects<VatCode> vatCodes() {
        return typed.vatCodes();
    }

    /** Ledger accounts ({@code GL1}): read. */
    public ReadableObjects<LedgerAccount> ledgerAccounts() {
        return typed.ledgerAccounts();
    }

    /** Journal pages ({@code DJ2P} read, {@code DJ2} insert). */
    public JournalPages journalPages() {
        return typed.journalPages();
    }

    /** The data dictionary ({@code FLD}, {@code DBF}). */
    public DataDictionary dictionary() {
        return typed.dictionary();
    }

    /**
     * The business-object catalogue with insert/update/delete permissions
     * ({@code GET /api/v3/accountviewsystembusinessobjects}).
     *
     * @return the entries, possibly empty
     */
    public List<BusinessObjectInfo> businessObjects() {
        ApiResponse r = http.sendChecked("GET", "/api/v3/accountviewsystembusinessobjects", Map.of(), null, companyId,
                "GET accountviewsystembusinessobjects", true);
        if (r.bodyAsString().isBlank()) {
            return List.of();
        }
        JsonNode root = Json.readTree(r);
        List<BusinessObjectInfo> out = new ArrayList<>();
        for (Row row : TableParser.rows(root)) {
            String code = row.string("Code");
            if (code == null || code.isBlank()) {
                continue;
            }
            Map<String, Object> extra = new LinkedHashMap<>(row.values());
            extra.keySet().removeIf(k -> List.of("code", "description", "insertallowed", "updateallowed",
                    "deleteallowed").contains(k.toLowerCase(java.util.Locale.ROOT)));
            out.add(new BusinessObjectInfo(code.strip(), row.string("Description"), flag(row, "InsertAllowed"),
                    flag(row, "UpdateAllowed"), flag(row, "DeleteAllowed"), extra));
        }
        return out;
    }

    private static boolean flag(Row row, String field) {
        Boolean b = row.bool(field);
        return b != null && b;
    }

    @Override
    public String toString() {
        return "CompanyClient{id=" + companyId + (companyCode == null ? "" : ", code=" + companyCode) + "}";
    }
}
