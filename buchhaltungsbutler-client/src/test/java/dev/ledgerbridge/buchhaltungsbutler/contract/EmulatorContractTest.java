package dev.ledgerbridge.buchhaltungsbutler.contract;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.CostLocation;
import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.Creditor;
import dev.ledgerbridge.buchhaltungsbutler.model.CreditorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentAccountType;
import dev.ledgerbridge.buchhaltungsbutler.model.PostingAccount;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptType;
import dev.ledgerbridge.buchhaltungsbutler.model.Transaction;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionQuery;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import dev.ledgerbridge.transport.ManualTimeSource;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed client against the BuchhaltungsButler emulator of the test kit: both sides speak the wire format of
 * the spec, so a disagreement here is a defect on one side. The emulator's 100/min and 5 s batch limits are off
 * (and the client's raised) except in the throttling test.
 */
class EmulatorContractTest {
    private BuchhaltungsButlerEmulator emulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
            .batchInterval(Duration.ZERO).start();
    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2026-03-01T08:00:00Z"));
    private BuchhaltungsButlerClient client = client(emulator, b -> { });

    private BuchhaltungsButlerClient client(BuchhaltungsButlerEmulator bb,
                                            Consumer<BuchhaltungsButlerClient.Builder> options) {
        BuchhaltungsButlerClient.Builder b = BuchhaltungsButlerClient.builder().apiClient(bb.apiClient())
                .apiSecret(bb.apiSecret()).apiKey(bb.apiKey()).baseUrl(bb.baseUrl()).timeSource(time)
                .rateLimits(RateLimitSettings.builder().requestsPerMinute(100_000)
                        .batchInterval(Duration.ofMillis(1)).build());
        options.accept(b);
        return b.build();
    }

    @AfterEach
    void close() {
        emulator.close();
    }

    private long calls(String path) {
        return emulator.requestCount("POST " + path);
    }

    @Test
    void debtorsCreateListPagedWithExplicitLimitAndUpdate() {
        long number = client.debtors().create(DebtorFields.builder().name("Muster GmbH")
                .contactPersonName("Erika Muster").street("Hauptstraße 1").additionalAddressLine("Hinterhaus")
                .zip("10115").city("Berlin").country("DE").vatId("DE123456789").email("erika@muster.de")
                .customerNumber("K-1").iban("DE89370400440532013000").bic("COBADEFFXXX").build());
        for (int i = 0; i < 4; i++) {
            client.debtors().create(DebtorFields.builder().name("Kunde " + i).build());
        }

        List<Debtor> all = client.debtors().list(2).stream().toList();

        assertEquals(5, all.size());
        assertEquals(3, calls("/settings/get/debtors"), "pages of 2, 2, 1");
        Debtor d = all.get(0);
        assertEquals(number, d.postingaccountNumber());
        assertEquals("debitor", d.type());
        assertEquals("Muster GmbH", d.name());
        assertEquals("Erika Muster", d.contactPersonName());
        assertEquals("Hinterhaus", d.additionalAddressLine());
        assertEquals("DE123456789", d.vatId());
        assertEquals("erika@muster.de", d.email());
        assertEquals("K-1", d.customerNumber());
        assertEquals("DE89370400440532013000", d.iban());
        assertEquals("COBADEFFXXX", d.bic());

        Debtor updated = client.debtors().update(number, DebtorFields.from(d).toBuilder().city("Hamburg").build());

        assertEquals("Hamburg", updated.city());
        assertEquals("Hinterhaus", updated.additionalAddressLine());
        assertEquals(number, updated.postingaccountNumber());
        assertEquals("Hamburg", client.debtors().list().stream().findFirst().orElseThrow().city());
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> client.debtors().update(69_999, DebtorFields.builder().name("x").build()));
        assertEquals("24", missing.errorCode().orElseThrow(), missing.getMessage());
    }

    @Test
    void debtorBatchReportsCreatedItemsAndFailedItemsWithTheirRequestData() {
        BatchResult result = client.debtors().createBatch(List.of(
                DebtorFields.builder().name("Eins").email("eins@example.de").build(),
                DebtorFields.builder().name("Zwei").country("Atlantis").build(),
                DebtorFields.builder().name("Drei").build()));

        assertEquals(2, result.created().size(), result.toString());
        assertEquals(1, result.errors().size());
        assertEquals(Optional.of("16"), result.errors().get(0).errorCode());
        assertEquals(Optional.of("Zwei"), result.errors().get(0).requestField("name"));
        assertFalse(result.allSucceeded());
        List<Debtor> all = client.debtors().list().stream().toList();
        assertEquals(List.of(result.created().get(0).postingaccountNumber(), result.created().get(1).postingaccountNumber()),
                all.stream().map(Debtor::postingaccountNumber).toList());
        assertEquals(1, calls("/settings/add-batch/debtors"));
    }

    @Test
    void creditorsMirrorDebtors() {
        long number = client.creditors().create(CreditorFields.builder().name("Lieferant AG").dueInDays(30)
                .email("buchhaltung@lieferant.de").build());
        BatchResult batch = client.creditors().createBatch(List.of(CreditorFields.builder().name("Zweiter").build()));
        Creditor updated = client.creditors().update(number, CreditorFields.builder().name("Lieferant AG")
                .city("München").build());

        List<Creditor> all = client.creditors().list().stream().toList();

        assertEquals(2, all.size());
        assertEquals(1, batch.created().size());
        assertEquals("creditor", all.get(0).type());
        assertEquals("München", updated.city());
        assertEquals("buchhaltung@lieferant.de", all.get(0).email());
        assertTrue(number >= 70_001, "creditor numbers start above the collective account 70000: " + number);
    }

    @Test
    void postingAndPaymentAccounts() {
        long ledger = client.postingAccounts().create(8401, "Erlöse 19 % Sonder", 8400);
        PostingAccount renamed = client.postingAccounts().rename(ledger, "Erlöse Sonder");
        long bank = client.paymentAccounts().create(PaymentAccountCreate.builder().type(PaymentAccountType.BANK)
                .name("Girokonto").postingaccountNumber(1210L).build());

        List<PostingAccount> accounts = client.postingAccounts().list().stream().toList();
        List<PaymentAccount> payment = client.paymentAccounts().list();

        assertEquals(8401, ledger);
        assertEquals("Erlöse Sonder", renamed.name());
        assertTrue(accounts.stream().anyMatch(a -> a.postingaccountNumber() == 8401
                && "Erlöse Sonder".equals(a.name())), accounts.toString());
        assertTrue(payment.stream().anyMatch(a -> a.postingaccountNumber() == bank && "Girokonto".equals(a.name())),
                payment.toString());
    }

    @Test
    void createdInvoiceIsVisibleAsOutboundReceiptInListAndDetail() {
        CreatedInvoice created = client.invoices().create(InvoiceCreate.builder().type(InvoiceType.INVOICE)
                .pricesType(PriceType.NET).companyName("Muster GmbH").date(LocalDate.of(2026, 3, 1))
                .invoiceNumber("SO-1001").dueDays(14).paymentConditions("14 Tage netto")
                .addLine(InvoiceLine.of("Beratung", new BigDecimal("2"), "Std.", new BigDecimal("100.00"),
                        new BigDecimal("19")))
                .addLine(InvoiceLine.of("Material", new BigDecimal("1"), "Stk.", new BigDecimal("19.99"),
                        new BigDecimal("7")))
                .build());
        client.invoices().create(InvoiceCreate.builder().type(InvoiceType.OFFER).pricesType(PriceType.GROSS)
                .companyName("Muster GmbH").date(LocalDate.of(2026, 3, 2))
                .addLine(InvoiceLine.of("Angebot", BigDecimal.ONE, "Stk.", BigDecimal.TEN, new BigDecimal("19")))
                .build());

        assertEquals("SO-1001", created.invoiceNumber());
        assertNotNull(created.id());
        List<Receipt> outbound = client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                .invoiceNumber("SO-1001").build()).stream().toList();
        assertEquals(1, outbound.size());
        Receipt r = outbound.get(0);
        assertEquals(created.id(), r.id());
        assertEquals(ReceiptType.INVOICE_OUTBOUND, r.type());
        assertEquals("Muster GmbH", r.counterparty());
        assertEquals(0, new BigDecimal("259.39").compareTo(r.amount()), "2*100*1.19 + 19.99*1.07: " + r.amount());
        assertEquals(LocalDate.of(2026, 3, 15), r.dueDate());
        assertEquals(1, client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND).build())
                .stream().count(), "offers are listed only with include_offers");
        assertEquals(2, client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                .includeOffers(true).build()).stream().count());
        Receipt detail = client.receipts().get(created.id()).orElseThrow();
        assertEquals("SO-1001", detail.invoiceNumber());
        assertEquals("outbound", detail.listDirection());
        assertEquals("EUR", detail.currency());
        assertTrue(client.receipts().getWithFile(created.id()).orElseThrow().fileContent().length > 0);
        assertEquals(Optional.empty(), client.receipts().get(9_999));
    }

    @Test
    void receiptsAddBatchDeleteRestoreAndPaging() {
        long id = client.receipts().create(ReceiptCreate.builder().type(ReceiptType.INVOICE_INBOUND)
                .counterparty("Lieferant AG").invoiceNumber("L-1").date(LocalDate.of(2026, 2, 1))
                .amount(new BigDecimal("119.00")).currency("EUR").vatRate(new BigDecimal("19")).build());
        BatchResult batch = client.receipts().createBatch(List.of(
                ReceiptCreate.builder().type(ReceiptType.INVOICE_INBOUND).counterparty("A").invoiceNumber("L-2")
                        .date(LocalDate.of(2026, 2, 2)).amount(BigDecimal.TEN).currency("EUR").build(),
                ReceiptCreate.builder().type(ReceiptType.INVOICE_INBOUND).counterparty("B").invoiceNumber("L-3")
                        .date(LocalDate.of(2026, 2, 3)).amount(BigDecimal.ONE).currency("EUR").build()));

        assertEquals(2, batch.created().size(), batch.toString());
        List<Receipt> inbound = client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.INBOUND)
                .pageSize(2).build()).stream().toList();
        assertEquals(3, inbound.size());
        assertEquals(2, calls("/receipts/get"), "pages of 2 and 1");
        assertEquals(0, new BigDecimal("119.00").compareTo(inbound.get(0).amount()));

        client.receipts().delete(id);
        assertTrue(client.receipts().get(id).orElseThrow().deleted());
        assertEquals(2, client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.INBOUND).build())
                .stream().count());
        client.receipts().restore(id);
        assertFalse(client.receipts().get(id).orElseThrow().deleted());
        assertThrows(NotFoundException.class, () -> client.receipts().delete(9_999));
    }

    @Test
    void transactionsAddBatchListAndGet() {
        long bank = client.paymentAccounts().create(PaymentAccountCreate.builder().type(PaymentAccountType.BANK)
                .name("Girokonto").postingaccountNumber(1210L).build());
        long id = client.transactions().create(TransactionCreate.builder().account(bank).toFrom("Muster GmbH")
                .amount(new BigDecimal("238.00")).bookingDate(LocalDateTime.of(2026, 3, 2, 0, 0))
                .purpose("RE SO-1001").currency("EUR").build());
        BatchResult batch = client.transactions().createBatch(List.of(TransactionCreate.builder().account(bank)
                .toFrom("B").amount(new BigDecimal("-12.30")).bookingDate(LocalDateTime.of(2026, 3, 3, 0, 0))
                .purpose("Gebühr").currency("EUR").build()));

        assertEquals(1, batch.created().size(), batch.toString());
        List<Transaction> all = client.transactions().list(TransactionQuery.builder().account(bank).build())
                .stream().toList();
        assertEquals(2, all.size());
        Transaction t = client.transactions().get(id).orElseThrow();
        assertEquals("Muster GmbH", t.toFrom());
        assertEquals(0, new BigDecimal("238.00").compareTo(t.amount()));
        assertEquals(Optional.empty(), client.transactions().get(9_999));
    }

    @Test
    void costLocationsCreateReadUpdateDelete() {
        String code = client.costLocations().create("KS1", "Vertrieb");
        client.costLocations().update("KS1", "Vertrieb Nord");

        assertEquals("KS1", code);
        assertEquals(Optional.of("Vertrieb Nord"), client.costLocations().get("KS1").map(CostLocation::name));
        assertEquals(1, client.costLocations().list().stream().count());
        client.costLocations().delete("KS1");
        assertEquals(Optional.empty(), client.costLocations().get("KS1"));
    }

    @Test
    void invalidInputIsRefusedWithItsFieldAndCode() {
        ApiException e = assertThrows(ApiException.class, () -> client.debtors().create(DebtorFields.builder()
                .name("X").country("Atlantis").build()));

        assertEquals("16", e.errorCode().orElse(null), e.getMessage());
        assertTrue(e.getMessage().contains("country"), e.getMessage());
        assertEquals(400, e.httpStatus());
        RequestValidationException before = assertThrows(RequestValidationException.class,
                () -> client.debtors().create(DebtorFields.builder().name("Y").email("kein-mail").build()));
        assertTrue(before.getMessage().contains("email='kein-mail'"), before.getMessage());
        assertThrows(RequestValidationException.class, () -> client.debtors().create(DebtorFields.builder()
                .build()), "name is checked before sending");
        assertEquals(1, emulator.stats().total(), "only the first call reached the server");
    }

    @Test
    void wrongSecretIsAnAuthenticationFailureWithoutTheSecretInTheMessage() {
        BuchhaltungsButlerClient wrong = client(emulator, b -> b.apiSecret("not-the-secret"));

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> wrong.debtors().list()
                .stream().count());

        assertFalse(e.getMessage().contains("not-the-secret"), e.getMessage());
        BuchhaltungsButlerClient unknownKey = client.withApiKey("unknown-api-key");
        assertThrows(AuthenticationException.class, () -> unknownKey.debtors().list().stream().count());
    }

    @Test
    void unknownPathIsNotFound() {
        BuchhaltungsButlerClient wrongBase = client(emulator, b -> b.baseUrl(emulator.baseUrl() + "/v0"));

        NotFoundException e = assertThrows(NotFoundException.class, () -> wrongBase.debtors().list().stream().count());

        assertTrue(e.getMessage().contains("HTML"), e.getMessage());
    }

    @Test
    void serverThrottlingIsRateLimited() {
        emulator.close();
        emulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(2).batchInterval(Duration.ZERO).start();
        client = client(emulator, b -> b.rateLimits(RateLimitSettings.disabled()).throttleRetries(0));
        client.debtors().create(DebtorFields.builder().name("Eins").build());
        client.debtors().create(DebtorFields.builder().name("Zwei").build());

        assertThrows(RateLimitedException.class, () -> client.debtors().create(DebtorFields.builder().name("Drei")
                .build()));
        assertThrows(RateLimitedException.class, () -> client.debtors().list().stream().count());
        assertThrows(RateLimitedException.class, () -> client.receipts().list(ReceiptQuery.builder()
                .direction(ReceiptDirection.OUTBOUND).build()).stream().count());
    }

    @Test
    void batchIntervalIsThrottling() {
        emulator.close();
        emulator = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ofSeconds(5))
                .start();
        client = client(emulator, b -> b.rateLimits(RateLimitSettings.disabled()).throttleRetries(0));
        client.debtors().createBatch(List.of(DebtorFields.builder().name("Eins").build()));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client.debtors().createBatch(List.of(DebtorFields.builder().name("Zwei").build())));

        assertEquals("15", e.errorCode().orElse(null));
        assertEquals(1, emulator.tenant().debtors().size(), "the refused batch was not applied");
    }
}
