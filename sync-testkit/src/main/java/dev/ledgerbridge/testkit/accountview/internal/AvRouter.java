package dev.ledgerbridge.testkit.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.internal.Call;
import dev.ledgerbridge.testkit.internal.FormPairs;
import dev.ledgerbridge.testkit.internal.Json;
import dev.ledgerbridge.testkit.internal.Reply;
import dev.ledgerbridge.testkit.internal.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Routes AccountView.Net calls: authorize page, token endpoint, companies and accountviewdata. */
public final class AvRouter {
    /** Path of the authorization page. */
    public static final String AUTHORIZE_PATH = "/ams/authorize.aspx";
    /** Path prefix of the Web API. */
    public static final String API_PATH = "/api/v3";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html><head><title>404 - Not Found</title></head>"
            + "<body><h1>404 - File or directory not found.</h1></body></html>\n";

    private final AvSchema schema;
    private final AvOAuth oauth;
    private final AvQuery query;
    private final AvWriter writer;
    private final Clock clock;
    private final String redirectUri;
    private final Map<String, AvCompanyState> companies = new LinkedHashMap<>();
    private final Random idRandom;

    /**
     * Creates the router.
     *
     * @param schema tables and business objects
     * @param oauth token store
     * @param redirectUri the registered redirect URI
     * @param clock time source
     * @param seed seed for company ids
     */
    public AvRouter(AvSchema schema, AvOAuth oauth, String redirectUri, Clock clock, long seed) {
        this.schema = schema;
        this.oauth = oauth;
        this.query = new AvQuery(schema);
        this.writer = new AvWriter(schema);
        this.clock = clock;
        this.redirectUri = redirectUri;
        this.idRandom = new Random(seed);
    }

    /**
     * Adds a company.
     *
     * @param code company code
     * @param description name
     * @return the company state
     */
    public synchronized AvCompanyState addCompany(String code, String description) {
        for (AvCompanyState c : companies.values()) {
            if (c.code.equalsIgnoreCase(code)) {
                return c;
            }
        }
        String id = new UUID(idRandom.nextLong(), idRandom.nextLong()).toString();
        AvCompanyState c = new AvCompanyState(id, code, description);
        companies.put(id, c);
        return c;
    }

    /**
     * Returns all companies in creation order.
     *
     * @return a copy of the list
     */
    public synchronized List<AvCompanyState> companies() {
        return List.copyOf(companies.values());
    }

    /**
     * Returns the current time as AccountView writes it into CNG_DATE.
     *
     * @return {@code YYYY-MM-DDTHH:MM:SS}
     */
    public String now() {
        return LocalDateTime.now(clock.withZone(ZONE)).format(AvValues.DATE_TIME);
    }

    /**
     * Resolves a call.
     *
     * @param call the request
     * @return the route with its endpoint keys
     */
    public Route route(Call call) {
        String path = call.path().toLowerCase(Locale.ROOT);
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        String m = call.method();
        if (path.equals(AUTHORIZE_PATH) && m.equals("GET")) {
            return new Route(new String[] {"GET " + AUTHORIZE_PATH}, this::authorize);
        }
        if (path.equals(API_PATH + "/token") && m.equals("POST")) {
            return new Route(new String[] {"POST /token"}, this::token);
        }
        if (path.equals(API_PATH + "/companies") && m.equals("GET")) {
            return new Route(new String[] {"GET /companies"}, c -> guarded(c, false, null));
        }
        if (path.equals(API_PATH + "/accountviewsystembusinessobjects") && m.equals("GET")) {
            return new Route(new String[] {"GET /accountviewsystembusinessobjects"}, c -> guarded(c, false, "CATALOGUE"));
        }
        if (path.equals(API_PATH + "/accountviewdata") && (m.equals("GET") || m.equals("POST") || m.equals("PUT"))) {
            String bo = m.equals("GET") ? queryParams(call.query()).get("businessobject") : null;
            if (bo == null && !m.equals("GET")) {
                JsonNode body = Json.parseOrNull(call.bodyText());
                JsonNode code = body == null ? null : AvPayload.prop(body, "BusinessObject");
                bo = code == null ? null : code.asText();
            }
            String general = m + " /accountviewdata";
            String[] keys = bo == null ? new String[] {general}
                    : new String[] {general, general + " " + bo.toUpperCase(Locale.ROOT)};
            return new Route(keys, c -> guarded(c, true, m));
        }
        return new Route(new String[] {m + " " + call.path()}, c -> Reply.html(404, NOT_FOUND_PAGE));
    }

