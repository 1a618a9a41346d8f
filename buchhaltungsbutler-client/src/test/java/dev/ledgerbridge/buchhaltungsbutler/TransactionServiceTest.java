package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptAssignment;
import dev.ledgerbridge.buchhaltungsbutler.model.Transaction;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.TransactionQuery;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionServiceTest extends WireTest {

    static TransactionCreate.Builder tx() {
        return TransactionCreate.builder().account(1200L).toFrom("Kunde GmbH").amount(new BigDecimal("-12.30"))
                .bookingDate(LocalDateTime.of(2026, 1, 5, 0, 0));
    }

    @Test
    void listSendsExclusiveIdBoundsAndParsesNumericIds() {
        stub("/transactions/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{\"id_by_customer\":417,"
                + "\"to_from\":\"Kunde\",\"amount\":\"192.44\",\"booking_date\":\"2026-01-05 00:00:00\","
                + "\"value_date\":null,\"purpose\":\"RE-1\"}]}");
        List<Transaction> list = client.transactions().list(TransactionQuery.builder().idAfter(416L).idBefore(418L)
                .dateFrom(LocalDate.of(2026, 1, 1)).account(1200L).pageSize(100).build()).stream().toList();
        verifyPost("/transactions/get", "{\"id_by_customer_from\":416,\"id_by_customer_to\":418,\"date_from\":\"2026-01-01\","
                + "\"account\":1200,\"limit\":100,\"offset\":0}");
        assertEquals(417L, list.get(0).id());
        assertEquals(new BigDecimal("192.44"), list.get(0).amount());
    }

    @Test
    void pageSizeAbove500IsRejected() {
        assertThrows(RequestValidationException.class,
                () -> client.transactions().list(TransactionQuery.builder().pageSize(501).build()));
    }

    @Test
    void getByIdInPath() {
        stub("/transactions/get/1590", "{\"success\":true,\"message\":\"\",\"data\":{\"id_by_customer\":1590,\"account\":1200,"
                + "\"to_from\":\"Kunde\",\"booking_date\":\"2026-01-05 00:00:00\",\"value_date\":\"2026-01-06 00:00:00\","
                + "\"amount\":\"-192.44\",\"currency\":\"EUR\",\"account_number\":\"DE02120300000000202051\","
                + "\"bank_code\":\"BYLADEM1001\",\"bank_name\":\"DKB\",\"purpose\":\"x\",\"type\":\"Lastschrift\","
                + "\"booking_text\":\"\"}}");
        Transaction t = client.transactions().get(1590).orElseThrow();
        verifyPost("/transactions/get/1590", "{}");
        assertEquals(1200L, t.account());
        assertEquals("DE02120300000000202051", t.accountNumber());
        assertEquals(LocalDateTime.of(2026, 1, 6, 0, 0), t.valueDate());
    }

    @Test
    void getOfUnknownIdIsEmpty() {
        stub("/transactions/get/5", 400, "{\"success\":false,\"error_code\":6,\"message\":\"transaction not found\"}");
        assertEquals(Optional.empty(), client.transactions().get(5));
    }

    @Test
    void getOnAnHtml404IsAnUnknownEndpointNotAnEmptyResult() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(BASE + "/transactions/get/5"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)
                        .withHeader("Content-Type", "text/html").withBody("<html>Login</html>")));
        assertThrows(NotFoundException.class, () -> client.transactions().get(5));
    }

    @Test
    void createFormatsDateTimes() {
        stub("/transactions/add", "{\"success\":true,\"message\":\"\",\"id_by_customer\":1591}");
        long id = client.transactions().create(tx().valueDate(LocalDateTime.of(2026, 1, 6, 12, 30)).purpose("")
                .currency("EUR").build());
        assertEquals(1591L, id);
        verifyPost("/transactions/add", "{\"account\":1200,\"to_from\":\"Kunde GmbH\",\"amount\":-12.30,"
                + "\"booking_date\":\"2026-01-05 00:00:00\",\"value_date\":\"2026-01-06 12:30:00\",\"purpose\":\"\","
                + "\"currency\":\"EUR\"}");
    }

    @Test
    void createRejectsZeroAmount() {
        assertThrows(RequestValidationException.class,
                () -> client.transactions().create(tx().amount(new BigDecimal("0.00")).build()));
        assertEquals(0, requestCount());
    }

    @Test
    void createBatch() {
        stub("/transactions/addBatch", "{\"success\":true,\"transactions\":[{\"success\":true,\"message\":\"\","
                + "\"id_by_customer\":1592}],\"errors\":[]}");
        BatchResult r = client.transactions().createBatch(List.of(tx().build()));
        verifyPost("/transactions/addBatch", "{\"transactions\":[{\"account\":1200,\"to_from\":\"Kunde GmbH\","
                + "\"amount\":-12.30,\"booking_date\":\"2026-01-05 00:00:00\"}]}");
        assertEquals(1592L, r.created().get(0).id());
    }

    @Test
    void assignAndUnassign() {
        stub("/transactions/assign/receipt", "{\"success\":true,\"message\":\"\"}");
        stub("/transactions/unassign/receipt", "{\"success\":true,\"message\":\"\"}");
        client.transactions().assignReceipt(1590, 7);
        client.transactions().unassignReceipt(1590, 7);
        verifyPost("/transactions/assign/receipt", "{\"transaction_id_by_customer\":1590,\"receipt_id_by_customer\":7}");
        verifyPost("/transactions/unassign/receipt", "{\"transaction_id_by_customer\":1590,\"receipt_id_by_customer\":7}");
    }

    @Test
    void assignBatch() {
        stub("/transactions/assign-batch/receipt", "{\"success\":true,\"transactions_to_receipts\":[{\"success\":true,"
                + "\"message\":\"\"}],\"errors\":[{\"success\":false,\"error_code\":7,\"message\":\"receipt not found\","
                + "\"request_data\":{\"receipt_id_by_customer\":9}}]}");
        BatchResult r = client.transactions().assignReceipts(List.of(ReceiptAssignment.of(1590, 7),
                ReceiptAssignment.of(1591, 9)));
        verifyPost("/transactions/assign-batch/receipt", "{\"transactions_to_receipts\":["
                + "{\"transaction_id_by_customer\":1590,\"receipt_id_by_customer\":7},"
                + "{\"transaction_id_by_customer\":1591,\"receipt_id_by_customer\":9}]}");
        assertEquals(1, r.created().size());
        assertEquals(1, r.errors().size());
    }

    @Test
    void assignedReceipts() {
        stub("/transactions/assigned-receipts/get", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":"
                + "[{\"id_by_customer\":\"7\",\"filename\":\"f.pdf\"}]}");
        List<Receipt> r = client.transactions().assignedReceipts(1590);
        verifyPost("/transactions/assigned-receipts/get", "{\"transaction_id_by_customer\":1590}");
        assertEquals(7L, r.get(0).id());
        assertEquals("f.pdf", r.get(0).filename());
    }
}
