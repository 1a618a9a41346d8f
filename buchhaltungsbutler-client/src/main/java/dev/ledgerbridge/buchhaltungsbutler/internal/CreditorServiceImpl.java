package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.CREDITORS_ADD_BATCH;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.CREDITORS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.CREDITOR_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.CREDITOR_UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.CreditorService;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Creditor;
import dev.ledgerbridge.buchhaltungsbutler.model.CreditorFields;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.Objects;

/** Creditors over {@code /settings}. */
public final class CreditorServiceImpl implements CreditorService {
    private final ApiCaller api;

    public CreditorServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<Creditor> list() {
        return list(api.settings().debtorPageSize());
    }

    @Override
    public PagedIterable<Creditor> list(int pageSize) {
        Checks.on(CREDITORS_GET).positive("pageSize", pageSize).throwIfAny();
        return api.paged(CREDITORS_GET, api.emptyBody(), pageSize, Creditor.class);
    }

    @Override
    public long create(CreditorFields creditor) {
        Checks.Collector c = Checks.on(CREDITOR_ADD).bean("", creditor);
        if (creditor != null) {
            c.notBlank("name", creditor.name());
        }
        c.throwIfAny();
        JsonNode root = api.call(CREDITOR_ADD, ApiCaller.mapper().valueToTree(creditor));
        return Checks.longField(root, "postingaccount_number", CREDITOR_ADD);
    }

    @Override
    public BatchResult createBatch(List<CreditorFields> creditors) {
        Checks.Collector c = Checks.on(CREDITORS_ADD_BATCH);
        Checks.validateItems(c, "creditors", creditors, 0);
        if (creditors != null) {
            for (int i = 0; i < creditors.size(); i++) {
                if (creditors.get(i) != null) {
                    c.notBlank("creditors[" + i + "].name", creditors.get(i).name());
                }
            }
        }
        c.throwIfAny();
        ObjectNode body = api.emptyBody();
        body.set("creditors", Checks.array(creditors, d -> ApiCaller.mapper().valueToTree(d)));
        return Checks.batch(api.call(CREDITORS_ADD_BATCH, body), "creditors", CREDITORS_ADD_BATCH);
    }

    @Override
    public Creditor update(long postingaccountNumber, CreditorFields changes) {
        Checks.Collector c = Checks.on(CREDITOR_UPDATE).positive("postingaccountNumber", postingaccountNumber)
                .bean("", changes);
        if (changes != null && changes.postingaccountNumber() != null
                && !Objects.equals(changes.postingaccountNumber(), postingaccountNumber)) {
            c.add("postingaccountNumber", changes.postingaccountNumber(),
                    "cannot be changed; must be unset or equal to " + postingaccountNumber);
        }
        c.throwIfAny();
        ObjectNode body = ApiCaller.mapper().valueToTree(changes);
        body.put("postingaccount_number", postingaccountNumber); // an integer on this endpoint
        JsonNode root = api.call(CREDITOR_UPDATE, body);
        return ApiCaller.convert(root.path("data"), Creditor.class, CREDITOR_UPDATE);
    }
}
