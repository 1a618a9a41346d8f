package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.CostLocation;
import dev.ledgerbridge.buchhaltungsbutler.model.Report;
import dev.ledgerbridge.buchhaltungsbutler.model.SumsReportRequest;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Comments, cost locations and reports. */
class OtherServicesTest extends WireTest {

    @Test
    void commentsOnReceiptsAndTransactions() {
        stub("/comments/add", "{\"success\":true,\"message\":\"\"}");
        client.comments().addToReceipt(7, "Bitte prüfen");
        client.comments().addToTransaction(1590, "ok");
        verifyPost("/comments/add", "{\"comment_text\":\"Bitte prüfen\",\"receipt_id_by_customer\":7}");
        verifyPost("/comments/add", "{\"comment_text\":\"ok\",\"transaction_id_by_customer\":1590}");
    }

    @Test
    void commentLengthIsValidated() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.comments().addToReceipt(7, "x".repeat(211)));
        assertTrue(e.getMessage().contains("between 2 and 210"), e.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void costLocations() {
        stub("/cost-locations/get", "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[{\"code\":\"K1\",\"name\":\"Vertrieb\"},"
                + "{\"code\":\"K2\",\"name\":\"Lager\"}]}");
        stub("/cost-locations/add", "{\"success\":true,\"message\":\"\",\"code\":\"K3\"}");
        stub("/cost-locations/update", "{\"success\":true,\"message\":\"\"}");
        stub("/cost-locations/delete", "{\"success\":true,\"message\":\"\"}");

        List<CostLocation> all = client.costLocations().list().stream().toList();
        Optional<CostLocation> k2 = client.costLocations().get("K2");
        String code = client.costLocations().create("K3", "Verwaltung");
        client.costLocations().update("K3", "Verwaltung 2");
        client.costLocations().delete("K3");

        assertEquals(2, all.size());
        assertEquals("Lager", k2.orElseThrow().name());
        assertEquals("K3", code);
        verifyPost("/cost-locations/get", "{\"limit\":1000,\"offset\":0}");
        verifyPost("/cost-locations/get", "{\"code\":\"K2\",\"limit\":1000,\"offset\":0}");
        verifyPost("/cost-locations/add", "{\"code\":\"K3\",\"name\":\"Verwaltung\"}");
        verifyPost("/cost-locations/update", "{\"code\":\"K3\",\"name\":\"Verwaltung 2\"}");
        verifyPost("/cost-locations/delete", "{\"code\":\"K3\"}");
    }

    @Test
    void costLocationCodeIsAlphanumericUpTo10() {
        assertThrows(RequestValidationException.class, () -> client.costLocations().create("K-1", "x"));
        assertThrows(RequestValidationException.class, () -> client.costLocations().create("ABCDEFGHIJK", "x"));
        assertEquals(0, requestCount());
    }

    @Test
    void bwaIsCreatedThenFetchedWhenReady() {
        stub("/reports/create/bwa", "{\"success\":true,\"message\":\"\",\"id_by_customer\":\"3\"}");
        long id = client.reports().createBwa(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertEquals(3L, id);
        verifyPost("/reports/create/bwa", "{\"date_from\":\"2026-01-01\",\"date_to\":\"2026-03-31\"}");

        stub("/reports/get/bwa", 400, "{\"success\":false,\"error_code\":8,\"message\":\"report not ready\"}");
        assertEquals(Optional.empty(), client.reports().getBwa(3, false));

        stub("/reports/get/bwa", "{\"success\":true,\"message\":\"\",\"report\":{\"revenue\":1234.5,\"costs\":[]},\"files\":[]}");
        Report r = client.reports().getBwa(3, true).orElseThrow();
        verifyPost(1, "/reports/get/bwa", "{\"report_id_by_customer\":3,\"get_files\":false}");
        verifyPost("/reports/get/bwa", "{\"report_id_by_customer\":3,\"get_files\":true}");
        Map<?, ?> report = (Map<?, ?>) r.field("report").orElseThrow();
        assertEquals(new BigDecimal("1234.5"), report.get("revenue"));
        assertEquals(List.of(), report.get("costs"));
        assertTrue(r.files().isPresent());
    }

    @Test
    void sumsReports() {
        stub("/reports/create/sums", "{\"success\":true,\"message\":\"\",\"id_by_customer\":4}");
        stub("/reports/get/sums", "{\"success\":true,\"message\":\"\",\"report\":[]}");
        stub("/reports/get/sums/ledger", "{\"success\":true,\"message\":\"\",\"report_sums_postingaccount_ledger\":{\"8400\":{\"balance\":-100}}}");

        long id = client.reports().createSums(SumsReportRequest.builder().dateFrom(LocalDate.of(2026, 1, 1))
                .dateTo(LocalDate.of(2026, 1, 31)).filePdf(true).build());
        Report sums = client.reports().getSums(id, false).orElseThrow();
        Report ledger = client.reports().getSumsLedger(8400, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null);

        assertEquals(4L, id);
        verifyPost("/reports/create/sums", "{\"date_from\":\"2026-01-01\",\"date_to\":\"2026-01-31\",\"file_pdf\":true}");
        verifyPost("/reports/get/sums", "{\"report_id_by_customer\":4,\"get_files\":false}");
        verifyPost("/reports/get/sums/ledger", "{\"postingaccount_number\":8400,\"date_from\":\"2026-01-01\",\"date_to\":\"2026-01-31\"}");
        assertEquals(List.of(), sums.field("report").orElseThrow());
        assertTrue(ledger.fields().containsKey("report_sums_postingaccount_ledger"));
    }

    @Test
    void reportRangeIsValidated() {
        assertThrows(RequestValidationException.class,
                () -> client.reports().createBwa(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
        assertThrows(RequestValidationException.class, () -> client.reports().createSums(SumsReportRequest.builder()
                .dateFrom(LocalDate.of(2026, 2, 1)).dateTo(LocalDate.of(2026, 1, 1)).build()));
    }
}
