package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * What both emulators hold, read over the wire through the real typed clients: AccountView debtors and sales
 * orders, BuchhaltungsButler debtors and outbound invoices (receipts).
 */
record Snapshot(List<AvDebtor> avDebtors, List<AvOrder> avOrders, List<BbDebtor> bbDebtors,
                List<BbInvoice> bbInvoices) {

    record AvDebtor(String number, String name, String email, String customerNumber) {
        String key() {
            return Correspondence.customerKey(email, customerNumber, name);
        }
    }

    record AvOrder(String number, String reference, String debtor, int lines) {
    }

    record BbDebtor(Long account, String name, String contact, String email, String customerNumber, String street) {
        String key() {
            return Correspondence.customerKey(email, customerNumber, name);
        }
    }

    record BbInvoice(long id, String invoiceNumber, String counterparty, BigDecimal amount) {
    }

    static Snapshot read(BuchhaltungsButlerClient bb, CompanyClient av) {
        List<AvDebtor> avDebtors = av.debtors().all().stream()
                .map(d -> new AvDebtor(d.number(), d.name(), d.email(), d.externalNumber()))
                .sorted(Comparator.comparing(AvDebtor::number)).toList();
        List<AvOrder> avOrders = av.salesOrders().all().stream()
                .map(o -> new AvOrder(o.orderNumber(), o.description(), o.invoiceDebtor(), o.lines().size()))
                .sorted(Comparator.comparing(AvOrder::number)).toList();
        List<BbDebtor> bbDebtors = bb.debtors().list().stream()
                .map(d -> new BbDebtor(d.postingaccountNumber(), d.name(), d.contactPersonName(), d.email(),
                        d.customerNumber(), d.street()))
                .sorted(Comparator.comparing(BbDebtor::account, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<BbInvoice> bbInvoices = bb.receipts().list(ReceiptQuery.outbound().toBuilder().pageSize(500).build()).stream()
                .map((Receipt r) -> new BbInvoice(r.id(), r.invoiceNumber(), r.counterparty(), r.amount()))
                .sorted(Comparator.comparingLong(BbInvoice::id)).toList();
        return new Snapshot(avDebtors, avOrders, bbDebtors, bbInvoices);
    }

    String counts() {
        return "AV " + avDebtors.size() + " debtors, " + avOrders.size() + " sales orders; BB " + bbDebtors.size()
                + " debtors, " + bbInvoices.size() + " invoices";
    }
}
