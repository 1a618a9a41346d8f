package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        assertEquals(Map.of("nested", List.of(1, 2)), a.extra().get("new_field"));
        Receipt b = rows.get(1);
        assertNull(b.type());
        assertEquals(Boolean.TRUE, b.deleted());
        assertEquals(12L, b.linkedReceiptId());
    }
}
