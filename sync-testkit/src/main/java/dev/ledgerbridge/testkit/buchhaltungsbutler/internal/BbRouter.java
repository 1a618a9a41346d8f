package dev.ledgerbridge.testkit.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.internal.Call;
import dev.ledgerbridge.testkit.internal.Json;
import dev.ledgerbridge.testkit.internal.Reply;
import dev.ledgerbridge.testkit.internal.Route;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps BuchhaltungsButler calls to operations and applies the checks every call passes: POST only, Basic auth,
 * JSON body, known and active api_key, the per-key rate limit and the batch interval.
 */
public final class BbRouter {
    /** Path prefix of the API below the origin. */
    public static final String BASE_PATH = "/api/v1";
    private static final Pattern BY_ID = Pattern.compile("/(receipts/get|receipts/delete|receipts/restore|transactions/get)/([^/]+)");
    private static final Set<String> BATCH = Set.of("/receipts/addBatch", "/transactions/addBatch",
            "/settings/add-batch/debtors", "/settings/add-batch/creditors");
    private static final String NOT_FOUND_PAGE = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
            + "<title>BuchhaltungsButler</title></head><body><h1>Seite nicht gefunden</h1>"
            + "<p>Die angeforderte Seite existiert nicht. <a href=\"/login\">Zum Login</a></p></body></html>\n";

    /** One API operation. */
    @FunctionalInterface
    private interface Op {
        ObjectNode apply(BbTenantState tenant, BbParams params, String id);
    }

    private final Map<String, Op> ops = new HashMap<>();
    private final Map<String, BbTenantState> tenants = new ConcurrentHashMap<>();
    private final byte[] expectedAuthorization;
    private final BbEnv env;
    private final int requestsPerMinute;
    private final int accountDigits;
    private final int throttleStatus;
    private final long batchIntervalMillis;

