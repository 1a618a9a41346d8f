package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.PaymentStatus;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptSortField;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptType;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptUpload;
import dev.ledgerbridge.buchhaltungsbutler.model.SortDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.Transaction;
import dev.ledgerbridge.buchhaltungsbutler.model.UploadedReceipt;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.QuotaExceededException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiptServiceTest extends WireTest {

    static ReceiptCreate.Builder receipt() {
        return ReceiptCreate.builder().type(ReceiptType.INVOICE_INBOUND).counterparty("Lieferant KG")
                .invoiceNumber("").date(LocalDate.of(2026, 2, 3)).amount(new BigDecimal("119.00")).currency("EUR");
    }

    @Test
    void listParsesLiveRowsAndSendsFilters() {
        stub("/receipts/get", fixture("receipts-get-inbound.response.json"));

        List<Receipt> rows = client.receipts().list(ReceiptQuery.builder().direction(ReceiptDirection.INBOUND)
                .paymentStatus(PaymentStatus.PAID).dateFrom(LocalDate.of(2020, 1, 1))
                .modifiedSince(LocalDateTime.of(2026, 1, 2, 3, 4, 5))
                .orderBy(ReceiptSortField.DATE, SortDirection.ASC).orderBy(ReceiptSortField.AMOUNT, SortDirection.DESC)
                .includeOffers(false).build()).stream().toList();

        verifyPost("/receipts/get", "{\"list_direction\":\"inbound\",\"payment_status\":\"paid\",\"date_from\":\"2020-01-01\","
                + "\"date_since_last_modified\":\"2026-01-02 03:04:05\",\"order\":{\"date\":\"ASC\",\"amount\":\"DESC\"},"
                + "\"include_offers\":false,\"limit\":500,\"offset\":0}");
        assertEquals(2, rows.size());
        Receipt r = rows.get(0);
        assertEquals(7L, r.id());
        assertEquals(ReceiptType.INVOICE_INBOUND, r.type());
        assertEquals(new BigDecimal("100.00"), r.amount());
        assertEquals(new BigDecimal("0.00"), r.amountPaid());
        assertEquals(Boolean.FALSE, r.deleted());
        assertNull(r.deliveryDate());
        assertNull(r.linkedReceiptId());
        assertEquals(LocalDate.of(2021, 5, 5), r.dateUploaded());
        assertEquals(1200L, r.account());
        assertTrue(r.isPaid());
        assertEquals(4711L, rows.get(1).id());
    }

    @Test
    void listRequiresDirection() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.receipts().list(ReceiptQuery.builder().build()));
        assertEquals("direction", e.violations().get(0).field());
        assertEquals(0, requestCount());
    }

    @Test
    void listPagesWith500AcrossTheBoundary() {
        StringBuilder full = new StringBuilder("{\"success\":true,\"message\":\"\",\"rows\":500,\"data\":[");
        for (int i = 1; i <= 500; i++) {
            full.append(i > 1 ? "," : "").append("{\"id_by_customer\":\"").append(i).append("\",\"amount\":\"1.00\"}");
        }
        full.append("]}");
        stubSequence("/receipts/get", full.toString(),
                "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{\"id_by_customer\":\"501\"}]}");

        List<Receipt> all = client.receipts().list(ReceiptQuery.outbound()).stream().toList();

        assertEquals(501, all.size());
        assertEquals(501L, all.get(500).id());
        verifyPost("/receipts/get", "{\"list_direction\":\"outbound\",\"limit\":500,\"offset\":500}");
    }

    @Test
    void getPutsTheIdInThePathAndReadsDetailNames() {
        stub("/receipts/get/7", "{\"success\":true,\"message\":\"\",\"data\":{\"filename\":\"f.pdf\",\"id_by_customer\":\"7\","
                + "\"date\":\"2026-01-02\",\"amount\":\"119.00\",\"amount_original\":\"119.00\",\"currency\":\"EUR\","
                + "\"vat\":\"19.00\",\"e_invoice_type\":0,\"list_direction\":\"inbound\",\"date_delivery\":\"2026-01-01\","
                + "\"date_payment_due\":\"2026-01-16\",\"deleted\":\"1\",\"account\":null}}");

        Receipt r = client.receipts().get(7).orElseThrow();

        verifyPost("/receipts/get/7", "{\"get_file\":false}");
        assertEquals(LocalDate.of(2026, 1, 1), r.deliveryDate());
        assertEquals(LocalDate.of(2026, 1, 16), r.dueDate());
        assertEquals(new BigDecimal("19.00"), r.vatRate());
        assertEquals(0, r.eInvoiceType());
        assertEquals(Boolean.TRUE, r.deleted());
        assertNull(r.account());
    }

    @Test
    void getWithFileDecodesBase64() {
        byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.UTF_8);
        stub("/receipts/get/8", "{\"success\":true,\"message\":\"\",\"data\":{\"id_by_customer\":\"8\",\"file_type\":\"pdf\","
                + "\"file_content\":\"" + Base64.getEncoder().encodeToString(pdf) + "\"}}");
        Receipt r = client.receipts().getWithFile(8).orElseThrow();
        verifyPost("/receipts/get/8", "{\"get_file\":true}");
        assertArrayEquals(pdf, r.fileContent());
        assertEquals("pdf", r.fileType());
        assertTrue(r.toString().contains("13 bytes"), r.toString());
    }

    @Test
    void getOfUnknownIdAnswersAnEmptyArrayAndGivesEmpty() {
        stub("/receipts/get/999", "{\"success\":true,\"message\":\"\",\"data\":[]}");
        assertEquals(Optional.empty(), client.receipts().get(999));
    }

    @Test
    void createSendsNumbersAndDates() {
        stub("/receipts/add", "{\"success\":true,\"message\":\"\",\"id_by_customer\":\"42\"}");
        long id = client.receipts().create(receipt().vatRate(new BigDecimal("19")).account(1200L)
                .creditorDebtor(70001L).dateDelivery(LocalDate.of(2026, 2, 1)).build());
        assertEquals(42L, id);
        verifyPost("/receipts/add", "{\"type\":\"invoice inbound\",\"counterparty\":\"Lieferant KG\",\"invoice_number\":\"\","
                + "\"date\":\"2026-02-03\",\"amount\":119.00,\"currency\":\"EUR\",\"vat_rate\":19,\"account\":1200,"
                + "\"creditor_debtor\":70001,\"date_delivery\":\"2026-02-01\"}");
    }

    @Test
    void createValidatesAmountDeliveryDateAndInvoiceNumberLength() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.receipts().create(receipt().amount(BigDecimal.ZERO).invoiceNumber("x".repeat(61))
                        .dateDelivery(LocalDate.of(2026, 3, 1)).build()));
        String m = e.getMessage();
        assertTrue(m.contains("amount must not be zero") && m.contains("invoiceNumber")
                && m.contains("dateDelivery must not be after date"), m);
        assertEquals(0, requestCount());
    }

    @Test
    void createBatchAllowsAtMost50() {
        List<ReceiptCreate> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(receipt().build());
        }
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.receipts().createBatch(many));
        assertTrue(e.getMessage().contains("at most 50"), e.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void createBatchWithPartialErrors() {
        stub("/receipts/addBatch", "{\"success\":true,\"receipts\":[{\"success\":true,\"message\":\"\",\"id_by_customer\":43}],"
                + "\"errors\":[{\"success\":false,\"error_code\":20,\"message\":\"invalid amount specified\","
                + "\"request_data\":[\"weird\",\"array\"]}]}");
        BatchResult r = client.receipts().createBatch(List.of(receipt().build(), receipt().build()));
        verifyPost("/receipts/addBatch", "{\"receipts\":[" + itemJson() + "," + itemJson() + "]}");
        assertEquals(43L, r.created().get(0).id());
        assertEquals(java.util.Optional.of("20"), r.errors().get(0).errorCode());
        assertEquals(java.util.Map.of(), r.errors().get(0).requestData(), "not an object: no fields");
        assertEquals(java.util.Optional.of(List.of("weird", "array")), r.errors().get(0).requestDataAsSent());
        assertEquals(java.util.Optional.empty(), r.errors().get(0).requestField("weird"));
    }

    @Test
    void batchCallsAreAtLeastFiveSecondsApart() {
        stub("/receipts/addBatch", "{\"success\":true,\"receipts\":[],\"errors\":[]}");
        client.receipts().createBatch(List.of(receipt().build()));
        Duration before = time.totalSlept();
        client.receipts().createBatch(List.of(receipt().build()));
        assertEquals(Duration.ofSeconds(5), time.totalSlept().minus(before));
    }

    @Test
    void uploadSendsBase64AndFileName() {
        stub("/receipts/upload", "{\"success\":true,\"message\":\"\",\"id_by_customer\":\"44\",\"filename\":\"rechnung.pdf\"}");
        byte[] file = {1, 2, 3, 4};
        UploadedReceipt u = client.receipts().upload(ReceiptUpload.builder().file(file).fileName("rechnung.pdf")
                .type(ReceiptType.INVOICE_INBOUND).build());
        verifyPost("/receipts/upload", "{\"file\":\"AQIDBA==\",\"file_name\":\"rechnung.pdf\",\"type\":\"invoice inbound\"}");
        assertEquals(44L, u.id());
    }

    @Test
    void uploadAcceptsOnlyEur() {
        assertThrows(RequestValidationException.class, () -> client.receipts().upload(ReceiptUpload.builder()
                .file(new byte[] {1}).fileName("a.pdf").type(ReceiptType.INVOICE_INBOUND).currency("USD").build()));
    }

    @Test
    void uploadQuotaIsNotRetried() {
        stub("/receipts/upload", 403, "{\"success\":false,\"error_code\":12,\"message\":\"customer has reached the upload limit\"}");
        assertThrows(QuotaExceededException.class, () -> client.receipts().upload(ReceiptUpload.builder()
                .file(new byte[] {1}).fileName("a.pdf").type(ReceiptType.INVOICE_INBOUND).build()));
        assertEquals(1, requestCount());
    }

    @Test
    void uploadThrottledIsRetriedAfterTheDelayThenReported() {
        stub("/receipts/upload", 403, "{\"success\":false,\"error_code\":15,\"message\":\"upload temporarily restricted\"}");
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.receipts().upload(
                ReceiptUpload.builder().file(new byte[] {1}).fileName("a.pdf").type(ReceiptType.INVOICE_INBOUND).build()));
        assertTrue(e.isRetryable());
        assertEquals(Duration.ofSeconds(6), e.retryAfter().orElseThrow());
        assertEquals(3, requestCount(), "first attempt plus two throttle retries");
        assertTrue(time.sleeps().contains(Duration.ofSeconds(6)), time.sleeps().toString());
    }

    @Test
    void uploadsAreLimitedToTenPerMinute() {
        stub("/receipts/upload", "{\"success\":true,\"message\":\"\",\"id_by_customer\":\"1\",\"filename\":\"a\"}");
        ReceiptUpload u = ReceiptUpload.builder().file(new byte[] {1}).fileName("a.pdf").type(ReceiptType.INVOICE_INBOUND)
                .build();
        for (int i = 0; i < 11; i++) {
            client.receipts().upload(u);
        }
        // ten at once, the 11th when the first has left the client's window of 61 s
        assertEquals(Duration.ofSeconds(61), time.totalSlept());
    }

    @Test
    void deleteAndRestorePutTheIdInThePath() {
        stub("/receipts/delete/7", "{\"success\":true,\"id_by_customer\":\"7\"}");
        stub("/receipts/restore/7", "{\"success\":true,\"id_by_customer\":\"7\"}");
        client.receipts().delete(7);
        client.receipts().restore(7);
        verifyPost("/receipts/delete/7", "{}");
        verifyPost("/receipts/restore/7", "{}");
    }

    @Test
    void deleteOfUnknownIsNotFound() {
        stub("/receipts/delete/8", 400, "{\"success\":false,\"error_code\":6,\"message\":\"receipt not found\"}");
        assertThrows(NotFoundException.class, () -> client.receipts().delete(8));
    }

    @Test
    void assignedTransactions() {
        stub("/receipts/assigned-transactions/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{"
                + "\"id_by_customer\":1590,\"to_from\":\"Kunde\",\"amount\":\"-192.44\",\"booking_date\":"
                + "\"2026-01-05 00:00:00\",\"value_date\":\"2026-01-05 00:00:00\",\"purpose\":\"RE-1\"}]}");
        List<Transaction> t = client.receipts().assignedTransactions(7, true);
        verifyPost("/receipts/assigned-transactions/get", "{\"receipt_id_by_customer\":7,\"confirmed_only\":true}");
        assertEquals(new BigDecimal("-192.44"), t.get(0).amount());
        assertEquals(LocalDateTime.of(2026, 1, 5, 0, 0), t.get(0).bookingDate());
        assertFalse(t.isEmpty());
    }

    static String itemJson() {
        return "{\"type\":\"invoice inbound\",\"counterparty\":\"Lieferant KG\",\"invoice_number\":\"\","
                + "\"date\":\"2026-02-03\",\"amount\":119.00,\"currency\":\"EUR\"}";
    }
}
