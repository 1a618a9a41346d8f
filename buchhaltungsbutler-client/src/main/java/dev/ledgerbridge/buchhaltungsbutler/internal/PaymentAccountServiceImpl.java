package dev.ledgerbridge.buchhaltungsbutler.internal;

import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.ACCOUNTS_ADD;
import static dev.ledgerbridge.buchhaltungsbutler.internal.Endpoints.ACCOUNTS_GET;

import dev.ledgerbridge.buchhaltungsbutler.PaymentAccountService;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountCreate;
import java.util.List;

/** Payment accounts over {@code /accounts}. */
public final class PaymentAccountServiceImpl implements PaymentAccountService {
    private final ApiCaller api;

    public PaymentAccountServiceImpl(ApiCaller api) {
        this.api = api;
    }

    @Override
    public List<PaymentAccount> list() {
        return List.copyOf(ApiCaller.list(api.call(ACCOUNTS_GET, api.emptyBody()).path("data"), PaymentAccount.class,
                ACCOUNTS_GET));
    }

    @Override
    public long create(PaymentAccountCreate account) {
        Checks.on(ACCOUNTS_ADD).bean("", account).throwIfAny();
        return Checks.longField(api.call(ACCOUNTS_ADD, ApiCaller.mapper().valueToTree(account)),
                "postingaccount_number", ACCOUNTS_ADD);
    }
}
