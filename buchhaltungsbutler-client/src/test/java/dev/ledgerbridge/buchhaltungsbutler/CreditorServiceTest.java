package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Creditor;
import dev.ledgerbridge.buchhaltungsbutler.model.CreditorFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditorServiceTest extends WireTest {

    @Test
    void listUsesExplicitLimitAndParsesRows() {
        stub("/settings/get/creditors", "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[{\"type\":\"creditor\","
                + "\"name\":\"Lieferant KG\",\"postingaccount_number\":\"70001\",\"customer_number\":null,"
                + "\"sales_tax_id_eu\":\"ATU1\",\"additional_addressline\":null,\"import_pending\":0}]}");

        List<Creditor> all = client.creditors().list().stream().toList();

        verifyPost("/settings/get/creditors", "{\"limit\":100,\"offset\":0}");
        assertEquals(70001L, all.get(0).postingaccountNumber());
        assertEquals("ATU1", all.get(0).vatId());
        assertNull(all.get(0).customerNumber());
    }

    @Test
    void createSendsDueInDaysAsInteger() {
        stub("/settings/add/creditor", "{\"success\":true,\"postingaccount_number\":\"70023\",\"message\":\"\"}");
        long n = client.creditors().create(CreditorFields.builder().name("Lieferant KG").dueInDays(14)
                .vatId("ATU1").build());
        assertEquals(70023L, n);
        verifyPost("/settings/add/creditor", "{\"name\":\"Lieferant KG\",\"due_in_days\":14,\"sales_tax_id\":\"ATU1\"}");
    }

    @Test
    void createBatch() {
        stub("/settings/add-batch/creditors", "{\"success\":true,\"creditors\":[{\"success\":true,"
                + "\"postingaccount_number\":70024,\"message\":\"\"}],\"errors\":[]}");
        BatchResult r = client.creditors().createBatch(List.of(CreditorFields.builder().name("L").build()));
        verifyPost("/settings/add-batch/creditors", "{\"creditors\":[{\"name\":\"L\"}]}");
        assertEquals(70024L, r.created().get(0).postingaccountNumber());
        assertEquals(true, r.allSucceeded());
    }

    @Test
    void update() {
        stub("/settings/update/creditor", "{\"success\":true,\"data\":{\"type\":\"creditor\",\"name\":\"L2\","
                + "\"postingaccount_number\":\"70001\"},\"message\":\"\"}");
        Creditor c = client.creditors().update(70001, CreditorFields.builder().name("L2").dueInDays(30).build());
        verifyPost("/settings/update/creditor", "{\"postingaccount_number\":70001,\"name\":\"L2\",\"due_in_days\":30}");
        assertEquals("L2", c.name());
    }
}
