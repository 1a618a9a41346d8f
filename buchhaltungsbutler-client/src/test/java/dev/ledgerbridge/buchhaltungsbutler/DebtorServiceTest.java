package dev.ledgerbridge.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.buchhaltungsbutler.model.BatchItemError;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.RequestValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebtorServiceTest extends WireTest {

    @Test
    void listParsesTheLiveShapeWithExplicitLimit() {
        stub("/settings/get/debtors", fixture("settings-get-debtors.response.json"));

        List<Debtor> all = client.debtors().list().stream().toList();

        verifyPost("/settings/get/debtors", "{\"limit\":100,\"offset\":0}");
        assertEquals(1, all.size());
        Debtor d = all.get(0);
        assertEquals(10001L, d.postingaccountNumber());
        assertEquals("Musterkunde GmbH", d.name());
        assertEquals("debitor", d.type());
        assertNull(d.additionalAddressLine(), "the API's empty string reads as null");
        assertNull(d.vatId());
        assertNull(d.contactPersonName());
        assertNull(d.customerNumber());
        assertNull(d.iban());
        assertEquals("rechnung@example.invalid", d.email());
        assertNull(d.uidCh());
        assertEquals(0, d.importPending());
        assertEquals("DE", d.country());
    }

    @Test
    void listPagesAcrossPageBoundariesUntilAShortPage() {
        stubSequence("/settings/get/debtors",
                "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[" + row(10001) + "," + row(10002) + "]}",
                "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[" + row(10003) + "," + row(10004) + "]}",
                "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[" + row(10005) + "]}");

        List<Long> numbers = client.debtors().list(2).stream().map(Debtor::postingaccountNumber).toList();

        assertEquals(List.of(10001L, 10002L, 10003L, 10004L, 10005L), numbers);
        verifyPost("/settings/get/debtors", "{\"limit\":2,\"offset\":0}");
        verifyPost("/settings/get/debtors", "{\"limit\":2,\"offset\":2}");
        verifyPost("/settings/get/debtors", "{\"limit\":2,\"offset\":4}");
        assertEquals(3, requestCount());
    }

    @Test
    void listFromAnOffsetStartsThereAndReadsOnlyWhatIsIterated() {
        stubSequence("/settings/get/debtors",
                "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[" + row(10041) + "," + row(10042) + "]}",
                "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[" + row(10043) + "]}");

        Debtor first = client.debtors().list(2, 40).iterator().next();

        assertEquals(10041L, first.postingaccountNumber());
        verifyPost("/settings/get/debtors", "{\"limit\":2,\"offset\":40}");
        assertEquals(1, requestCount(), "only the first page was needed");
    }

    @Test
    void listFromAnOffsetPagesOnFromThere() {
        stubSequence("/settings/get/debtors",
                "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[" + row(10041) + "," + row(10042) + "]}",
                "{\"success\":true,\"message\":\"\",\"rows\":1,\"data\":[" + row(10043) + "]}");

        assertEquals(List.of(10041L, 10042L, 10043L),
                client.debtors().list(2, 40).stream().map(Debtor::postingaccountNumber).toList());
        verifyPost("/settings/get/debtors", "{\"limit\":2,\"offset\":42}");
        assertEquals(2, requestCount());
    }

    @Test
    void listFromANegativeOffsetFailsBeforeSending() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.debtors().list(10, -1));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void listStopsOnAnEmptyPage() {
        stubSequence("/settings/get/debtors",
                "{\"success\":true,\"message\":\"\",\"rows\":2,\"data\":[" + row(1) + "," + row(2) + "]}",
                "{\"success\":true,\"message\":\"\",\"rows\":0,\"data\":[]}");
        assertEquals(2, client.debtors().list(2).stream().count());
        assertEquals(2, requestCount());
    }

    @Test
    void listIsLazyUntilIterated() {
        client.debtors().list();
        assertEquals(0, requestCount());
    }

    @Test
    void createSendsWriteNamesAndNumberAsString() {
        stub("/settings/add/debtor", "{\"success\":true,\"postingaccount_number\":\"10023\",\"message\":\"\"}");

        long number = client.debtors().create(DebtorFields.builder().name("Muster AG").postingaccountNumber(10023L)
                .additionalAddressLine("Haus B").vatId("DE123456789").customerNumber("shop-42")
                .email("a@example.org").country("DE").build());

        assertEquals(10023L, number);
        verifyPost("/settings/add/debtor", "{\"name\":\"Muster AG\",\"postingaccount_number\":\"10023\","
                + "\"additional_address_line\":\"Haus B\",\"sales_tax_id\":\"DE123456789\","
                + "\"customer_number\":\"shop-42\",\"email\":\"a@example.org\",\"country\":\"DE\"}");
    }

    @Test
    void createWithoutNameFailsBeforeSending() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.debtors().create(DebtorFields.builder().city("Berlin").email("not-an-email").build()));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertTrue(e.getMessage().contains("email='not-an-email'"), e.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void emptyStringsAreRejectedBecauseTheApiTreatsThemAsInvalid() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.debtors().create(DebtorFields.builder().name("X").zip("").build()));
        assertEquals("zip", e.violations().get(0).field());
    }

    @Test
    void createBatchReportsPartialFailures() {
        stub("/settings/add-batch/debtors", "{\"success\":true,"
                + "\"debtors\":[{\"success\":true,\"postingaccount_number\":\"10023\",\"message\":\"\"}],"
                + "\"errors\":[{\"success\":false,\"error_code\":8,\"message\":\"invalid name specified\","
                + "\"request_data\":{\"name\":\"\",\"city\":\"Köln\"}}]}");

        BatchResult r = client.debtors().createBatch(List.of(DebtorFields.builder().name("A").build(),
                DebtorFields.builder().name("B").city("Köln").build()));

        verifyPost("/settings/add-batch/debtors", "{\"debtors\":[{\"name\":\"A\"},{\"name\":\"B\",\"city\":\"Köln\"}]}");
        assertFalse(r.allSucceeded());
        assertEquals(10023L, r.created().get(0).postingaccountNumber());
        BatchItemError error = r.errors().get(0);
        assertEquals(java.util.Optional.of("8"), error.errorCode(), "text as sent");
        assertEquals("Köln", error.requestData().get("city"));
        assertTrue(error.requestData().containsKey("name"));
        assertNull(error.requestData().get("name"), "the API's empty string is null, as in every model");
        assertEquals("Köln", error.requestField("city").orElseThrow());
        assertEquals(error.requestData(), error.requestDataAsSent().orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> error.requestData().put("x", "y"));
    }

    @Test
    void createBatchValidatesEveryItem() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> client.debtors().createBatch(List.of(DebtorFields.builder().name("A").build(),
                        DebtorFields.builder().city("X").build())));
        assertEquals("debtors[1].name", e.violations().get(0).field());
        assertEquals(0, requestCount());
    }

    @Test
    void updateSendsNumberAsIntegerAndReadsTheDataObject() {
        stub("/settings/update/debtor", "{\"success\":true,\"data\":{\"type\":\"debitor\",\"name\":\"Neu GmbH\","
                + "\"postingaccount_number\":\"10001\",\"additional_addressline\":\"Hof 2\",\"sales_tax_id_eu\":"
                + "\"DE1\",\"email\":null,\"uid_ch\":null,\"loyalty_tier\":\"gold\"},\"message\":\"\"}");

        Debtor d = client.debtors().update(10001, DebtorFields.builder().name("Neu GmbH")
                .additionalAddressLine("Hof 2").build());

        verifyPost("/settings/update/debtor",
                "{\"postingaccount_number\":10001,\"name\":\"Neu GmbH\",\"additional_address_line\":\"Hof 2\"}");
        assertEquals("Hof 2", d.additionalAddressLine());
        assertEquals("DE1", d.vatId());
        assertNull(d.email());
        assertEquals("gold", d.extra().get("loyalty_tier"));
    }

    @Test
    void updateOfUnknownNumberIsNotFound() {
        stub("/settings/update/debtor", 400,
                "{\"success\":false,\"error_code\":24,\"message\":\"no debtor found for specified postingaccount_number\"}");
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> client.debtors().update(19999, DebtorFields.builder().name("X").build()));
        assertEquals("24", e.errorCode().orElseThrow());
    }

    @Test
    void updateRefusesAChangedNumber() {
        assertThrows(RequestValidationException.class,
                () -> client.debtors().update(10001, DebtorFields.builder().postingaccountNumber(10002L).build()));
        assertEquals(0, requestCount());
    }

    @Test
    void fieldsFromAReadRecordRoundTrip() {
        stub("/settings/get/debtors", fixture("settings-get-debtors.response.json"));
        Debtor d = client.debtors().list().iterator().next();
        DebtorFields f = DebtorFields.from(d);
        assertEquals("Musterkunde GmbH", f.name());
        assertNull(f.additionalAddressLine(), "empty strings from the API are left unset");
        assertEquals(10001L, f.postingaccountNumber());
        assertEquals(f, f.toBuilder().build());
        assertEquals(f.hashCode(), f.toBuilder().build().hashCode());
        assertFalse(f.equals(f.toBuilder().email("x@example.org").build()));
    }

    static String row(long number) {
        return "{\"type\":\"debitor\",\"name\":\"D" + number + "\",\"postingaccount_number\":\"" + number
                + "\",\"import_pending\":0}";
    }
}
