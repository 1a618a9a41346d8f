package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The naive per-record algorithm on the typed clients: no state, no batching, no prefetch, no hashes. Per
 * customer: a look-up in BuchhaltungsButler (a full debtor list sweep: its API cannot search) and a write; per
 * order: a look-up of the invoice, of the AccountView debtor, of the BuchhaltungsButler debtor (sweep) and a write
 * of it, one article look-up per line, and the invoice; and an OAuth token refresh before every AccountView call.
 */
final class NaiveClients {
    private final EmulatorWorld w;

    NaiveClients(EmulatorWorld w) {
        this.w = w;
    }

    private void refresh() {
        w.avClient.refreshTokens();
    }

    void customers() {
        refresh();
        for (Debtor debtor : w.avCompany.debtors().all()) {
            upsertDebtor(debtor);
        }
    }

    void orders() {
        refresh();
        for (SalesOrder order : w.avCompany.salesOrders().all()) {
            boolean exists = w.bbClient.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                    .invoiceNumber(order.orderNumber()).build()).stream().findAny().isPresent();
            if (exists) {
                continue;
            }
            refresh();
            Debtor debtor = w.avCompany.debtors().byNumber(order.invoiceDebtor()).orElseThrow();
            long number = upsertDebtor(debtor);
            InvoiceCreate.Builder invoice = InvoiceCreate.builder().type(InvoiceType.INVOICE).pricesType(PriceType.NET)
                    .companyName(debtor.name()).date(LocalDate.of(2026, 11, 20)).customerNumber(Long.toString(number))
                    .invoiceNumber(order.orderNumber());
            for (SalesOrderLine line : order.lines()) {
                refresh();
                w.avCompany.articles().byCode(line.articleCode()).orElseThrow();
                invoice.addLine(InvoiceLine.builder().name(line.articleCode()).quantity(line.quantity())
                        .unit("Stk.").unitPrice(line.unitPrice()).vatPercent(new BigDecimal("19")).build());
            }
            w.bbClient.invoices().create(invoice.build());
        }
    }

    private long upsertDebtor(Debtor debtor) {
        Optional<Long> found = w.bbClient.debtors().list().stream()
                .filter(d -> debtor.email() != null && debtor.email().equalsIgnoreCase(d.email()))
                .map(dev.ledgerbridge.buchhaltungsbutler.model.Debtor::postingaccountNumber).findFirst();
        DebtorFields fields = DebtorFields.builder().name(debtor.name()).email(debtor.email())
                .street(debtor.address()).zip(debtor.postalCode()).city(debtor.city()).country(debtor.countryCode())
                .build();
        if (found.isPresent()) {
            w.bbClient.debtors().update(found.get(), fields);
            return found.get();
        }
        return w.bbClient.debtors().create(fields);
    }
}