    /**
     * Creates the router.
     *
     * @param apiClient Basic auth user
     * @param apiSecret Basic auth password
     * @param requestsPerMinute limit per api_key, 0 for none
     * @param accountDigits length of debtor/creditor numbers, 5 or 6
     * @param throttleStatus HTTP status of the throttling answer
     * @param batchIntervalMillis minimum gap between two calls of the same batch endpoint per api_key
     * @param clock time source
     * @param seed seed for generated file names
     */
    public BbRouter(String apiClient, String apiSecret, int requestsPerMinute, int accountDigits, int throttleStatus,
                    long batchIntervalMillis, Clock clock, long seed) {
        this.expectedAuthorization = ("Basic " + Base64.getEncoder().encodeToString(
                (apiClient + ":" + apiSecret).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        this.env = new BbEnv(clock, seed);
        this.requestsPerMinute = requestsPerMinute;
        this.accountDigits = accountDigits;
        this.throttleStatus = throttleStatus;
        this.batchIntervalMillis = batchIntervalMillis;
        for (BbParty.Kind kind : BbParty.Kind.values()) {
            String plural = kind == BbParty.Kind.DEBTOR ? "debtors" : "creditors";
            ops.put("/settings/get/" + plural, (t, p, id) -> BbSettingsApi.list(t, p, kind));
            ops.put("/settings/add/" + kind.word, (t, p, id) -> BbSettingsApi.add(t, p, kind));
            ops.put("/settings/add-batch/" + plural, (t, p, id) -> BbSettingsApi.addBatch(t, p, kind));
            ops.put("/settings/update/" + kind.word, (t, p, id) -> BbSettingsApi.update(t, p, kind));
        }
        ops.put("/settings/get/postingaccounts", (t, p, id) -> BbSettingsApi.postingAccounts(t, p));
        ops.put("/settings/add/postingaccount", (t, p, id) -> BbSettingsApi.addPostingAccount(t, p));
        ops.put("/settings/update/postingaccount", (t, p, id) -> BbSettingsApi.updatePostingAccount(t, p));
        ops.put("/accounts/get", (t, p, id) -> BbSettingsApi.paymentAccounts(t));
        ops.put("/accounts/add", (t, p, id) -> BbSettingsApi.addPaymentAccount(t, p));
        ops.put("/cost-locations/get", (t, p, id) -> BbSettingsApi.costLocations(t, p));
        for (String action : new String[] {"add", "update", "delete"}) {
            ops.put("/cost-locations/" + action, (t, p, id) -> BbSettingsApi.changeCostLocation(t, p, action));
        }
        ops.put("/invoices/create", (t, p, id) -> BbInvoiceApi.create(t, p, env));
        ops.put("/invoices/create/draft", (t, p, id) -> BbInvoiceApi.draft(t, p));
        ops.put("/receipts/get", (t, p, id) -> BbReceiptApi.list(t, p));
        ops.put("/receipts/get/{id}", (t, p, id) -> BbReceiptApi.detail(t, p, id));
        ops.put("/receipts/add", (t, p, id) -> BbReceiptApi.add(t, p, env));
        ops.put("/receipts/addBatch", (t, p, id) -> BbReceiptApi.addBatch(t, p, env));
        ops.put("/receipts/delete/{id}", (t, p, id) -> BbReceiptApi.deleteOrRestore(t, id, true, env));
        ops.put("/receipts/restore/{id}", (t, p, id) -> BbReceiptApi.deleteOrRestore(t, id, false, env));
        ops.put("/transactions/get", (t, p, id) -> BbTransactionApi.list(t, p));
        ops.put("/transactions/get/{id}", (t, p, id) -> BbTransactionApi.detail(t, id));
        ops.put("/transactions/add", (t, p, id) -> BbTransactionApi.add(t, p));
        ops.put("/transactions/addBatch", (t, p, id) -> BbTransactionApi.addBatch(t, p));
    }

    /**
     * Returns the tenant of an api_key, creating it if needed.
     *
     * @param apiKey the key
     * @return the tenant state
     */
    public BbTenantState tenant(String apiKey) {
        return tenants.computeIfAbsent(apiKey, k -> new BbTenantState(k, requestsPerMinute, accountDigits));
    }

    /**
     * Returns the tenant of an api_key or null.
     *
     * @param apiKey the key
     * @return the tenant state or null
     */
    public BbTenantState existingTenant(String apiKey) {
        return tenants.get(apiKey);
    }

    /**
     * Resolves a call: the endpoint key and the handler.
     *
     * @param call the request
     * @return the route
     */
    public Route route(Call call) {
        String path = call.path();
        if (!path.startsWith(BASE_PATH + "/")) {
            return notFound(call);
        }
        String op = path.substring(BASE_PATH.length());
        String id = null;
        if (!ops.containsKey(op)) {
            Matcher m = BY_ID.matcher(op);
            // the literal placeholder "id_by_customer" reaches the handler only where the live API answers 400
            if (m.matches() && (!m.group(1).equals("transactions/get") || m.group(2).matches("\\d{1,18}"))) {
                op = "/" + m.group(1) + "/{id}";
                id = m.group(2);
            } else {
                return notFound(call);
            }
        }
        String opKey = op;
        String idValue = id;
        return new Route(new String[] {"POST " + opKey}, c -> handle(c, opKey, idValue));
    }

    private static Route notFound(Call call) {
        String path = call.path().startsWith(BASE_PATH + "/") ? call.path().substring(BASE_PATH.length()) : call.path();
        return new Route(new String[] {call.method() + " " + path}, c -> Reply.html(404, NOT_FOUND_PAGE));
    }

    private Reply handle(Call call, String op, String id) {
        try {
            if (!call.method().equals("POST")) {
                throw new BbError(400, 2, "Api method calls require POST requests");
            }
            String auth = call.header("Authorization");
            if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expectedAuthorization)) {
                throw new BbError(401, 3, "API credentials unknown or invalid");
            }
            String contentType = call.header("Content-Type");
            boolean form = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("application/x-www-form-urlencoded");
            JsonNode body = call.body().length == 0 ? null
                    : form ? BbFormBody.parse(call.bodyText()) : Json.parseOrNull(call.bodyText());
            if (body == null || !body.isObject()) {
                throw new BbError(400, 23, "no post and files content received or declined");
            }
            JsonNode key = body.get("api_key");
            BbTenantState tenant = key == null || !key.isTextual() ? null : tenants.get(key.asText());
            if (tenant == null) {
                throw new BbError(401, 4, "customer not found or insufficient privileges");
            }
            synchronized (tenant) {
                if (!tenant.active) {
                    throw new BbError(403, 11, "customer has no active status");
                }
                if (!tenant.limiter.tryAcquire(env.clock)) {
                    throw new BbError(throttleStatus, 15, "adding temporarily restricted");
                }
                if (BATCH.contains(op)) {
                    long now = env.clock.millis();
                    Long last = tenant.lastBatchMillis.get(op);
                    if (last != null && now - last < batchIntervalMillis) {
                        throw new BbError(403, 15, "adding temporarily restricted");
                    }
                    tenant.lastBatchMillis.put(op, now);
                }
                return Reply.json(200, Json.write(ops.get(op).apply(tenant, new BbParams((ObjectNode) body), id)));
            }
        } catch (BbError e) {
            return Reply.json(e.status(), Json.write(BbEnvelope.error(e.code(), e.getMessage())));
        }
    }

