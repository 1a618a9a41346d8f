package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.EInvoiceTaxType;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLanguage;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.RecurringInterval;
import dev.ledgerbridge.transport.error.QuotaExceededException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceServiceTest extends WireTest {

    static InvoiceCreate.Builder invoice() {
        return InvoiceCreate.builder().type(InvoiceType.INVOICE).pricesType(PriceType.NET).companyName("Kunde GmbH")
                .date(LocalDate.of(2026, 3, 1))
                .addLine(InvoiceLine.of("Beratung", new BigDecimal("10"), "Std.", new BigDecimal("20"),
                        new BigDecimal("19")))
                .addLine(InvoiceLine.builder().name("Buch").quantity(new BigDecimal("2.5")).unit("Stk.")
                        .unitPrice(new BigDecimal("19.99")).vatPercent(new BigDecimal("7")).description("Gebunden")
                        .build());
    }

    @Test
    void createTurnsLinesIntoParallelStringArrays() {
        stub("/invoices/create", fixture("invoices-create.response.json"));

        CreatedInvoice created = client.invoices().create(invoice().customerNumber("K-1").dueDays(14)
                .language(InvoiceLanguage.ENGLISH).showBankData(true).build());

        verifyPost("/invoices/create", "{\"type\":\"invoice\",\"show_prices_type\":\"net\",\"company_name\":\"Kunde GmbH\","
                + "\"date\":\"2026-03-01\",\"customer_number\":\"K-1\",\"due_days\":\"14\",\"language\":\"en_US\","
                + "\"show_bankdata\":true,"
                + "\"item_name\":[\"Beratung\",\"Buch\"],\"item_amount\":[\"10\",\"2.5\"],\"item_unit\":[\"Std.\",\"Stk.\"],"
                + "\"item_single_price\":[\"20\",\"19.99\"],\"item_description\":[\"\",\"Gebunden\"],"
                + "\"item_vat\":[\"19\",\"7\"]}");
        assertEquals(123L, created.id());
        assertEquals("123", created.invoiceNumber());
        assertEquals("file123", created.fileName());
    }

    @Test
    void createRequiresVatPerLineAndAtLeastOneLine() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.invoices().create(invoice().addLine(InvoiceLine.builder().name("x")
                        .quantity(BigDecimal.ONE).unit("Stk.").unitPrice(BigDecimal.TEN).build()).build()));
        assertEquals("lines[2].vatPercent", e.violations().get(0).field());
        RequestValidationException noLines = assertThrows(RequestValidationException.class,
                () -> client.invoices().create(InvoiceCreate.builder().type(InvoiceType.OFFER)
                        .pricesType(PriceType.GROSS).companyName("K").date(LocalDate.of(2026, 1, 1)).build()));
        assertTrue(noLines.getMessage().contains("lines"), noLines.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void recurringNeedsNextDate() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.invoices().create(invoice().recurringInterval(RecurringInterval.MONTHLY).build()));
        assertTrue(e.getMessage().contains("recurringDateNext is required"), e.getMessage());
    }

    @Test
    void quotaReachedIsNotRetryable() {
        stub("/invoices/create", 403,
                "{\"success\":false,\"error_code\":33,\"message\":\"customer has reached the upload limit\"}");
        QuotaExceededException e = assertThrows(QuotaExceededException.class,
                () -> client.invoices().create(invoice().build()));
        assertFalse(e.isRetryable());
        assertEquals(1, requestCount());
    }

    @Test
    void eInvoiceUsesTaxTypesAndBuyerReference() {
        stub("/invoices/create/e-invoice", "{\"success\":true,\"message\":\"\",\"id_by_customer\":124,"
                + "\"invoicenumber\":\"RE-1002\",\"file_name\":\"x.xml\"}");
        InvoiceCreate inv = InvoiceCreate.builder().type(InvoiceType.INVOICE).pricesType(PriceType.NET)
                .companyName("Amt").date(LocalDate.of(2026, 3, 1)).street("Weg 1").zip("10115").city("Berlin")
                .country("DE").email("e@amt.example")
                .addLine(InvoiceLine.builder().name("Leistung").quantity(BigDecimal.ONE).unit("Stk.")
                        .unitPrice(new BigDecimal("100.00")).taxType(EInvoiceTaxType.STANDARD)
                        .taxPercent(new BigDecimal("19")).build())
                .build();

        CreatedInvoice c = client.invoices().createEInvoice(inv, "04011000-12345-67");

        verifyPost("/invoices/create/e-invoice", "{\"type\":\"invoice\",\"show_prices_type\":\"net\","
                + "\"company_name\":\"Amt\",\"date\":\"2026-03-01\",\"street\":\"Weg 1\",\"zip\":\"10115\","
                + "\"city\":\"Berlin\",\"country\":\"DE\",\"email\":\"e@amt.example\",\"item_name\":[\"Leistung\"],"
                + "\"item_amount\":[\"1\"],\"item_unit\":[\"Stk.\"],\"item_single_price\":[\"100.00\"],"
                + "\"item_tax_type\":[\"S\"],\"item_tax_amount\":[\"19\"],\"e_invoice_id\":\"04011000-12345-67\"}");
        assertEquals(124L, c.id());
    }

    @Test
    void eInvoiceRequiresAddressAndTaxType() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.invoices().createEInvoice(invoice().build()));
        String m = e.getMessage();
        assertTrue(m.contains("street") && m.contains("email") && m.contains("lines[0].taxType"), m);
        assertEquals(0, requestCount());
    }

    @Test
    void draftReturnsNothingAndRefusesNumber() {
        stub("/invoices/create/draft", "{\"success\":true,\"message\":\"\"}");
        client.invoices().createDraft(invoice().build());
        server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(BASE + "/invoices/create/draft")));
        verifyPost("/invoices/create/draft", "{\"type\":\"invoice\",\"show_prices_type\":\"net\","
                + "\"company_name\":\"Kunde GmbH\",\"date\":\"2026-03-01\",\"item_name\":[\"Beratung\",\"Buch\"],"
                + "\"item_amount\":[\"10\",\"2.5\"],\"item_unit\":[\"Std.\",\"Stk.\"],\"item_single_price\":[\"20\",\"19.99\"],"
                + "\"item_description\":[\"\",\"Gebunden\"],\"item_vat\":[\"19\",\"7\"]}");
        assertThrows(RequestValidationException.class,
                () -> client.invoices().createDraft(invoice().invoiceNumber("RE-1").build()));
        assertEquals(1, requestCount());
    }
}
