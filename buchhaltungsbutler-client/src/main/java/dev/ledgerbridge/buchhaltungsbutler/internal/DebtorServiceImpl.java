package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.DEBTORS_ADD_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.DEBTORS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.DEBTOR_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.DEBTOR_UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.DebtorService;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.Objects;

/** Debtors over {@code /settings}. */
public final class DebtorServiceImpl implements DebtorService {
    private final ApiCaller api;

    public DebtorServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<Debtor> list() {
        return list(api.settings().debtorPageSize());
    }

    @Override
    public PagedIterable<Debtor> list(int pageSize) {
        Checks.on(DEBTORS_GET).positive("pageSize", pageSize).throwIfAny();
        return api.paged(DEBTORS_GET, api.emptyBody(), pageSize, Debtor.class);
    }

    @Override
    public long create(DebtorFields debtor) {
        Checks.Collector c = Checks.on(DEBTOR_ADD).bean("", debtor);
        if (debtor != null) {
            c.notBlank("name", debtor.name());
        }
        c.throwIfAny();
        JsonNode root = api.call(DEBTOR_ADD, ApiCaller.mapper().valueToTree(debtor));
        return Checks.longField(root, "postingaccount_number", DEBTOR_ADD);
    }

    @Override
    public BatchResult createBatch(List<DebtorFields> debtors) {
        Checks.Collector c = Checks.on(DEBTORS_ADD_BATCH);
        Checks.validateItems(c, "debtors", debtors, 0);
        if (debtors != null) {
            for (int i = 0; i < debtors.size(); i++) {
                if (debtors.get(i) != null) {
                    c.notBlank("debtors[" + i + "].name", debtors.get(i).name());
                }
            }
        }
        c.throwIfAny();
        ObjectNode body = api.emptyBody();
        body.set("debtors", Checks.array(debtors, d -> ApiCaller.mapper().valueToTree(d)));
        return Checks.batch(api.call(DEBTORS_ADD_BATCH, body), "debtors", DEBTORS_ADD_BATCH);
    }

    @Override
    public Debtor update(long postingaccountNumber, DebtorFields changes) {
        Checks.Collector c = Checks.on(DEBTOR_UPDATE).positive("postingaccountNumber", postingaccountNumber)
                .bean("", changes);
        if (changes != null && changes.postingaccountNumber() != null
                && !Objects.equals(changes.postingaccountNumber(), postingaccountNumber)) {
            c.add("postingaccountNumber", changes.postingaccountNumber(),
                    "cannot be changed; must be unset or equal to " + postingaccountNumber);
        }
        c.throwIfAny();
        ObjectNode body = ApiCaller.mapper().valueToTree(changes);
        body.put("postingaccount_number", postingaccountNumber); // an integer on this endpoint
        JsonNode root = api.call(DEBTOR_UPDATE, body);
        return ApiCaller.convert(root.path("data"), Debtor.class, DEBTOR_UPDATE);
    }
}
