package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGACCOUNTS_GET;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGACCOUNT_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.POSTINGACCOUNT_UPDATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.PostingAccountService;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingAccountQuery;
import dev.ledgerbridge.transport.paging.PagedIterable;

/** Chart of accounts over {@code /settings}. */
public final class PostingAccountServiceImpl implements PostingAccountService {
    private static final int DEFAULT_PAGE = 1000;
    private final ApiCaller api;

    public PostingAccountServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public PagedIterable<PostingAccount> list() {
        return list(PostingAccountQuery.builder().build());
    }

    @Override
    public PagedIterable<PostingAccount> list(PostingAccountQuery query) {
        return api.pagedQuery(POSTINGACCOUNTS_GET, query, PostingAccountQuery::pageSize, DEFAULT_PAGE, PostingAccount.class);
    }

    @Override
    public long create(long postingaccountNumber, String name, long parentPostingaccountNumber) {
        Checks.on(POSTINGACCOUNT_ADD).positive("postingaccountNumber", postingaccountNumber).notBlank("name", name)
                .positive("parentPostingaccountNumber", parentPostingaccountNumber).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("name", name);
        body.put("postingaccount_number", postingaccountNumber);
        body.put("parent_postingaccount_number", parentPostingaccountNumber);
        JsonNode root = api.call(POSTINGACCOUNT_ADD, body);
        return Checks.longField(root, "postingaccount_number", POSTINGACCOUNT_ADD);
    }

    @Override
    public PostingAccount rename(long postingaccountNumber, String name) {
        Checks.on(POSTINGACCOUNT_UPDATE).positive("postingaccountNumber", postingaccountNumber)
                .notBlank("name", name).throwIfAny();
        ObjectNode body = api.emptyBody();
        body.put("name", name);
        body.put("postingaccount_number", postingaccountNumber);
        JsonNode root = api.call(POSTINGACCOUNT_UPDATE, body);
        return ApiCaller.convert(root.path("data"), PostingAccount.class, POSTINGACCOUNT_UPDATE);
    }
}
