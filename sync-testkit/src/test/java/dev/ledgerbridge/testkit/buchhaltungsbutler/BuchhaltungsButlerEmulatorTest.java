package dev.ledgerbridge.testkit.buchhaltungsbutler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.testkit.Http;
import dev.ledgerbridge.testkit.ManualClock;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuchhaltungsButlerEmulatorTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T10:00:00Z"));
    private BuchhaltungsButlerEmulator bb;
    private BbWire wire;

    @BeforeEach
    void start() {
        bb = BuchhaltungsButlerEmulator.builder().clock(clock).start();
        wire = new BbWire(bb);
    }

    @AfterEach
    void stop() {
        bb.close();
    }

    private static Map<String, Object> fixtureDebtor() {
        Map<String, Object> d = new HashMap<>();
        d.put("name", "Musterkunde GmbH");
        d.put("street", "Musterstraße 1");
        d.put("zip", "10000");
        d.put("city", "Musterstadt");
        d.put("country", "DE");
        d.put("email", "rechnung@example.invalid");
        return d;
    }

    @Test
    void debtorListMatchesTheLiveFixtureExactly() {
        bb.tenant().addDebtor(fixtureDebtor());

        Http.Result r = wire.post("/settings/get/debtors", Map.of("limit", 100, "offset", 0));

        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertEquals(Http.fixture("buchhaltungsbutler/settings-get-debtors.response.json"), r.json());
    }

    @Test
    void debtorListDefaultsTo25RowsAndPagesByOffset() {
        for (int i = 0; i < 30; i++) {
            bb.tenant().addDebtor(Map.of("name", "Kunde " + i));
        }
        JsonNode first = wire.post("/settings/get/debtors", Map.of()).json();
        assertEquals(25, first.get("rows").asInt());
        assertEquals(25, first.get("data").size());
        assertEquals("10001", first.get("data").get(0).get("postingaccount_number").asText());

        JsonNode second = wire.post("/settings/get/debtors", Map.of("offset", 25, "limit", 25)).json();
        assertEquals(5, second.get("rows").asInt());
        assertEquals("10026", second.get("data").get(0).get("postingaccount_number").asText());

        JsonNode beyond = wire.post("/settings/get/debtors", Map.of("offset", 100)).json();
        assertEquals(0, beyond.get("rows").asInt());
    }

    @Test
    void addDebtorAssignsNextNumberAndReadsBackUnderReadNames() {
        Http.Result r = wire.post("/settings/add/debtor", Map.of("name", "Alpha GmbH",
                "additional_address_line", "Hinterhaus", "sales_tax_id", "DE123456789", "country", "Österreich"));
        assertEquals(200, r.status());
        assertEquals(Http.JSON.createObjectNode().put("success", true).put("postingaccount_number", "10001")
                .put("message", ""), r.json());
        assertEquals("10002", wire.post("/settings/add/debtor", Map.of("name", "Beta")).json()
                .get("postingaccount_number").asText());

        Map<String, Object> row = bb.tenant().debtors().get(0);
        assertEquals("Hinterhaus", row.get("additional_addressline"));
        assertEquals("DE123456789", row.get("sales_tax_id_eu"));
        assertEquals("AT", row.get("country"));
        assertFalse(row.containsKey("additional_address_line"));
        assertEquals("debitor", row.get("type"));
    }

    @Test
    void addDebtorAnswersTheSpecErrorCodes() {
        assertError(wire.post("/settings/add/debtor", Map.of()), 400, 8, "invalid name specified");
        assertError(wire.post("/settings/add/debtor", Map.of("name", "")), 400, 8, "invalid name specified");
        assertError(wire.post("/settings/add/debtor", Map.of("name", "X", "email", "no-at-sign")), 400, 20,
                "invalid email specified");
        assertError(wire.post("/settings/add/debtor", Map.of("name", "X", "iban", "DE00")), 400, 18,
                "invalid iban specified");
        assertError(wire.post("/settings/add/debtor", Map.of("name", "X", "country", "Atlantis")), 400, 16,
                "invalid country specified");
        assertError(wire.post("/settings/add/debtor", Map.of("name", "X", "postingaccount_number", "abc")), 400, 7,
                "invalid postingaccount_number specified");
        wire.post("/settings/add/debtor", Map.of("name", "X", "postingaccount_number", "12345"));
        assertError(wire.post("/settings/add/debtor", Map.of("name", "Y", "postingaccount_number", "12345")), 400, 7,
                "invalid postingaccount_number specified");
        assertEquals(1, bb.tenant().debtors().size());
    }

    @Test
    void updateDebtorByPostingAccountNumberKeepsOmittedFields() {
        bb.tenant().addDebtor(fixtureDebtor());

        Http.Result r = wire.post("/settings/update/debtor", Map.of("postingaccount_number", 10001,
                "city", "Berlin", "additional_address_line", "3. OG"));

        assertEquals(200, r.status());
        JsonNode data = r.json().get("data");
        assertEquals("Berlin", data.get("city").asText());
        assertEquals("3. OG", data.get("additional_addressline").asText());
        assertEquals("Musterstraße 1", data.get("street").asText());
        assertEquals("10001", data.get("postingaccount_number").asText());
        assertEquals("Berlin", bb.tenant().debtors().get(0).get("city"));

        assertError(wire.post("/settings/update/debtor", Map.of("postingaccount_number", 10099, "city", "X")), 400,
                24, "no debtor found for specified postingaccount_number");
        assertError(wire.post("/settings/update/debtor", Map.of("postingaccount_number", "abc")), 400, 1,
                "wrong debtor account postingaccount_number specified");
    }

    @Test
    void aTenantSetToClearOmittedFieldsEmptiesThemOnUpdate() {
        bb.tenant().addDebtor(fixtureDebtor());
        bb.tenant().setDebtorUpdateClearsOmittedFields(true);

        JsonNode data = wire.post("/settings/update/debtor", Map.of("postingaccount_number", 10001,
                "name", "Musterkunde GmbH", "city", "Berlin")).json().get("data");

        assertEquals("Berlin", data.get("city").asText());
        assertEquals("", data.get("street").asText(), "omitted, so cleared");
        assertEquals("", bb.tenant().debtors().get(0).get("street"));
        assertEquals("10001", data.get("postingaccount_number").asText());
    }

    @Test
    void aTenantSetToDropBatchEmailsCreatesDebtorsWithoutEmail() {
        bb.tenant().setDebtorBatchDropsEmail(true);

        wire.post("/settings/add-batch/debtors", Map.of("debtors", List.of(Map.of("name", "A", "email", "a@example.com"))));
        wire.post("/settings/add/debtor", Map.of("name", "B", "email", "b@example.com"));

        assertEquals("", bb.tenant().debtors().get(0).get("email"));
        assertEquals("b@example.com", bb.tenant().debtors().get(1).get("email"), "single create keeps it");
    }

    @Test
    void creditorsUseTheirOwnRangeAndType() {
        String number = wire.post("/settings/add/creditor", Map.of("name", "Lieferant AG", "due_in_days", 14)).json()
                .get("postingaccount_number").asText();
        assertEquals("70001", number);
        JsonNode row = wire.post("/settings/get/creditors", Map.of("limit", 10)).json().get("data").get(0);
        assertEquals("creditor", row.get("type").asText());
        assertTrue(row.get("customer_number").isNull());
        assertFalse(row.has("due_in_days"));
    }

    @Test
    void authenticationAndTenantErrors() {
        assertError(wire.raw("/settings/get/debtors", "{\"api_key\":\"" + bb.apiKey() + "\"}", null), 401, 3,
                "API credentials unknown or invalid");
        assertError(wire.raw("/settings/get/debtors", "{\"api_key\":\"" + bb.apiKey() + "\"}",
                Http.basic(bb.apiClient(), "wrong")), 401, 3, "API credentials unknown or invalid");
        assertError(new BbWire(bb, "unknown-key").post("/settings/get/debtors", Map.of()), 401, 4,
                "customer not found or insufficient privileges");
        assertError(wire.raw("/settings/get/debtors", "", Http.basic(bb.apiClient(), bb.apiSecret())), 400, 23,
                "no post and files content received or declined");
        assertError(wire.raw("/settings/get/debtors", "not json", Http.basic(bb.apiClient(), bb.apiSecret())), 400,
                23, "no post and files content received or declined");

        bb.tenant().setActive(false);
        assertError(wire.post("/settings/get/debtors", Map.of()), 403, 11, "customer has no active status");
    }

    @Test
    void eachApiKeyHasItsOwnData() {
        bb.addTenant("second-key").addDebtor(Map.of("name", "Nur im zweiten Mandanten"));
        bb.tenant().addDebtor(Map.of("name", "Nur im ersten"));

        JsonNode second = new BbWire(bb, "second-key").post("/settings/get/debtors", Map.of()).json();
        assertEquals(1, second.get("rows").asInt());
        assertEquals("Nur im zweiten Mandanten", second.get("data").get(0).get("name").asText());
        assertEquals("10001", second.get("data").get(0).get("postingaccount_number").asText());
        assertEquals("Nur im ersten", bb.tenant().debtors().get(0).get("name"));
    }

    @Test
    void unknownPathsAnswerAnHtml404AndReadsMustBePost() {
        Http.Result r = wire.post("/postings/reservations/get", Map.of());
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains("<html"));

        Http.Result get = Http.send(HttpRequest.newBuilder(Http.uri(bb.baseUrl() + "/settings/get/debtors")).GET()
                .header("Authorization", Http.basic(bb.apiClient(), bb.apiSecret())).build());
        assertError(get, 400, 2, "Api method calls require POST requests");
        assertEquals(1, bb.requestCount("POST /postings/reservations/get"));
    }

    @Test
    void createdInvoiceBecomesAnOutboundReceipt() {
        Map<String, Object> invoice = invoice("invoice");
        Http.Result r = wire.post("/invoices/create", invoice);

        assertEquals(200, r.status());
        JsonNode body = r.json();
        List<String> expectedKeys = new ArrayList<>();
        Http.fixture("buchhaltungsbutler/invoices-create.response.json").fieldNames().forEachRemaining(expectedKeys::add);
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        assertEquals(expectedKeys, keys);
        assertEquals("RE-1001", body.get("invoicenumber").asText());
        assertTrue(body.get("file_name").asText().startsWith("2026-11-20_Rechnung_RE-1001_"));

        JsonNode list = wire.post("/receipts/get", Map.of("list_direction", "outbound")).json();
        assertEquals(1, list.get("rows").asInt());
        JsonNode row = list.get("data").get(0);
        assertEquals(body.get("id_by_customer").asText(), row.get("id_by_customer").asText());
        assertEquals("invoice outbound", row.get("type").asText());
        assertEquals("Kunde GmbH", row.get("counterparty").asText());
        // 2 x 10.00 net + 19 % = 23.80 plus 1 x 5.00 net + 7 % = 5.35
        assertEquals("29.15", row.get("amount").asText());
        assertEquals("2026-12-04", row.get("due_date").asText());
        assertEquals("0", row.get("deleted").asText());
        assertTrue(row.get("payment_date").isNull());
        assertEquals(16, row.size());
        assertEquals(0, wire.post("/receipts/get", Map.of("list_direction", "inbound")).json().get("rows").asInt());

        assertEquals(List.of("Beratung", "Material"), bb.tenant().invoices().get(0).get("item_name"));
    }

    @Test
    void typedSeedingSetsTheDocumentedWriteParameters() {
        String number = bb.tenant().addDebtor("Bäckerei Wolf", "info@baeckerei-wolf.example");
        long id = bb.tenant().addInvoice("RE-2026-7", "Bäckerei Wolf", LocalDate.parse("2026-11-20"),
                InvoiceItem.of("Beratung", 2, "119.00", 19), InvoiceItem.of("Brot", 1, "5.35", 7));

        Map<String, Object> debtor = bb.tenant().debtors().get(0);
        assertEquals(number, debtor.get("postingaccount_number"));
        assertEquals("Bäckerei Wolf", debtor.get("name"));
        assertEquals("info@baeckerei-wolf.example", debtor.get("email"));
        Map<String, Object> invoice = bb.tenant().invoices().get(0);
        assertEquals("RE-2026-7", invoice.get("invoicenumber"));
        assertEquals("gross", invoice.get("show_prices_type"));
        assertEquals(List.of("2", "1"), invoice.get("item_amount"));
        assertEquals(List.of("19", "7"), invoice.get("item_vat"));
        Map<String, Object> receipt = bb.tenant().receipts().get(0);
        assertEquals(String.valueOf(id), String.valueOf(receipt.get("id_by_customer")));
        assertEquals("243.35", receipt.get("amount"));
        assertEquals(0, bb.stats().total(), "seeding sends no requests");
        assertThrows(IllegalArgumentException.class,
                () -> bb.tenant().addInvoice("RE-2026-8", "Wolf", LocalDate.parse("2026-11-20")));
    }

    @Test
    void offersAreListedOnlyWithIncludeOffers() {
        wire.post("/invoices/create", invoice("offer"));
        assertEquals(0, wire.post("/receipts/get", Map.of("list_direction", "outbound")).json().get("rows").asInt());
        assertEquals(1, wire.post("/receipts/get", Map.of("list_direction", "outbound", "include_offers", true)).json()
                .get("rows").asInt());
    }

    @Test
    void invoiceValidationUsesTheSpecCodes() {
        Map<String, Object> noItems = invoice("invoice");
        noItems.remove("item_name");
        assertError(wire.post("/invoices/create", noItems), 400, 6, "no items specified");
        Map<String, Object> badType = invoice("bill");
        assertError(wire.post("/invoices/create", badType), 400, 5, "invalid type specified");
        Map<String, Object> badVat = invoice("invoice");
        badVat.put("item_vat", List.of("19", "abc"));
        assertError(wire.post("/invoices/create", badVat), 400, 39, "invalid item_vat specified");
        Map<String, Object> badLanguage = invoice("invoice");
        badLanguage.put("language", "fr_FR");
        assertError(wire.post("/invoices/create", badLanguage), 400, 44,
                "invalid language specified, allowed values: de_DE, en_US");
        bb.tenant().setInvoiceQuota(0);
        assertError(wire.post("/invoices/create", invoice("invoice")), 403, 33, "customer has reached the upload limit");
        assertTrue(bb.tenant().receipts().isEmpty());
    }

    private static Map<String, Object> invoice(String type) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("show_prices_type", "net");
        m.put("company_name", "Kunde GmbH");
        m.put("date", "2026-11-20");
        m.put("due_days", "14");
        m.put("item_name", List.of("Beratung", "Material"));
        m.put("item_amount", List.of("2", "1"));
        m.put("item_unit", List.of("Std.", "Stk."));
        m.put("item_vat", List.of("19", "7"));
        m.put("item_single_price", List.of("10.00", "5"));
        return m;
    }

    @Test
    void receiptsListMatchesTheFixtureShapeAndFilters() {
        bb.tenant().addCreditor(Map.of("name", "Beispiel GmbH"));
        long id = bb.tenant().addReceipt(Map.of("type", "invoice inbound", "counterparty", "Beispiel GmbH",
                "invoice_number", "RE-00-00000", "date", "2020-01-02", "amount", 100, "currency", "EUR",
                "account", 1200));
        bb.tenant().markPaid(id, LocalDate.parse("2020-01-02"));
        bb.tenant().addReceipt(Map.of("type", "invoice inbound", "counterparty", "Musterlieferant",
                "invoice_number", "RE-26-00815", "date", "2026-08-14", "amount", 119.0, "currency", "EUR"));

        JsonNode page = wire.post("/receipts/get", Map.of("list_direction", "inbound", "limit", 2, "offset", 0)).json();
        JsonNode expected = Http.fixture("buchhaltungsbutler/receipts-get-inbound.response.json");
        assertEquals(expected.get("rows"), page.get("rows"));
        JsonNode expectedRow = expected.get("data").get(0);
        JsonNode row = page.get("data").get(0);
        List<String> expectedFields = new ArrayList<>();
        expectedRow.fieldNames().forEachRemaining(expectedFields::add);
        List<String> fields = new ArrayList<>();
        row.fieldNames().forEachRemaining(fields::add);
        assertEquals(expectedFields, fields);
        for (String f : List.of("type", "date", "delivery_date", "counterparty", "invoicenumber",
                "amount", "payment_date", "due_date", "account", "amount_paid", "amount_paid_fixed", "deleted",
                "link_to_receipt_id_by_customer")) {
            assertEquals(expectedRow.get(f), row.get(f), f);
        }

        assertEquals(1, wire.post("/receipts/get", Map.of("list_direction", "inbound", "payment_status", "unpaid"))
                .json().get("rows").asInt());
        assertEquals("RE-26-00815", wire.post("/receipts/get", Map.of("list_direction", "inbound",
                "invoicenumber", "RE-26-00815")).json().get("data").get(0).get("invoicenumber").asText());
        JsonNode sorted = wire.post("/receipts/get", Map.of("list_direction", "inbound",
                "order", Map.of("amount", "DESC"))).json();
        assertEquals("119.00", sorted.get("data").get(0).get("amount").asText());
        assertEquals(1, wire.post("/receipts/get", Map.of("list_direction", "inbound", "date_from", "2026-01-01"))
                .json().get("rows").asInt());
    }

    @Test
    void invoiceNumberFilterFindsEveryReceiptWithThatNumber() {
        for (String supplier : List.of("Lieferant A", "Lieferant B")) {
            bb.tenant().addReceipt(Map.of("type", "invoice inbound", "counterparty", supplier, "invoice_number",
                    "1001", "date", "2026-11-01", "amount", 50, "currency", "EUR"));
        }
        JsonNode r = wire.post("/receipts/get", Map.of("list_direction", "inbound", "invoicenumber", "1001")).json();
        assertEquals(2, r.get("rows").asInt());
        assertEquals(0, wire.post("/receipts/get", Map.of("list_direction", "outbound", "invoicenumber", "1001"))
                .json().get("rows").asInt());
    }

    @Test
    void receiptsListErrorsMatchTheSpec() {
        Http.Result missing = wire.post("/receipts/get", Map.of());
        assertEquals(400, missing.status());
        assertEquals(Http.fixture("buchhaltungsbutler/error-receipts-get-missing-list-direction.response.json"),
                missing.json());
        assertError(wire.post("/receipts/get", Map.of("list_direction", "inbound", "limit", 501)), 400, 10,
                "invalid limit specified");
        assertError(wire.post("/receipts/get", Map.of("list_direction", "inbound", "order", Map.of("foo", "ASC"))),
                400, 15, "invalid field specified");
        assertError(wire.post("/receipts/get", Map.of("list_direction", "inbound", "date_from", "02.01.2020")), 400, 7,
                "invalid date_from specified");
    }

    @Test
    void byIdRoutesTakeTheIdAsPathSegment() {
        long id = bb.tenant().addReceipt(Map.of("type", "invoice inbound", "counterparty", "A", "invoice_number", "",
                "date", "2026-01-01", "amount", 10, "currency", "EUR", "vat_rate", 19));
        JsonNode detail = wire.post("/receipts/get/" + id, Map.of("get_file", true)).json().get("data");
        assertEquals("19.00", detail.get("vat").asText());
        assertEquals("inbound", detail.get("list_direction").asText());
        assertEquals("pdf", detail.get("file_type").asText());
        assertTrue(detail.has("date_delivery") && !detail.has("delivery_date"));

        JsonNode unknown = wire.post("/receipts/get/999", Map.of()).json();
        assertTrue(unknown.get("success").asBoolean());
        assertTrue(unknown.get("data").isArray() && unknown.get("data").isEmpty());
        assertError(wire.post("/receipts/get/id_by_customer", Map.of()), 400, 5, "invalid id_by_customer specified");
        assertEquals(404, wire.post("/transactions/get/id_by_customer", Map.of()).status());
        assertError(wire.post("/transactions/get/999", Map.of()), 400, 6, "transaction not found");

        Http.Result deleted = wire.post("/receipts/delete/" + id, Map.of());
        assertEquals("{\"success\":true,\"id_by_customer\":\"" + id + "\"}", deleted.body());
        assertEquals(1, wire.post("/receipts/get", Map.of("list_direction", "inbound", "deleted", true)).json()
                .get("rows").asInt());
        assertError(wire.post("/receipts/delete/" + id, Map.of()), 400, 7, "receipt already deleted");
        assertEquals("1", wire.post("/receipts/get/" + id, Map.of()).json().get("data").get("deleted").asText());
        assertEquals(4, bb.requestCount("POST /receipts/get/{id}"));
    }

    @Test
    void transactionsListUsesExclusiveIdBounds() {
        for (int i = 1; i <= 5; i++) {
            bb.tenant().addTransaction(Map.of("account", 1200, "to_from", "Kunde " + i, "amount", 10 * i,
                    "booking_date", "2026-11-0" + i + " 00:00:00", "purpose", "Zahlung " + i));
        }
        JsonNode r = wire.post("/transactions/get", Map.of("id_by_customer_from", 2, "id_by_customer_to", 4)).json();
        assertEquals(1, r.get("rows").asInt());
        JsonNode row = r.get("data").get(0);
        assertEquals(3, row.get("id_by_customer").asInt());
        assertTrue(row.get("id_by_customer").isNumber());
        assertEquals("30.00", row.get("amount").asText());
        assertEquals("2026-11-03 00:00:00", row.get("booking_date").asText());
        assertEquals(6, row.size());
        assertError(wire.post("/transactions/add", Map.of("account", 1300, "to_from", "X", "amount", 1,
                "booking_date", "2026-11-01 00:00:00")), 400, 7, "account does not exist");
        assertEquals("EUR", wire.post("/transactions/get/3", Map.of()).json().get("data").get("currency").asText());
    }

    @Test
    void rateLimitAnswersTheThrottlingCodeUntilTheWindowPasses() {
        try (BuchhaltungsButlerEmulator limited = BuchhaltungsButlerEmulator.builder().clock(clock)
                .requestsPerMinute(3).start()) {
            BbWire w = new BbWire(limited);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, w.post("/accounts/get", Map.of()).status());
            }
            assertError(w.post("/accounts/get", Map.of()), 403, 15, "adding temporarily restricted");
            clock.advance(Duration.ofSeconds(59));
            assertEquals(403, w.post("/accounts/get", Map.of()).status());
            clock.advance(Duration.ofSeconds(1));
            assertEquals(200, w.post("/accounts/get", Map.of()).status());
        }
    }

    @Test
    void batchEndpointsAllowOneCallPerFiveSeconds() {
        Map<String, Object> batch = Map.of("debtors", List.of(Map.of("name", "A"), Map.of("name", ""),
                Map.of("name", "C")));
        JsonNode first = wire.post("/settings/add-batch/debtors", batch).json();
        assertTrue(first.get("success").asBoolean());
        assertEquals(2, first.get("debtors").size());
        assertEquals(1, first.get("errors").size());
        assertEquals(8, first.get("errors").get(0).get("error_code").asInt());
        assertEquals("", first.get("errors").get(0).get("request_data").get("name").asText());

        assertError(wire.post("/settings/add-batch/debtors", batch), 403, 15, "adding temporarily restricted");
        clock.advance(Duration.ofMillis(4999));
        assertEquals(403, wire.post("/settings/add-batch/debtors", batch).status());
        clock.advance(Duration.ofMillis(1));
        assertEquals(200, wire.post("/settings/add-batch/debtors", batch).status());
        assertEquals(4, bb.tenant().debtors().size());

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(Map.of("type", "invoice inbound"));
        }
        assertError(wire.post("/receipts/addBatch", Map.of("receipts", tooMany)), 400, 5,
                "more than 50 receipts specified");
    }

    @Test
    void seedFileFillsSeveralTenants(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, """
                {"tenants": {
                  "emulator-api-key": {"debtors": [{"name": "Eins"}], "cost_locations": [{"code": "K1", "name": "Vertrieb"}]},
                  "other": {"creditors": [{"name": "Lieferant"}], "accounts": [{"type": "other", "name": "PayPal", "postingaccount_number": 1360}]}
                }}""");
        bb.seed(file);
        assertEquals("Eins", bb.tenant().debtors().get(0).get("name"));
        assertEquals(1, wire.post("/cost-locations/get", Map.of()).json().get("rows").asInt());
        JsonNode accounts = new BbWire(bb, "other").post("/accounts/get", Map.of()).json();
        assertEquals(3, accounts.get("rows").asInt());
        assertEquals("PayPal", accounts.get("data").get(2).get("name").asText());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bb.seedJson("{\"debtors\": [{\"name\": \"\"}]}"));
        assertTrue(e.getMessage().contains("error_code 8"), e.getMessage());
    }

    @Test
    void postingAccountsListTheChartAndPersonalAccounts() {
        bb.tenant().addDebtor(Map.of("name", "Kunde"));
        JsonNode all = wire.post("/settings/get/postingaccounts", Map.of("order", "postingaccount_number DESC")).json();
        assertEquals("70000", all.get("data").get(0).get("postingaccount_number").asText());
        JsonNode onlyDebtors = wire.post("/settings/get/postingaccounts", Map.of("exclude_postingaccounts", true,
                "exclude_accounts", true, "exclude_creditors", true)).json();
        assertEquals(2, onlyDebtors.get("rows").asInt());
        assertEquals("debtor", onlyDebtors.get("data").get(1).get("type").asText());
        assertNull(onlyDebtors.get("data").get(1).get("subtype").textValue());
    }

    @Test
    void formEncodedBodiesAreDecodedPhpStyle() {
        String form = "api_key=" + bb.apiKey() + "&debtors%5B0%5D%5Bname%5D=Form+Eins&debtors%5B1%5D%5Bname%5D=Zwei"
                + "&debtors%5B1%5D%5Bcity%5D=K%C3%B6ln";
        Http.Result r = Http.send(HttpRequest.newBuilder(Http.uri(bb.baseUrl() + "/settings/add-batch/debtors"))
                .header("Authorization", Http.basic(bb.apiClient(), bb.apiSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, r.status(), r.body());
        assertEquals(2, r.json().get("debtors").size());
        assertEquals("Köln", bb.tenant().debtors().get(1).get("city"));
        assertEquals("Form Eins", bb.tenant().debtors().get(0).get("name"));
    }

    @Test
    void toStringNeverShowsCredentials() {
        assertFalse(bb.toString().contains(bb.apiSecret()));
        assertFalse(bb.tenant().toString().contains(bb.apiKey()));
    }

    static void assertError(Http.Result r, int status, int code, String message) {
        assertEquals(status, r.status(), r.body());
        JsonNode body = r.json();
        assertFalse(body.get("success").asBoolean());
        assertEquals(code, body.get("error_code").asInt(), r.body());
        assertEquals(message, body.get("message").asText());
        assertFalse(body.has("data") || body.has("rows"));
    }
}
