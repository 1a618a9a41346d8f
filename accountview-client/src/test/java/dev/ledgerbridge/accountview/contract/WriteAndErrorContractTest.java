package dev.ledgerbridge.accountview.contract;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.accountview.model.ArticleGroup;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inserts and updates of every writable object, and AccountView's ErrorType/ErrorMessage answers. */
class WriteAndErrorContractTest {
    private final EmulatorSession s = new EmulatorSession();
    private final CompanyClient company = s.company();

    @AfterEach
    void close() {
        s.close();
    }

    private Map<String, Object> row(String table, int index) {
        return s.av.company().rows(table).get(index);
    }

    @Test
    void debtorInsertWithoutNumberGetsOneAndUpdateSendsOnlyTheGivenFields() {
        Debtor created = company.debtors().insert(Debtor.builder().name("Müller Bouw").searchCode("MB")
                .email("anna@mueller.nl").city("Amsterdam").countryCode("NL").build());

        assertNotNull(created.number(), "SUB_NR echoed");
        assertEquals("Müller Bouw", row("CONTACT", 0).get("ACCT_NAME"));

        company.debtors().update(Debtor.builder().number(created.number()).phone("020 1234567").build());

        Map<String, Object> stored = row("CONTACT", 0);
        assertEquals("020 1234567", stored.get("TEL_BUS"));
        assertEquals("Amsterdam", stored.get("CITY"), "fields not sent stay");
        assertEquals(2, ((Number) stored.get("CNG_NR")).intValue());
    }

    @Test
    void deliveryAddressInsertReturnsItsRecIdAndUpdates() {
        Debtor d = company.debtors().insert(Debtor.builder().number("10001").name("A").searchCode("A").build());
        DeliveryAddress a = company.deliveryAddresses().insert(DeliveryAddress.builder().debtorNumber(d.number())
                .name("A depot").address("Havenweg 7").postalCode("3011 AA").city("Rotterdam").countryCode("NL")
                .build());
        assertNotNull(a.id());

        company.deliveryAddresses().update(DeliveryAddress.builder().id(a.id()).city("Schiedam").build());

        assertEquals("Schiedam", company.deliveryAddresses().ofDebtor("10001").get(0).city());
        assertEquals("Havenweg 7", company.deliveryAddresses().ofDebtor("10001").get(0).address());
    }

    @Test
    void articleGroupArticleAndSalesOrderRoundTrip() {
        company.articleGroups().insert(ArticleGroup.builder().code("TOOLS").description("Tools").build());
        company.articles().insert(Article.builder().code("1001").description("Hammer").groupCode("TOOLS")
                .salesPrice(new BigDecimal("12.50")).build());
        company.articles().update(Article.builder().code("1001").salesPrice(new BigDecimal("13.00")).build());
        company.articleGroups().update(ArticleGroup.builder().code("TOOLS").description("Tools & more").build());
        Debtor d = company.debtors().insert(Debtor.builder().name("A").searchCode("A").build());

        SalesOrder so = company.salesOrders().insert(SalesOrder.builder().invoiceDebtor(d.number())
                .orderDate(LocalDate.of(2026, 11, 27)).description("WEB-1")
                .customField("A8_REF", FieldType.CHARACTER, "REF-1")
                .addLine(SalesOrderLine.builder().articleCode("1001").quantity(new BigDecimal("2"))
                        .unitPrice(new BigDecimal("13")).build()).build());

        assertNotNull(so.orderNumber());
        Article hammer = company.articles().byCode("1001").orElseThrow();
        assertEquals(0, new BigDecimal("13").compareTo(hammer.salesPrice()));
        assertEquals("Hammer", hammer.description());
        assertEquals("Tools & more", company.articleGroups().byCode("TOOLS").orElseThrow().description());
        SalesOrder read = company.salesOrders().all().stream().findFirst().orElseThrow();
        assertEquals(so.orderNumber(), read.orderNumber());
        assertEquals("WEB-1", read.description());
        assertEquals("REF-1", read.extra().get("A8_REF"));
        assertEquals(1, read.lines().size());
        assertEquals("1001", read.lines().get(0).articleCode());
        assertEquals(1, company.orderHistory().ofDebtor(d.number()).stream().toList().size());
    }

    @Test
    void mandatoryFieldMissingIsAnsweredWithErrorMessage() {
        // AG_DESC is mandatory in the administration, which the client does not know: the server says so
        ApiException e = assertThrows(ApiException.class,
                () -> company.articleGroups().insert(ArticleGroup.builder().code("X").build()));
        assertTrue(e.getMessage().contains("AG_DESC") && e.getMessage().contains("mandatory"), e.getMessage());
        assertTrue(s.av.company().rows("ART_GRP").isEmpty());
    }

    @Test
    void unknownArticleOnAnOrderLineIsAnsweredWithErrorMessage() {
        Debtor d = company.debtors().insert(Debtor.builder().name("A").searchCode("A").build());
        ApiException e = assertThrows(ApiException.class, () -> company.salesOrders().insert(SalesOrder.builder()
                .invoiceDebtor(d.number()).addLine(SalesOrderLine.builder().articleCode("9999")
                        .quantity(BigDecimal.ONE).build()).build()));
        assertTrue(e.getMessage().contains("9999") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(s.av.company().rows("SO_HDR").isEmpty(), "a rejected order leaves nothing behind");
    }

    @Test
    void valueTooLongIsAnsweredByTheServerWhereTheClientCannotKnowTheLength() {
        ApiException e = assertThrows(ApiException.class, () -> company.articles().insert(Article.builder()
                .code("A".repeat(21)).description("x").build()));
        assertTrue(e.getMessage().contains("ART_CODE"), e.getMessage());
    }

    @Test
    void valueTooLongKnownToTheClientFailsBeforeSending() {
        s.av.stats().reset();
        RequestValidationException e = assertThrows(RequestValidationException.class, () -> company.debtors()
                .insert(Debtor.builder().name("N".repeat(41)).searchCode("N").build()));
        assertTrue(e.getMessage().contains("ACCT_NAME"), e.getMessage());
        assertEquals(0L, s.av.stats().countByPath("POST /accountviewdata"));
        RequestValidationException missing = assertThrows(RequestValidationException.class, () -> company.debtors()
                .insert(Debtor.builder().name("N").build()));
        assertTrue(missing.getMessage().contains("SRC_CODE"), missing.getMessage());
        assertEquals(List.of(), s.av.company().rows("CONTACT"));
    }
}