    /**
     * Returns BuchhaltungsButler's answer for an injected fault.
     *
     * @param fault {@link Fault#SERVER_ERROR} or {@link Fault#THROTTLE}
     * @return the reply
     */
    public Reply faultReply(Fault fault) {
        if (fault == Fault.THROTTLE) {
            return Reply.json(throttleStatus, Json.write(BbEnvelope.error(15, "adding temporarily restricted")));
        }
        return Reply.json(500, Json.write(BbEnvelope.error(0, "error while processing the request")));
    }

    /**
     * Runs a seeding operation directly against a tenant, with the same validation as the API.
     *
     * @param tenant the tenant
     * @param op the path, e.g. {@code /settings/add/debtor}
     * @param body the request body without api_key
     * @return the response body
     * @throws IllegalArgumentException with the API's error code and message if the input is invalid
     */
    public ObjectNode apply(BbTenantState tenant, String op, ObjectNode body) {
        synchronized (tenant) {
            try {
                return ops.get(op).apply(tenant, new BbParams(body), null);
            } catch (BbError e) {
                throw new IllegalArgumentException(op + " rejected the seed record (error_code " + e.code() + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns the read views of a tenant's records.
     *
     * @param tenant the tenant
     * @param kind one of debtors, creditors, receipts, transactions, invoices, drafts, accounts, cost_locations
     * @return copies of the records
     */
    public java.util.List<ObjectNode> view(BbTenantState tenant, String kind) {
        synchronized (tenant) {
            java.util.List<ObjectNode> out = new java.util.ArrayList<>();
            switch (kind) {
                case "debtors" -> tenant.debtors.values().forEach(n -> out.add(n.deepCopy()));
                case "creditors" -> tenant.creditors.values().forEach(n -> out.add(n.deepCopy()));
                case "receipts" -> tenant.receipts.values().forEach(r -> out.add(r.listRow()));
                case "transactions" -> tenant.transactions.values().forEach(n -> out.add(n.deepCopy()));
                case "invoices" -> tenant.invoices.forEach(n -> out.add(n.deepCopy()));
                case "drafts" -> tenant.drafts.forEach(n -> out.add(n.deepCopy()));
                case "accounts" -> tenant.paymentAccounts.values().forEach(n -> out.add(n.deepCopy()));
                case "cost_locations" -> tenant.costLocations.forEach((c, n) -> {
                    ObjectNode row = Json.object();
                    row.put("code", c);
                    row.put("name", n);
                    out.add(row);
                });
                default -> throw new IllegalArgumentException("unknown record kind: " + kind);
            }
            return out;
        }
    }

    /**
     * Sets tenant flags.
     *
     * @param tenant the tenant
     * @param active false makes every call answer 403 code 11
     * @param invoiceQuota invoices allowed before 403 code 33
     */
    public void configure(BbTenantState tenant, boolean active, int invoiceQuota) {
        synchronized (tenant) {
            tenant.active = active;
            tenant.invoiceQuota = invoiceQuota;
        }
    }

    /**
     * Marks a receipt as paid (the API has no call for this; payments come from bank matching).
     *
     * @param tenant the tenant
     * @param id receipt id
     * @param date payment date
     */
    public void markPaid(BbTenantState tenant, long id, java.time.LocalDate date) {
        synchronized (tenant) {
            BbReceipt r = tenant.receipts.get(id);
            if (r == null) {
                throw new IllegalArgumentException("no receipt with id_by_customer " + id);
            }
            r.paymentDate = date;
            BbTenantState.touch(r, env.clock.instant());
        }
    }
}
