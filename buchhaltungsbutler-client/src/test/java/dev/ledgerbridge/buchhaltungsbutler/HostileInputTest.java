package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.transport.error.ResponseTooLargeException;
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
}
