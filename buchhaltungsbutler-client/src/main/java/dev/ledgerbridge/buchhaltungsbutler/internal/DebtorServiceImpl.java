package dev.ledgerbridge.buchhaltungsbutler.internal;

import dev.ledgerbridge.buchhaltungsbutler.DebtorService;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;

/** Debtors over {@code /settings}. */
public final class DebtorServiceImpl extends BusinessPartnerServiceImpl<Debtor, DebtorFields> implements DebtorService {
    public DebtorServiceImpl(ApiCaller api) {
        super(api, Debtor.class, "debtors", Endpoints.DEBTORS_GET, Endpoints.DEBTOR_ADD, Endpoints.DEBTORS_ADD_BATCH,
                Endpoints.DEBTOR_UPDATE);
    }
}
