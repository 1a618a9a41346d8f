package dev.ledgerbridge.testkit.accountview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.testkit.Fault;
import dev.ledgerbridge.testkit.Http;
import dev.ledgerbridge.testkit.ManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountViewDataTest {
    // 09:00 UTC is 10:00 in Amsterdam (CET)
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T09:00:00Z"));
    private AccountViewEmulator av;
    private AvWire wire;

    @BeforeEach
    void start() {
        // long-lived tokens: these tests move the clock to observe CNG_DATE
        av = AccountViewEmulator.builder().clock(clock).tokenLifetimes(Duration.ofDays(30), Duration.ofDays(60))
                .start();
        wire = new AvWire(av);
    }

    @AfterEach
    void stop() {
        av.close();
    }

    private void seedCatalogue() {
        av.company().seedJson("""
                {"AG1": [{"AG_CODE": "SCHR", "AG_DESC": "Schroeven"}],
                 "AK1": [{"ART_CODE": "ART-1001", "ART_DESC1": "Schroef 4x40", "AG_CODE": "SCHR", "PX_SELL": 19.95,
                          "ART_UNIT": "doos", "COST_PX": 9.5, "QTY_AVAIL": 12},
                         {"ART_CODE": "ART-2040", "ART_DESC1": "Boormachine", "PX_SELL": 149.0},
                         {"ART_CODE": "VERZENDKOSTEN", "ART_DESC1": "Verzendkosten", "PX_SELL": 6.95}],
                 "AR1": [{"SUB_NR": "10023", "ACCT_NAME": "Jansen Installatietechniek", "SRC_CODE": "JANSEN",
                          "MAIL_BUS": "info@jansen-installatie.example"}]}""");
    }

    @Test
    void postingTheDebtorFixtureCreatesAContactWithAssignedKeys() {
        Http.Result r = wire.write("POST", Http.fixture("accountview/debtor-create-ar1.json").toString());

        assertEquals(200, r.status(), r.body());
        JsonNode row = r.json().get("CONTACT").get(0);
        assertEquals("10001", row.get("SUB_NR").asText());
        assertEquals("Jansen Installatietechniek", row.get("ACCT_NAME").asText());
        assertEquals("3511 AB", row.get("POST_CODE").asText());
        assertEquals("2026-11-28T10:00:00", row.get("CNG_DATE").asText());
        assertEquals("2026-11-28T10:00:00", row.get("INP_DATE").asText());
        assertEquals(1, row.get("CNG_NR").asInt());
        assertEquals(0, row.get("EXT_KEY").asInt());
        assertTrue(row.has("CONTACT_Id"));

        JsonNode found = wire.get(AvWire.params("BusinessObject", "AR1", "PageSize", "1",
                "FilterControlSource1", "MAIL_BUS", "FilterOperator1", "Equal", "FilterValueType1", "C",
                "FilterValue1", "info@jansen-installatie.example", "FilterIsListOfValues1", "false")).json();
        assertEquals("10001", found.get("CONTACT").get(0).get("SUB_NR").asText());
        assertEquals(1, av.requestCount("POST /accountviewdata AR1"));
        assertEquals(1, av.requestCount("GET /accountviewdata AR1"));
    }

    @Test
    void typedSeedingSetsTheDocumentedFields() {
        String debtor = av.company().addDebtor("Jansen Installatietechniek B.V.", "info@jansen.example");
        String given = av.company().addDebtor("20001", "De Vries", null);
        av.company().addArticle("ART-1001", "Schroef 4x40", new BigDecimal("19.95"), 12);
        String order = av.company().addSalesOrder(debtor, LocalDate.parse("2026-11-20"),
                SalesOrderLine.of("ART-1001", 2, "19.95"), SalesOrderLine.of("ART-1001", 1));

        Map<String, Object> contact = av.company().rows("CONTACT").get(0);
        assertEquals("10001", debtor);
        assertEquals(debtor, contact.get("SUB_NR"));
        assertEquals("Jansen Installatietechniek B.V.", contact.get("ACCT_NAME"));
        assertEquals("JANSENINST", contact.get("SRC_CODE"));
        assertEquals("info@jansen.example", contact.get("MAIL_BUS"));
        assertEquals("20001", given);
        Map<String, Object> article = av.company().rows("ARTICLE").get(0);
        assertEquals(0, new BigDecimal("19.95").compareTo(new BigDecimal(article.get("PX_SELL").toString())));
        assertEquals(12, ((Number) article.get("QTY_AVAIL")).intValue());
        Map<String, Object> header = av.company().rows("SO_HDR").get(0);
        assertEquals(order, String.valueOf(header.get("ORD_NR")).trim());
        assertEquals(debtor, header.get("RPL_INV"));
        assertEquals("2026-11-20T00:00:00", header.get("ORD_DATE"));
        List<Map<String, Object>> lines = av.company().rows("SO_LINE");
        assertEquals(2, lines.size());
        assertEquals(2, ((Number) lines.get(0).get("ORD_QTY")).intValue());
        assertEquals(0, av.stats().total(), "seeding sends no requests");
        assertThrows(IllegalArgumentException.class, () -> av.company().addSalesOrder("99999",
                LocalDate.parse("2026-11-20"), SalesOrderLine.of("ART-1001", 1)), "unknown debtor");
    }

    @Test
    void requestStatsCountEachRequestOnceSoTheSnapshotAddsUpToTheTotal() {
        wire.write("POST", Http.fixture("accountview/debtor-create-ar1.json").toString());
        wire.get(AvWire.params("BusinessObject", "AR1", "PageSize", "10"));
        wire.get(AvWire.params("BusinessObject", "AK1", "PageSize", "10"));

        assertEquals(Map.of("POST /accountviewdata AR1", 1L, "GET /accountviewdata AR1", 1L,
                "GET /accountviewdata AK1", 1L), av.stats().snapshot());
        assertEquals(3, av.stats().snapshot().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(3, av.stats().total());
        assertEquals(Map.of("POST /accountviewdata", 1L, "GET /accountviewdata", 2L), av.stats().snapshotByPath());
        assertEquals(2, av.stats().countByPath("GET /accountviewdata"));
        assertEquals(0, av.requestCount("GET /accountviewdata"), "exact keys only; the path key has its own view");
    }

    @Test
    void aFaultRuleOnThePathKeyMatchesEveryBusinessObject() {
        av.faults().failNext("GET /accountviewdata", Fault.THROTTLE, 1);

        assertEquals(429, wire.get(AvWire.params("BusinessObject", "AK1")).status());
        assertEquals(200, wire.get(AvWire.params("BusinessObject", "AK1")).status());
        assertEquals(2, av.requestCount("GET /accountviewdata AK1"));
    }

    @Test
    void postingTheSalesOrderFixtureAssignsAnOrderNumberAndWritesHistory() {
        seedCatalogue();
        Map<String, Object> address = av.company().insert("ADDR", Map.of("SUB_NR", "10023", "DEL_NAME", "Magazijn",
                "ADDRESS1", "Industrieweg 1", "POST_CODE", "3542 AD", "CITY", "Utrecht", "CNT_CODE", "NL"));
        ObjectNode order = (ObjectNode) Http.fixture("accountview/salesorder-create-so1.json");
        ArrayNode headerValues = (ArrayNode) order.at("/TableData/Data/Rows/0/Values");
        headerValues.set(8, address.get("REC_ID").toString());

        Http.Result r = wire.write("POST", order.toString());

        assertEquals(200, r.status(), r.body());
        JsonNode header = r.json().get("SO_HDR").get(0);
        assertEquals("1", header.get("ORD_NR").asText());
        assertEquals("2024-05-14T10:15:00", header.get("ORD_DATE").asText());
        JsonNode lines = r.json().get("SO_LINE");
        assertEquals(3, lines.size());
        assertEquals("ART-2040", lines.get(1).get("ART_CODE").asText());
        assertEquals(149.0, lines.get(1).get("ART_PX").asDouble());
        assertEquals(header.get("SO_HDR_Id"), lines.get(0).get("SO_HDR_Id"));

        JsonNode read = wire.get(AvWire.params("BusinessObject", "SO1")).json();
        assertEquals(1, read.get("SO_HDR").size());
        assertEquals(3, read.get("SO_LINE").size());

        JsonNode history = wire.get(AvWire.params("BusinessObject", "ALH", "FilterControlSource1", "art_code",
                "FilterOperator1", "Equal", "FilterValue1", "ART-1001", "FilterControlSource2", "hst_ah.hdr_type",
                "FilterOperator2", "Equal", "FilterValueType2", "N", "FilterValue2", "1",
                "SortFields", "hst_ah.del_date", "SortOrder", "descending", "PageSize", "20")).json();
        JsonNode line = history.get("HST_AL").get(0);
        assertEquals(1, history.get("HST_AL").size());
        assertEquals("Jansen Installatietechniek", line.get("HST_AH.DC_NAME").asText());
        assertEquals(2, line.get("PACK_QTY").asInt());
        assertEquals("doos", line.get("ART_UNIT").asText());
    }

    @Test
    void unknownArticleOnAnOrderLineIsRejectedAndNothingIsStored() {
        seedCatalogue();
        ObjectNode order = (ObjectNode) Http.fixture("accountview/salesorder-create-so1.json");
        ((ArrayNode) order.at("/TableData/Data/Rows/0/Values")).set(8, "");
        ((ArrayNode) order.at("/TableData/DetailData/0/Rows/1/Values")).set(3, "NOPE-1");

        Http.Result r = wire.write("POST", order.toString());

        assertEquals(400, r.status());
        assertEquals("AccountViewError", r.json().get("ErrorType").asText());
        assertEquals("Article 'NOPE-1' does not exist (SO_LINE row 2)", r.json().get("ErrorMessage").asText());
        assertTrue(av.company().rows("SO_HDR").isEmpty());
        assertTrue(av.company().rows("HST_AL").isEmpty());
    }

    @Test
    void invalidWritesAnswerErrorTypeAndMessage() {
        ObjectNode noSearchCode = (ObjectNode) Http.fixture("accountview/debtor-create-ar1.json");
        ((ArrayNode) noSearchCode.at("/TableData/Data/Rows/0/Values")).set(7, "");
        assertWriteError(noSearchCode, "Field CONTACT.SRC_CODE is mandatory (row 1)");

        ObjectNode tooLong = (ObjectNode) Http.fixture("accountview/debtor-create-ar1.json");
        ((ArrayNode) tooLong.at("/TableData/Data/Rows/0/Values")).set(2, "X".repeat(41));
        assertWriteError(tooLong, "Value for CONTACT.ACCT_NAME (row 1) is too long: 41 characters, maximum 40");

        ObjectNode unknownField = (ObjectNode) Http.fixture("accountview/debtor-create-ar1.json");
        ((ObjectNode) unknownField.at("/Table/Definition/Fields/9")).put("Name", "NAAM");
        assertWriteError(unknownField, "Field CONTACT.NAAM does not exist");

        ObjectNode shortRow = (ObjectNode) Http.fixture("accountview/debtor-create-ar1.json");
        ((ArrayNode) shortRow.at("/TableData/Data/Rows/0/Values")).remove(9);
        assertWriteError(shortRow, "Row 1 of CONTACT has 9 values but the definition has 10 fields");

        ObjectNode journal = (ObjectNode) Http.fixture("accountview/journal-page-dj2.json");
        assertWriteError(journal, "Unknown business object 'DJ2'");
        assertTrue(av.company().rows("CONTACT").isEmpty());
    }

    private void assertWriteError(JsonNode payload, String message) {
        Http.Result r = wire.write("POST", payload.toString());
        assertEquals(400, r.status(), r.body());
        assertEquals(Http.fixture("accountview/error-response.json").get("ErrorType"), r.json().get("ErrorType"));
        assertEquals(message, r.json().get("ErrorMessage").asText());
    }

    @Test
    void putUpdatesOnlyTheSentColumnsAndMaintainsChangeFields() {
        seedCatalogue();
        clock.advance(Duration.ofHours(2));
        String put = """
                {"BusinessObject": "AR1",
                 "Table": {"Definition": {"Name": "CONTACT", "Fields": [
                    {"Name": "RowId", "FieldType": "C"}, {"Name": "SUB_NR", "FieldType": "C"},
                    {"Name": "CITY", "FieldType": "C"}]}},
                 "TableData": {"Data": {"Rows": [{"Values": ["1", "10023", "Amersfoort"]}]}}}""";
        Http.Result r = wire.write("PUT", put);
        assertEquals(200, r.status(), r.body());
        JsonNode row = r.json().get("CONTACT").get(0);
        assertEquals("Amersfoort", row.get("CITY").asText());
        assertEquals("Jansen Installatietechniek", row.get("ACCT_NAME").asText());
        assertEquals("2026-11-28T12:00:00", row.get("CNG_DATE").asText());
        assertEquals("2026-11-28T10:00:00", row.get("INP_DATE").asText());
        assertEquals(2, row.get("CNG_NR").asInt());

        Http.Result missing = wire.write("PUT", put.replace("10023", "99999"));
        assertEquals(400, missing.status());
        assertEquals("No record with SUB_NR '99999' in CONTACT", missing.json().get("ErrorMessage").asText());
    }

    @Test
    void filtersSupportEqualNotEqualContainsAndDates() {
        seedCatalogue();
        clock.advance(Duration.ofDays(1));
        av.company().update("AK1", Map.of("ART_CODE", "ART-2040", "QTY_AVAIL", 3));

        assertEquals(List.of("ART-2040"), codes(wire.get(AvWire.params("BusinessObject", "AK1",
                "FilterControlSource1", "CNG_DATE", "FilterOperator1", "DateOnOrAfterDate", "FilterValueType1", "T",
                "FilterValue1", "{^2026-11-29 00:00:00}", "FilterIsListOfValues1", "false"))));
        assertEquals(List.of("ART-1001", "VERZENDKOSTEN"), codes(wire.get(AvWire.params("BusinessObject", "AK1",
                "FilterControlSource1", "article.art_code", "FilterOperator1", "NotEqual", "FilterValueType1", "C",
                "FilterValue1", "ART-2040"))));
        assertEquals(List.of("ART-2040"), codes(wire.get(AvWire.params("BusinessObject", "AK1",
                "FilterControlSource1", "ART_DESC1", "FilterOperator1", "Contains", "FilterValue1", "boor"))));
        assertEquals(List.of("ART-1001", "ART-2040"), codes(wire.get(AvWire.params("BusinessObject", "AK1",
                "MatchAnyFilter", "true",
                "FilterControlSource1", "PX_SELL", "FilterOperator1", "Equal", "FilterValueType1", "N",
                "FilterValue1", "19.95",
                "FilterControlSource2", "QTY_AVAIL", "FilterOperator2", "Equal", "FilterValueType2", "N",
                "FilterValue2", "3"))));
        assertEquals(List.of(), codes(wire.get(AvWire.params("BusinessObject", "AK1",
                "FilterControlSource1", "PX_SELL", "FilterOperator1", "Equal", "FilterValueType1", "N",
                "FilterValue1", "19.95",
                "FilterControlSource2", "QTY_AVAIL", "FilterOperator2", "Equal", "FilterValueType2", "N",
                "FilterValue2", "3"))));

        Http.Result badOperator = wire.get(AvWire.params("BusinessObject", "AK1", "FilterControlSource1", "ART_CODE",
                "FilterOperator1", "Like", "FilterValue1", "x"));
        assertEquals(400, badOperator.status());
        assertEquals("Unknown filter operator 'Like'", badOperator.json().get("ErrorMessage").asText());
    }

    @Test
    void pagingByPageNumberAndByLastKeyWalkAllRows() {
        for (int i = 1; i <= 25; i++) {
            av.company().insert("AK1", Map.of("ART_CODE", String.format("A-%03d", i), "ART_DESC1", "Artikel " + i));
        }
        List<String> byNumber = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> codes = codes(wire.get(AvWire.params("BusinessObject", "AK1", "PageSize", "10",
                    "PageNumber", Integer.toString(page), "SortFields", "ART_CODE", "SortOrder", "Ascending")));
            byNumber.addAll(codes);
            if (codes.size() < 10) {
                break;
            }
        }
        assertEquals(25, byNumber.size());
        assertEquals("A-025", byNumber.get(24));

        List<String> byKey = new ArrayList<>();
        String lastKey = null;
        while (true) {
            Map<String, String> p = AvWire.params("BusinessObject", "AK1", "PageSize", "10",
                    "Fields", "art_code,REC_ID");
            if (lastKey != null) {
                p.put("lastKey", lastKey);
            }
            JsonNode rows = wire.get(p).json().get("ARTICLE");
            rows.forEach(r -> byKey.add(r.get("ART_CODE").asText()));
            if (rows.size() < 10) {
                break;
            }
            lastKey = rows.get(rows.size() - 1).get("REC_ID").asText();
            assertFalse(rows.get(0).has("ART_DESC1"));
        }
        assertEquals(byNumber, byKey);

        List<String> descending = codes(wire.get(AvWire.params("BusinessObject", "AK1", "PageSize", "3",
                "SortFields", "ART_CODE", "SortOrder", "descending")));
        assertEquals(List.of("A-025", "A-024", "A-023"), descending);
        assertEquals(400, wire.get(AvWire.params("BusinessObject", "AK1", "PageSize", "1001")).status());
    }

    @Test
    void contactsPageByLastKeyOnSubNr() {
        for (int i = 0; i < 5; i++) {
            av.company().insert("AR1", Map.of("ACCT_NAME", "Klant " + i, "SRC_CODE", "K" + i));
        }
        JsonNode page = wire.get(AvWire.params("BusinessObject", "AR1", "PageSize", "2", "lastKey", "10002")).json();
        assertEquals("10003", page.get("CONTACT").get(0).get("SUB_NR").asText());
        assertEquals("10004", page.get("CONTACT").get(1).get("SUB_NR").asText());
    }

    @Test
    void businessObjectCatalogueListsWritePermissions() {
        JsonNode list = Http.send(wire.request(av.webApiUrl() + "/accountviewsystembusinessobjects").GET().build())
                .json();
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        list.forEach(o -> byCode.put(o.get("Code").asText(), o));
        assertTrue(byCode.get("SO1").get("InsertAllowed").asBoolean());
        assertFalse(byCode.get("SO1").get("UpdateAllowed").asBoolean());
        assertFalse(byCode.get("ALH").get("InsertAllowed").asBoolean());
        assertTrue(byCode.get("AR1").get("UpdateAllowed").asBoolean());
    }

    @Test
    void seedingValidatesLikeTheApi() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> av.company().insert("ADDR", Map.of("SUB_NR", "77777", "DEL_NAME", "X")));
        assertEquals("Debtor '77777' does not exist (DEL_ADDR row 1)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> av.company().insert("ALH", Map.of()));
    }

    private static List<String> codes(Http.Result r) {
        assertEquals(200, r.status(), r.body());
        List<String> codes = new ArrayList<>();
        r.json().get("ARTICLE").forEach(row -> codes.add(row.get("ART_CODE").asText()));
        return codes;
    }
}
