package dev.ledgerbridge.examples.readme;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import java.math.BigDecimal;
import java.time.LocalDate;

/** README: "BuchhaltungsButler client". Compiled only: it needs a real account's credentials. */
final class BuchhaltungsButlerClientSnippets {

    private BuchhaltungsButlerClientSnippets() {
    }

    static BuchhaltungsButlerClient tour(String otherKey) {
        // readme:start client
        BuchhaltungsButlerClient bb = BuchhaltungsButlerClient.builder()
                .apiClient(System.getenv("BB_API_CLIENT")).apiSecret(System.getenv("BB_API_SECRET"))
                .apiKey(System.getenv("BB_API_KEY"))
                .build();                                   // or .transport(sharedTransport)
        for (Debtor d : bb.debtors().list()) {              // auto-paging, explicit limit (100), never the default 25
            System.out.println(d.name() + " <" + d.email() + ">");
        }
        long number = bb.debtors().create(DebtorFields.builder().name("Muster GmbH").email("a@b.de").build());
        CreatedInvoice inv = bb.invoices().create(InvoiceCreate.builder().type(InvoiceType.INVOICE)
                .pricesType(PriceType.NET).companyName("Muster GmbH").date(LocalDate.now())
                .addLine(InvoiceLine.of("Beratung", BigDecimal.TEN, "Std.", new BigDecimal("95"), new BigDecimal("19")))
                .build());                                  // lines become the API's parallel arrays
        bb.receipts().list(ReceiptQuery.outbound().toBuilder().dateFrom(LocalDate.of(2026, 1, 1)).build())
                .forEach(receipt -> System.out.println(receipt.invoiceNumber() + " " + receipt.amount()));
        BuchhaltungsButlerClient otherTenant = bb.withApiKey(otherKey);   // own rate-limit bucket
        // readme:end client
        System.out.println(number + " " + inv);
        return otherTenant;
    }
}
