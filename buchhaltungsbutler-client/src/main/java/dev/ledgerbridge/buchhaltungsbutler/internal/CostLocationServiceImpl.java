package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.COST_LOCATIONS_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.COST_LOCATIONS_DELETE;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.COST_LOCATIONS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.COST_LOCATIONS_UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.CostLocationService;
import dev.ledgerbridge.buchhaltungsbutler.model.CostLocation;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cost locations over {@code /cost-locations}. */
public final class CostLocationServiceImpl implements CostLocationService {
    private static final int MAX_PAGE = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,10}");
    private final ApiCaller api;

    public CostLocationServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<CostLocation> list() {
        return api.paged(COST_LOCATIONS_GET, api.emptyBody(), MAX_PAGE, CostLocation.class);
    }

    @Override
    public Optional<CostLocation> get(String code) {
        checkCode(COST_LOCATIONS_GET, code).throwIfAny();
        ObjectNode filters = api.emptyBody();
        filters.put("code", code);
        return api.paged(COST_LOCATIONS_GET, filters, MAX_PAGE, CostLocation.class).stream()
                .filter(c -> code.equals(c.code())).findFirst();
    }

    @Override
    public String create(String code, String name) {
        checkCode(COST_LOCATIONS_ADD, code).notBlank("name", name).throwIfAny();
        JsonNode root = api.call(COST_LOCATIONS_ADD, body(code, name));
        return root.path("code").asText(code);
    }

    @Override
    public void update(String code, String name) {
        checkCode(COST_LOCATIONS_UPDATE, code).notBlank("name", name).throwIfAny();
        api.call(COST_LOCATIONS_UPDATE, body(code, name));
    }

    @Override
    public void delete(String code) {
        checkCode(COST_LOCATIONS_DELETE, code).throwIfAny();
        api.call(COST_LOCATIONS_DELETE, body(code, null));
    }

    private ObjectNode body(String code, String name) {
        ObjectNode body = api.emptyBody();
        body.put("code", code);
        if (name != null) {
            body.put("name", name);
        }
        return body;
    }

    private static Checks.Collector checkCode(Endpoint ep, String code) {
        Checks.Collector c = Checks.on(ep);
        if (code == null || !CODE.matcher(code).matches()) {
            c.add("code", code, "must be 1 to 10 letters or digits");
        }
        return c;
    }
}
