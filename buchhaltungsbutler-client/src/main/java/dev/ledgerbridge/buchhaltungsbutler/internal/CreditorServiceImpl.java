package dev.ledgerbridge.buchhaltungsbutler.internal;

import dev.ledgerbridge.buchhaltungsbutler.CreditorService;
import dev.ledgerbridge.buchhaltungsbutler.model.Creditor;
import dev.ledgerbridge.buchhaltungsbutler.model.CreditorFields;

/** Creditors over {@code /settings}. */
public final class CreditorServiceImpl extends BusinessPartnerServiceImpl<Creditor, CreditorFields> implements CreditorService {
    public CreditorServiceImpl(ApiCaller api) {
        super(api, Creditor.class, "creditors", Endpoints.CREDITORS_GET, Endpoints.CREDITOR_ADD, Endpoints.CREDITORS_ADD_BATCH,
                Endpoints.CREDITOR_UPDATE);
    }
}