    private Reply authorize(Call call) {
        Map<String, String> q = queryParams(call.query());
        String type = q.get("response_type");
        if (!oauth.clientId().equals(q.get("client_id")) || !redirectUri.equals(q.get("redirect_uri"))
                || !("code".equals(type) || "token".equals(type))) {
            return Reply.html(400, "<!DOCTYPE html><html><body><h1>Ongeldige aanvraag</h1><p>Unknown client_id, "
                    + "unregistered redirect_uri or unsupported response_type.</p></body></html>");
        }
        String scope = q.getOrDefault("scope", "readaccountviewdata");
        String state = q.get("state");
        String location;
        if (type.equals("code")) {
            location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code="
                    + enc(oauth.issueCode(redirectUri, scope)) + (state == null ? "" : "&state=" + enc(state));
        } else {
            AvOAuth.Tokens t = oauth.issue(scope);
            location = redirectUri + "#access_token=" + enc(t.accessToken()) + "&token_type=bearer&expires_in="
                    + t.expiresInSeconds() + (state == null ? "" : "&state=" + enc(state));
        }
        return new Reply(302, "text/html; charset=utf-8", new byte[0], Map.of("Location", location));
    }

    private Reply token(Call call) {
        try {
            String contentType = call.header("Content-Type");
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(
                    "application/x-www-form-urlencoded")) {
                throw new AvOAuth.OAuthError(400, "invalid_request", "body must be application/x-www-form-urlencoded");
            }
            Map<String, String> form = queryParams(call.bodyText());
            String id = form.get("client_id");
            String secret = form.get("client_secret");
            String basic = call.header("Authorization");
            if (id == null && basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()),
                        StandardCharsets.UTF_8).split(":", 2);
                id = pair[0];
                secret = pair.length > 1 ? pair[1] : "";
            }
            oauth.authenticateClient(id, secret);
            String grant = form.get("grant_type");
            AvOAuth.Tokens tokens;
            if ("authorization_code".equals(grant)) {
                tokens = oauth.exchangeCode(form.get("code"), form.get("redirect_uri"));
            } else if ("refresh_token".equals(grant)) {
                tokens = oauth.refresh(form.get("refresh_token"));
            } else {
                throw new AvOAuth.OAuthError(400, "unsupported_grant_type", "grant_type must be authorization_code "
                        + "or refresh_token");
            }
            ObjectNode body = Json.object();
            body.put("access_token", tokens.accessToken());
            body.put("token_type", "bearer");
            body.put("expires_in", tokens.expiresInSeconds());
            body.put("refresh_token", tokens.refreshToken());
            body.put("scope", tokens.scope());
            return new Reply(200, Reply.JSON, Json.write(body).getBytes(StandardCharsets.UTF_8),
                    Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
        } catch (AvOAuth.OAuthError e) {
            ObjectNode body = Json.object();
            body.put("error", e.error());
            body.put("error_description", e.getMessage());
            return Reply.json(e.status(), Json.write(body));
        } catch (IllegalArgumentException e) {
            return Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"malformed request\"}");
        }
    }

    private Reply guarded(Call call, boolean data, String method) {
        try {
            String auth = call.header("Authorization");
            String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim()
                    : null;
            String scope = oauth.scopeOf(token);
            if (scope == null) {
                return new Reply(401, Reply.JSON, error("Unauthorized",
                        "Access token is missing, invalid or expired").getBytes(StandardCharsets.UTF_8),
                        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            }
            if (!data) {
                return Reply.json(200, Json.write("CATALOGUE".equals(method) ? catalogue() : companiesJson()));
            }
            String needed = method.equals("GET") ? "readaccountviewdata" : "updateaccountviewdata";
            if (!scope.equals("*") && !List.of(scope.split(" ")).contains(needed)) {
                throw new AvError(403, "Forbidden", "The access token lacks the scope " + needed);
            }
            String companyId = call.header("X-Company");
            if (companyId == null || companyId.isBlank()) {
                throw AvError.invalid("Header X-Company is missing");
            }
            AvCompanyState company;
            synchronized (this) {
                company = companies.get(companyId.trim());
            }
            if (company == null) {
                throw AvError.invalid("Unknown company in X-Company header");
            }
            ObjectNode result;
            if (method.equals("GET")) {
                result = query.read(company, queryParams(call.query()));
            } else {
                JsonNode body = Json.parseOrNull(call.bodyText());
                if (body == null || !body.isObject()) {
                    throw AvError.invalid("Request body is not a JSON object");
                }
                result = writer.write(company, body, method.equals("PUT"), now());
            }
            return Reply.json(200, Json.write(result));
        } catch (AvError e) {
            return Reply.json(e.status(), error(e.type(), e.getMessage()));
        }
    }

    /** The business-object catalogue (§4.2) for the objects this emulator serves. */
    private ArrayNode catalogue() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        Map<String, String> names = Map.of("AR1", "Debiteuren", "ADDR", "Afleveradressen", "AK1", "Artikelen",
                "AG1", "Artikelgroepen", "SO1", "Verkooporders", "ALH", "Orderhistorie");
        for (AvSchema.BusinessObject bo : schema.objects.values()) {
            ObjectNode o = list.addObject();
            o.put("Code", bo.code());
            o.put("Description", names.getOrDefault(bo.code(), bo.code()));
            o.put("InsertAllowed", bo.writable());
            o.put("UpdateAllowed", bo.writable() && bo.lines() == null);
            o.put("DeleteAllowed", false);
        }
        return list;
    }

    private synchronized ArrayNode companiesJson() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (AvCompanyState c : companies.values()) {
            ObjectNode o = list.addObject();
            o.put("Id", c.id);
            o.put("Description", c.description);
            o.put("Code", c.code);
        }
        return list;
    }

    /**
     * Builds an error body.
     *
     * @param type ErrorType
     * @param message ErrorMessage
     * @return serialised JSON
     */
    static String error(String type, String message) {
        ObjectNode body = Json.object();
        body.put("ErrorType", type);
        body.putNull("ErrorNumbers");
        body.put("ErrorMessage", message);
        return Json.write(body);
    }

    /**
     * Returns AccountView's answer for an injected fault.
     *
     * @param fault SERVER_ERROR or THROTTLE
     * @return the reply
     */
    public Reply faultReply(Fault fault) {
        if (fault == Fault.THROTTLE) {
            return new Reply(429, Reply.JSON, error("TooManyRequests", "Too many requests")
                    .getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "1"));
        }
        return Reply.json(500, error("AccountViewError", "An error occurred while processing the request"));
    }

    /**
     * Writes directly (seeding), with the same validation as POST.
     *
     * @param company the company
     * @param payload a column payload
     * @param update PUT instead of POST
     * @return the stored rows by table
     * @throws IllegalArgumentException with the ErrorMessage if invalid
     */
    public ObjectNode write(AvCompanyState company, JsonNode payload, boolean update) {
        try {
            return writer.write(company, payload, update, now());
        } catch (AvError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Returns copies of all rows of a table.
     *
     * @param company the company
     * @param table e.g. CONTACT
     * @return rows in REC_ID order
     */
    public List<ObjectNode> rows(AvCompanyState company, String table) {
        if (!schema.tables.containsKey(table.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown table " + table + "; known: " + schema.tables.keySet());
        }
        synchronized (company) {
            return company.table(table.toUpperCase(Locale.ROOT)).byRecId.values().stream()
                    .map(ObjectNode::deepCopy).toList();
        }
    }

    /**
     * Returns the schema.
     *
     * @return the schema
     */
    public AvSchema schema() {
        return schema;
    }

    static Map<String, String> queryParams(String raw) {
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, String> pair : FormPairs.decode(raw)) {
            params.putIfAbsent(pair.getKey().toLowerCase(Locale.ROOT), pair.getValue());
        }
        return params;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
