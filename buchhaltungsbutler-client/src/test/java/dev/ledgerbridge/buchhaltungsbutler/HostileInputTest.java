package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionCreate;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import dev.ledgerbridge.transport.error.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile numbers in requests, hostile servers in responses: typed errors, never an OutOfMemoryError or a hang. */
class HostileInputTest extends WireTest {

    @Test
    void aWriteAnsweredWithAnOversizedBodyIsReportedAsAnsweredAndNotRetried() {
        stub("/invoices/create", "{\"success\":true,\"data\":{\"id_by_customer\":1,\"padding\":\"" + "x".repeat(4096)
                + "\"}}");
        BuchhaltungsButlerClient small = builder().maxResponseBytes(1024).build();

        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                () -> small.invoices().create(InvoiceServiceTest.invoice().build()));

        assertEquals(200, e.httpStatus());
        assertTrue(e.getMessage().contains("POST /invoices/create") && e.getMessage().contains("1024 bytes"),
                e.getMessage());
        assertEquals(1, requestCount());
    }

    private RequestValidationException refusedInvoice(InvoiceLine line) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(RequestValidationException.class,
                () -> client.invoices().create(InvoiceServiceTest.invoice().addLine(line).build())));
    }

    @Test
    void aPriceWithAHugeExponentIsRefusedBeforeSendingNamingFieldValueAndRule() {
        RequestValidationException e = refusedInvoice(InvoiceLine.of("Schraube", BigDecimal.ONE, "Stk.",
                new BigDecimal("1E+999999999"), new BigDecimal("19")));

        Violation v = e.violations().get(0);
        assertEquals("lines[2].unitPrice", v.field());
        assertEquals("1E+999999999", v.value());
        assertTrue(v.rule().contains("15") && v.rule().contains("6"), v.rule());
        assertEquals(0, requestCount());
    }

    @Test
    void aQuantityWithAHugeNegativeExponentIsRefusedToo() {
        RequestValidationException e = refusedInvoice(InvoiceLine.of("Schraube", new BigDecimal("1E-999999999"),
                "Stk.", BigDecimal.TEN, new BigDecimal("19")));
        assertEquals("lines[2].quantity", e.violations().get(0).field());
        assertEquals(0, requestCount());
    }

    @Test
    void aTenMillionDigitAmountIsRefusedWithAShortMessage() {
        BigDecimal huge = new BigDecimal(BigInteger.ONE.shiftLeft(33_300_000)); // about ten million digits
        RequestValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                RequestValidationException.class, () -> client.transactions().create(TransactionCreate.builder()
                        .account(1L).toFrom("Kunde").amount(huge).bookingDate(java.time.LocalDateTime.of(2026, 1, 2, 0, 0)).build())));
        assertEquals("amount", e.violations().get(0).field());
        assertTrue(e.getMessage().length() < 1000, "message of " + e.getMessage().length() + " chars");
        assertEquals("(a number of about 10024299 digits)", e.violations().get(0).value());
        assertEquals(0, requestCount());
    }

    @Test
    void fifteenIntegerAndSixFractionDigitsAreSentAsPlainText() {
        stub("/invoices/create", fixture("invoices-create.response.json"));
        client.invoices().create(InvoiceServiceTest.invoice().addLine(InvoiceLine.of("Teuer",
                new BigDecimal("0.000001"), "Stk.", new BigDecimal("999999999999999.999999"), new BigDecimal("19")))
                .build());
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(BASE + "/invoices/create"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "\"item_single_price\":[\"20\",\"19.99\",\"999999999999999.999999\"]")));
    }

    @Test
    void aResponseAmountWithAHugeExponentIsAParseErrorNamingTheField() {
        stub("/receipts/get/7", "{\"success\":true,\"data\":{\"id_by_customer\":\"7\",\"amount\":1E+999999999}}");
        ResponseParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                ResponseParseException.class, () -> client.receipts().get(7)));
        assertTrue(e.getMessage().contains("amount") && e.getMessage().contains("POST /receipts/get"), e.getMessage());
    }

    @Test
    void aResponseAmountAsStringWithAHugeExponentIsAParseErrorNamingTheField() {
        stub("/receipts/get/7", "{\"success\":true,\"data\":{\"id_by_customer\":\"7\",\"amount\":\"1E+999999999\"}}");
        ResponseParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                ResponseParseException.class, () -> client.receipts().get(7)));
        assertTrue(e.getMessage().contains("amount"), e.getMessage());
    }

    @Test
    void aResponseNumberOfThousandsOfDigitsIsAShortParseError() {
        stub("/receipts/get/7", "{\"success\":true,\"data\":{\"id_by_customer\":\"7\",\"amount\":"
                + "9".repeat(5000) + "}}");
        ResponseParseException e = assertThrows(ResponseParseException.class, () -> client.receipts().get(7));
        assertTrue(e.getMessage().length() < 1000, e.getMessage());
    }
}
