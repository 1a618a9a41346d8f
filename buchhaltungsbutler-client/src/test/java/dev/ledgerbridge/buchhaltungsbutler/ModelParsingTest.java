package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tolerant reading of the shapes the API is known (or likely) to send. */
class ModelParsingTest extends WireTest {

    @Test
    void toleratesEmptyStringsNumbersForStringsAndUnknownValues() {
        stub("/receipts/get", "{\"success\":true,\"message\":\"\",\"rows\":\"2\",\"data\":["
                + "{\"id_by_customer\":12,\"type\":\"proforma outbound\",\"amount\":-192.44,\"account\":\"\","
                + "\"deleted\":1,\"date\":\"2026-01-02 00:00:00\",\"payment_date\":\"0000-00-00\",\"amount_paid\":\"\","
                + "\"invoicenumber\":4711,\"new_field\":{\"nested\":[1,2]}},"
                + "{\"id_by_customer\":\"13\",\"type\":\"\",\"deleted\":\"true\",\"link_to_receipt_id_by_customer\":\"12\"}]}");

        List<Receipt> rows = client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                .build()).stream().toList();

        Receipt a = rows.get(0);
        assertEquals(12L, a.id());
        assertEquals(ReceiptType.of("proforma outbound"), a.type(), "unknown types stay representable");
        assertEquals(new BigDecimal("-192.44"), a.amount());
        assertNull(a.account());
        assertEquals(Boolean.TRUE, a.deleted());
        assertEquals(LocalDate.of(2026, 1, 2), a.date());
        assertNull(a.paymentDate());
        assertNull(a.amountPaid());
        assertEquals("4711", a.invoiceNumber());
        assertEquals(Map.of("nested", List.of(BigDecimal.ONE, BigDecimal.valueOf(2))), a.extra().get("new_field"));
        Receipt b = rows.get(1);
        assertNull(b.type());
        assertEquals(Boolean.TRUE, b.deleted());
        assertEquals(12L, b.linkedReceiptId());
    }

    @Test
    void aRealisticDebtorReadsEmptyStringsAsNullAndEveryExtraNumberAsBigDecimal() {
        stub("/settings/get/debtors", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{"
                + "\"type\":\"debitor\",\"name\":\"Musterkunde GmbH\",\"postingaccount_number\":\"10001\","
                + "\"contact_person_name\":\"\",\"street\":\"Musterstraße 1\",\"additional_addressline\":\"\","
                + "\"zip\":\"10000\",\"city\":\"Musterstadt\",\"country\":\"DE\",\"customer_number\":\"\","
                + "\"sales_tax_id_eu\":\"\",\"email\":\"\",\"uid_ch\":null,\"iban\":\"\",\"bic\":\"\","
                + "\"import_pending\":0,\"payment_terms_days\":14,\"discount_percent\":2.5,\"big_id\":9007199254740993,"
                + "\"note\":\"\",\"tags\":[\"\",\"vip\",3],\"flags\":{\"active\":true,\"score\":1}}]}");

        Debtor d = client.debtors().list().stream().findFirst().orElseThrow();

        assertEquals("Musterkunde GmbH", d.name());
        assertNull(d.contactPersonName());
        assertNull(d.additionalAddressLine());
        assertNull(d.customerNumber());
        assertNull(d.vatId());
        assertNull(d.email());
        assertNull(d.iban());
        assertNull(d.bic());
        assertEquals("DE", d.country());
        assertEquals(new BigDecimal("14"), d.extra().get("payment_terms_days"));
        assertEquals(new BigDecimal("2.5"), d.extra().get("discount_percent"));
        assertEquals(new BigDecimal("9007199254740993"), d.extra().get("big_id"));
        assertTrue(d.extra().containsKey("note"));
        assertNull(d.extra().get("note"), "an empty extra string is null as well");
        assertEquals(java.util.Arrays.asList(null, "vip", new BigDecimal("3")), d.extra().get("tags"));
        assertEquals(Map.of("active", true, "score", BigDecimal.ONE), d.extra().get("flags"));
    }

    @Test
    void aRealisticReceiptReadsEmptyStringsAsNull() {
        stub("/receipts/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{"
                + "\"filename\":\"2026-08-14_Musterlieferant.pdf\",\"id_by_customer\":\"4711\","
                + "\"type\":\"invoice inbound\",\"date\":\"2026-08-14\",\"delivery_date\":\"\","
                + "\"date_uploaded\":\"2026-08-15\",\"counterparty\":\"\",\"invoicenumber\":\"\","
                + "\"amount\":\"119.00\",\"payment_date\":\"\",\"due_date\":null,\"account\":\"\","
                + "\"amount_paid\":\"0.00\",\"deleted\":\"0\",\"currency\":\"\",\"pages\":2}]}");

        Receipt r = client.receipts().list(ReceiptQuery.inbound()).stream().findFirst().orElseThrow();

        verifyPost("/receipts/get", "{\"list_direction\":\"inbound\",\"limit\":500,\"offset\":0}");
        assertEquals(4711L, r.id());
        assertNull(r.counterparty());
        assertNull(r.invoiceNumber());
        assertNull(r.currency());
        assertNull(r.deliveryDate());
        assertNull(r.account());
        assertEquals(new BigDecimal("119.00"), r.amount());
        assertEquals(new BigDecimal("2"), r.extra().get("pages"));
    }

    @Test
    void theDirectionFactoriesReturnBuiltQueriesThatNarrowThroughToBuilder() {
        assertEquals(ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND).build(), ReceiptQuery.outbound());
        assertEquals(ReceiptDirection.INBOUND, ReceiptQuery.inbound().direction());
        ReceiptQuery narrowed = ReceiptQuery.outbound().toBuilder().pageSize(50).build();
        assertEquals(ReceiptDirection.OUTBOUND, narrowed.direction());
        assertEquals(50, narrowed.pageSize());
    }
}
