package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Tables;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import dev.ledgerbridge.accountview.model.JournalLine;
import dev.ledgerbridge.accountview.model.JournalPage;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WritePayloadTest extends WireMockTestBase {
    private static final Instant T = Instant.parse("2024-05-14T10:15:00Z");

    private void stubPost(String response) {
        wm.stubFor(post(urlEqualTo(DATA)).willReturn(json(response)));
    }

    private String postedBody() {
        wm.verify(postRequestedFor(urlEqualTo(DATA)).withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withHeader("X-Company", equalTo(COMPANY_ID)).withHeader("Authorization", equalTo("Bearer " + ACCESS)));
        return onlyRequestBody(DATA);
    }

    private static Debtor jansen() {
        return Debtor.builder().collectiveAccount("1210").name("Jansen Installatietechniek").countryCode("NL")
                .city("Utrecht").postalCode("3511 AB").address("Oudegracht 12").searchCode("-")
                .email("info@jansen-installatie.example").phone("030-1234567").build();
    }

    @Test
    void genericContactInsertMatchesTheFixtureExactly() {
        client = clientBuilder().numericRowIds(true).build();
        stubPost("{\"CONTACT\":[{\"SUB_NR\":\"10023\"}]}");
        WriteRow row = WriteRow.builder().set("ACCT_NR", "1210").set("ACCT_NAME", "Jansen Installatietechniek")
                .set("CNT_CODE", "NL").set("CITY", "Utrecht").set("POST_CODE", "3511 AB")
                .set("ADDRESS1", "Oudegracht 12").set("SRC_CODE", "-").set("MAIL_BUS", "info@jansen-installatie.example")
                .set("TEL_BUS", "030-1234567").build();

        Tables echoed = company().data().insert(WriteRequest.builder("AR1", "CONTACT").row(row).build());

        wm.verify(postRequestedFor(urlEqualTo(DATA))
                .withRequestBody(equalToJson(fixture("debtor-create-ar1.json"), false, false)));
        assertEquals("10023", echoed.rows("CONTACT").get(0).string("SUB_NR"));
    }

    @Test
    void genericSalesOrderInsertMatchesTheFixtureExactly() {
        client = clientBuilder().numericRowIds(true).build();
        stubPost("{\"SO_HDR\":[{\"RPL_INV\":\"10023\"}],\"SO_LINE\":[]}");
        WriteRow header = WriteRow.builder().set("INV_DATE", T).set("RPL_INV", "10023").set("DEL_DATE", T)
                .set("COMMENT1", "100045 Jansen Installatietechniek").set("ORD_DATE", T).set("RPL_DEL", "10023")
                .set("TO_EMAIL", "info@jansen-installatie.example").set("DEL_CODE", "0000000123").build();
        List<WriteRow> lines = List.of(line("ART-1001", 2, "19.95"), line("ART-2040", 1, "149.0"),
                line("VERZENDKOSTEN", 1, "6.95"));

        company().data().insert(WriteRequest.builder("SO1", "SO_HDR").row(header, "SO_LINE", lines).build());

        wm.verify(postRequestedFor(urlEqualTo(DATA))
                .withRequestBody(equalToJson(fixture("salesorder-create-so1.json"), false, false)));
    }

    private static WriteRow line(String art, long qty, String px) {
        return WriteRow.builder().set("DEL_DATE", T).set("ART_CODE", art).set("ORD_QTY", qty)
                .set("ART_PX", new BigDecimal(px)).build();
    }

    @Test
    void genericJournalPageWithStringRowIdsMatchesTheFixture() {
        time = new dev.ledgerbridge.transport.ManualTimeSource(Instant.parse("2021-07-02T10:39:05.276Z"));
        client = clientBuilder().build();
        stubPost("{\"DJ_PAGE\":[{\"INV_NR\":\"TEST\"}]}");
        WriteRow page = WriteRow.builder().set("PAGE_NR", "TEST").set("DJ_CODE", "860").set("HDR_DESC", "Test").build();
        WriteRow line = WriteRow.builder().set("PAGE_NR", "TEST").set("DJ_CODE", "TEST").set("SRC_ID", "TEST")
                .set("TRN_DATE", Instant.parse("2021-11-30T13:37:37.450Z")).set("ACCT_NR", "3811").set("REC_ID", "TEST")
                .build();
        company().data().insert(WriteRequest.builder("DJ2", "DJ_PAGE").row(page, "DJ_LINE", List.of(line)).build());
        wm.verify(postRequestedFor(urlEqualTo(DATA))
                .withRequestBody(equalToJson(fixture("journal-page-dj2.json"), false, false)));
    }

    @Test
    void typedDebtorInsertHasTheFixtureStructureAndReturnsTheAssignedNumber() {
        client = clientBuilder().numericRowIds(true).build();
        stubPost("{\"CONTACT\":[{\"SUB_NR\":\"10023\",\"ACCT_NAME\":\"Jansen Installatietechniek\",\"CONTACT_Id\":0,"
                + "\"EXT_KEY\":0}],\"USR_LINK\":[]}");

        Debtor created = company().debtors().insert(jansen());

        assertEquals(table(parse(fixture("debtor-create-ar1.json")), false), table(parse(postedBody()), false));
        assertEquals("10023", created.number());
        assertEquals(0, ((BigDecimal) created.extra().get("CONTACT_Id")).intValue());
    }

    @Test
    void typedSalesOrderInsertHasTheFixtureStructure() {
        client = clientBuilder().numericRowIds(true).build();
        stubPost("{\"SO_HDR\":[{\"ORD_NR\":\"2024001\",\"RPL_INV\":\"10023\",\"SO_HDR_Id\":1}],"
                + "\"SO_LINE\":[{\"ART_CODE\":\"ART-1001\",\"ORD_QTY\":2,\"SO_HDR_Id\":1}]}");
        LocalDate d = LocalDate.of(2024, 5, 14);
        SalesOrder order = SalesOrder.builder().invoiceDate(d).invoiceDebtor("10023").deliveryDate(d)
                .description("100045 Jansen Installatietechniek").orderDate(d).deliveryDebtor("10023")
                .email("info@jansen-installatie.example").deliveryAddressId("0000000123")
                .addLine(soLine("ART-1001", "2", "19.95", d)).addLine(soLine("ART-2040", "1", "149.0", d))
                .addLine(soLine("VERZENDKOSTEN", "1", "6.95", d)).build();

        SalesOrder created = company().salesOrders().insert(order);

        JsonNode sent = parse(postedBody());
        // dates are LocalDate values here: midnight UTC instead of the fixture's 10:15 timestamp
        String fixtureJson = fixture("salesorder-create-so1.json").replace("2024-05-14T10:15:00.000Z",
                "2024-05-14T00:00:00.000Z").replace("\"BookDate\": \"2024-05-14T00:00:00.000Z\"",
                "\"BookDate\": \"2024-05-14T10:15:00.000Z\"");
        assertEquals(table(parse(fixtureJson), false), table(sent, false));
        assertEquals(table(parse(fixtureJson), true), table(sent, true));
        assertEquals("2024-05-14T10:15:00.000Z", sent.get("BookDate").asText());
        assertEquals("2024001", created.orderNumber());
        assertEquals(1, created.lines().size());
        assertEquals(new BigDecimal("2"), created.lines().get(0).quantity());
    }

    private static SalesOrderLine soLine(String art, String qty, String px, LocalDate d) {
        return SalesOrderLine.builder().articleCode(art).quantity(new BigDecimal(qty)).unitPrice(new BigDecimal(px))
                .deliveryDate(d).build();
    }

    /**
     * The payload of one table as column name to type, and each row as column name to value: column order does
     * not matter, everything else does.
     */
    private static Map<String, Object> table(JsonNode payload, boolean detail) {
        JsonNode def = detail ? payload.path("Table").path("DetailDefinitions").path(0)
                : payload.path("Table").path("Definition");
        JsonNode rows = detail ? payload.path("TableData").path("DetailData").path(0).path("Rows")
                : payload.path("TableData").path("Data").path("Rows");
        Map<String, String> types = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        def.path("Fields").forEach(f -> {
            names.add(f.get("Name").asText());
            types.put(f.get("Name").asText(), f.get("FieldType").asText());
        });
        List<Map<String, JsonNode>> values = new ArrayList<>();
        rows.forEach(r -> {
            Map<String, JsonNode> m = new java.util.TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                m.put(names.get(i), r.get("Values").get(i));
            }
            values.add(m);
        });
        return Map.of("name", def.path("Name").asText(), "businessObject", payload.path("BusinessObject").asText(),
                "types", new java.util.TreeMap<>(types), "rows", values);
    }

    @Test
    void typedDeliveryAddressInsertReturnsTheServerAssignedRecId() {
        stubPost("{\"DEL_ADDR\":[{\"REC_ID\":\"0000000123\",\"SUB_NR\":\"10023\"}]}");
        DeliveryAddress created = company().deliveryAddresses().insert(DeliveryAddress.builder().debtorNumber("10023")
                .name("Jansen Magazijn").address("Industrieweg 4").postalCode("3542 AD").city("Utrecht")
                .countryCode("NL").build());

        wm.verify(postRequestedFor(urlEqualTo(DATA)).withRequestBody(equalToJson("""
                {"BookDate":"2024-05-14T10:15:00.000Z","BusinessObject":"ADDR",
                 "Table":{"Definition":{"Name":"DEL_ADDR","Fields":[
                   {"Name":"RowId","FieldType":"C"},{"Name":"SUB_NR","FieldType":"C"},{"Name":"DEL_NAME","FieldType":"C"},
                   {"Name":"ADDRESS1","FieldType":"C"},{"Name":"POST_CODE","FieldType":"C"},{"Name":"CITY","FieldType":"C"},
                   {"Name":"CNT_CODE","FieldType":"C"}]}},
                 "TableData":{"Data":{"Rows":[{"Values":["1","10023","Jansen Magazijn","Industrieweg 4","3542 AD",
                   "Utrecht","NL"]}]}}}""", false, false)));
        assertEquals("0000000123", created.id());
    }

    @Test
    void typedDebtorUpdateIsAPutWithTheKeyAndOnlyTheChangedFields() {
        wm.stubFor(put(urlEqualTo(DATA)).willReturn(json("{\"CONTACT\":[{\"SUB_NR\":\"10023\",\"MAIL_BUS\":\"new@x.example\"}]}")));
        client = clientBuilder().bookDateOnWrites(false).build();

        Debtor updated = company().debtors().update(Debtor.builder().number("10023").email("new@x.example")
                .blocked(false).creditLimit(5000).customField("A8_WEBID", FieldType.CHARACTER, "W-77").build());

        wm.verify(putRequestedFor(urlEqualTo(DATA)).withRequestBody(equalToJson("""
                {"BusinessObject":"AR1",
                 "Table":{"Definition":{"Name":"CONTACT","Fields":[
                   {"Name":"RowId","FieldType":"C"},{"Name":"SUB_NR","FieldType":"C"},{"Name":"MAIL_BUS","FieldType":"C"},
                   {"Name":"CRED_LIM","FieldType":"I"},{"Name":"REC_BLK","FieldType":"L"},{"Name":"A8_WEBID","FieldType":"C"}]}},
                 "TableData":{"Data":{"Rows":[{"Values":["1","10023","new@x.example",5000,false,"W-77"]}]}}}""",
                false, false)));
        assertEquals("new@x.example", updated.email());
    }

    @Test
    void readOnlyFieldsOfAReadDebtorAreNeverWritten() {
        wm.stubFor(put(urlEqualTo(DATA)).willReturn(json("{}")));
        Debtor read = Debtor.builder().number("10023").name("Jansen").changed(java.time.LocalDateTime.now())
                .changeCount(4).balance(BigDecimal.TEN).extra("CONTACT_Id", BigDecimal.ONE).build();
        Debtor result = company().debtors().update(read.toBuilder().phone("06-1").build());
        String body = onlyRequestBody(DATA);
        for (String field : List.of("CNG_DATE", "CNG_NR", "ACCT_BAL", "CONTACT_Id")) {
            assertFalse(body.contains(field), field + " in " + body);
        }
        assertTrue(body.contains("TEL_BUS"));
        assertEquals("06-1", result.phone()); // nothing echoed: the value sent is returned
    }

    @Test
    void journalPageTypedInsert() {
        stubPost("{\"DJ_PAGE\":[{\"INV_NR\":\"F2024-001\",\"DJ_CODE\":\"800\"}]}");
        JournalPage page = JournalPage.builder().journal("800").pageNumber("1").description("Factuur F2024-001")
                .debtorNumber("10023").grossAmounts(true)
                .addLine(JournalLine.builder().account("8000").amount(new BigDecimal("121.00")).vatCode("2").build())
                .build();
        assertEquals("F2024-001", company().journalPages().insert(page).invoiceNumber());
        String raw = onlyRequestBody(DATA);
        JsonNode sent = parse(raw);
        assertEquals("DJ2", sent.get("BusinessObject").asText());
        assertTrue(raw.contains("[\"1\",\"1\",\"8000\",121.00,\"2\"]"), raw); // scale kept
        assertEquals("DJ_LINE", sent.at("/Table/DetailDefinitions/0/Name").asText());
    }

    @Test
    void validationNamesPropertyFieldValueAndRuleAndSendsNothing() {
        Debtor bad = jansen().toBuilder().name("X".repeat(41)).countryCode("NLD").build();
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> company().debtors().insert(bad));
        assertEquals(List.of(
                new Violation("countryCode (CNT_CODE)", "NLD", "must be two capital letters (ISO 3166-1 alpha-2 country code)"),
                new Violation("countryCode (CNT_CODE)", "NLD", "size must be between 0 and 2"),
                new Violation("name (ACCT_NAME)", "X".repeat(41), "size must be between 0 and 40")), e.violations());
        assertTrue(e.getMessage().contains("POST accountviewdata AR1"), e.getMessage());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void mandatoryOnInsertButNotOnUpdate() {
        RequestValidationException e = assertThrows(RequestValidationException.class,
                () -> company().debtors().insert(Debtor.builder().email("a@b.example").build()));
        assertEquals(List.of("name (ACCT_NAME)", "searchCode (SRC_CODE)"),
                e.violations().stream().map(Violation::field).toList());

        RequestValidationException noKey = assertThrows(RequestValidationException.class,
                () -> company().debtors().update(Debtor.builder().email("a@b.example").build()));
        assertEquals("number (SUB_NR)", noKey.violations().get(0).field());
        assertEquals("must be set to update", noKey.violations().get(0).rule());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void salesOrderNeedsLinesWithArticleAndQuantity() {
        RequestValidationException none = assertThrows(RequestValidationException.class,
                () -> company().salesOrders().insert(SalesOrder.builder().invoiceDebtor("10023").build()));
        assertEquals("lines (SO_LINE)", none.violations().get(0).field());

        RequestValidationException line = assertThrows(RequestValidationException.class,
                () -> company().salesOrders().insert(SalesOrder.builder().invoiceDebtor("10023")
                        .addLine(SalesOrderLine.builder().unitPrice(BigDecimal.ONE).build()).build()));
        assertEquals(List.of("lines[0].articleCode (ART_CODE)", "lines[0].quantity (ORD_QTY)"),
                line.violations().stream().map(Violation::field).toList());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void writeRowRejectsValuesThatDoNotFitTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WriteRow.builder().set("ORD_QTY", FieldType.NUMERIC, "two"));
        assertTrue(e.getMessage().contains("ORD_QTY") && e.getMessage().contains("String"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WriteRow.builder().set("RowId", "1"));
        assertThrows(IllegalArgumentException.class, () -> WriteRow.builder().set("BAD NAME", "1"));
    }

    @Test
    void severalHeadersNumberRowsAndLinkLinesByHeaderIdFillingMissingColumnsWithNull() {
        client = clientBuilder().bookDateOnWrites(false).build();
        stubPost("{}");
        WriteRequest request = WriteRequest.builder("so1", "so_hdr").bookDate(T)
                .row(WriteRow.builder().set("RPL_INV", "1").build(), "SO_LINE",
                        List.of(WriteRow.builder().set("ART_CODE", "A").set("ORD_QTY", 1).build()))
                .row(WriteRow.builder().set("RPL_INV", "2").set("COMMENT1", "second").build(), "SO_LINE",
                        List.of(WriteRow.builder().set("ART_CODE", "B").build(),
                                WriteRow.builder().set("ART_CODE", "C").set("ORD_QTY", 3).build()))
                .build();
        company().data().insert(request);
        wm.verify(postRequestedFor(urlEqualTo(DATA)).withRequestBody(equalToJson("""
                {"BookDate":"2024-05-14T10:15:00.000Z","BusinessObject":"SO1",
                 "Table":{"Definition":{"Name":"SO_HDR","Fields":[{"Name":"RowId","FieldType":"C"},
                     {"Name":"RPL_INV","FieldType":"C"},{"Name":"COMMENT1","FieldType":"C"}]},
                   "DetailDefinitions":[{"Name":"SO_LINE","Fields":[{"Name":"RowId","FieldType":"C"},
                     {"Name":"HeaderId","FieldType":"C"},{"Name":"ART_CODE","FieldType":"C"},{"Name":"ORD_QTY","FieldType":"N"}]}]},
                 "TableData":{"Data":{"Rows":[{"Values":["1","1",null]},{"Values":["2","2","second"]}]},
                   "DetailData":[{"Rows":[{"Values":["1","1","A",1]},{"Values":["2","2","B",null]},
                     {"Values":["3","2","C",3]}]}]}}""", false, false)));
    }

    @Test
    void conflictingTypesOfOneColumnAreRejectedBeforeSending() {
        WriteRequest request = WriteRequest.builder("AR1", "CONTACT")
                .row(WriteRow.builder().set("CRED_LIM", 5).build())
                .row(WriteRow.builder().set("CRED_LIM", FieldType.INTEGER, 6).build()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> company().data().insert(request));
        assertTrue(e.getMessage().contains("CONTACT.CRED_LIM"), e.getMessage());
        assertEquals(0, wm.getAllServeEvents().size());
    }
}
