package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.BusinessPartner;
import dev.ledgerbridge.buchhaltungsbutler.model.BusinessPartnerFields;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.util.List;
import java.util.Objects;

/**
 * Creditors and debtors over {@code /settings}: the two resources have the same four calls and
 * differ only in paths, the batch key and the record types.
 *
 * @param <R> the record read back
 * @param <F> the writable fields
 */
abstract class BusinessPartnerServiceImpl<R extends BusinessPartner, F extends BusinessPartnerFields> {
    private final ApiCaller api;
    private final Class<R> recordType;
    private final String batchKey;
    private final Endpoint list;
    private final Endpoint add;
    private final Endpoint addBatch;
    private final Endpoint update;

    BusinessPartnerServiceImpl(ApiCaller api, Class<R> recordType, String batchKey, Endpoint list, Endpoint add,
            Endpoint addBatch, Endpoint update) {
        this.api = api;
        this.recordType = recordType;
        this.batchKey = batchKey;
        this.list = list;
        this.add = add;
        this.addBatch = addBatch;
        this.update = update;
    }

    public PagedIterable<R> list() {
        return list(api.settings().debtorPageSize());
    }

    public PagedIterable<R> list(int pageSize) {
        return list(pageSize, 0);
    }

    public PagedIterable<R> list(int pageSize, int offset) {
        Checks.Collector c = Checks.on(list).positive("pageSize", pageSize);
        if (offset < 0) {
            c.add("offset", offset, "must be >= 0");
        }
        c.throwIfAny();
        return api.paged(list, api.emptyBody(), pageSize, offset, recordType);
    }

    public long create(F fields) {
        Checks.Collector c = Checks.on(add).bean("", fields);
        if (fields != null) {
            c.notBlank("name", fields.name());
        }
        c.throwIfAny();
        JsonNode root = api.call(add, ApiCaller.mapper().valueToTree(fields));
        return Checks.longField(root, "postingaccount_number", add);
    }

    public BatchResult createBatch(List<F> items) {
        Checks.Collector c = Checks.on(addBatch);
        Checks.validateItems(c, batchKey, items, 0);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null) {
                    c.notBlank(batchKey + "[" + i + "].name", items.get(i).name());
                }
            }
        }
        c.throwIfAny();
        return api.batch(addBatch, batchKey, items);
    }

    public R update(long postingaccountNumber, F changes) {
        Checks.Collector c = Checks.on(update).positive("postingaccountNumber", postingaccountNumber)
                .bean("", changes);
        if (changes != null && changes.postingaccountNumber() != null
                && !Objects.equals(changes.postingaccountNumber(), postingaccountNumber)) {
            c.add("postingaccountNumber", changes.postingaccountNumber(),
                    "cannot be changed; must be unset or equal to " + postingaccountNumber);
        }
        c.throwIfAny();
        ObjectNode body = ApiCaller.mapper().valueToTree(changes);
        body.put("postingaccount_number", postingaccountNumber); // an integer on this endpoint
        JsonNode root = api.call(update, body);
        return ApiCaller.convert(root.path("data"), recordType, update);
    }
}
