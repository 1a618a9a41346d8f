package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.WriteRequest;
import dev.ledgerbridge.accountview.data.WriteRow;
import dev.ledgerbridge.transport.error.RequestValidationException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.ResponseTooLargeException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile numbers and bodies of unexpected shape: typed errors naming endpoint and field, never OOM or "no rows". */
class HostileResponseTest extends WireMockTestBase {

    private ResponseParseException articleReadFails(String body) {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(body)));
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ResponseParseException.class,
                () -> company().articles().byCode("ART-1001")));
    }

    @Test
    void aQuantityWithAHugeExponentIsAParseErrorNamingTheField() {
        ResponseParseException e = articleReadFails("{\"ARTICLE\":[{\"ART_CODE\":\"ART-1001\",\"QTY_AVAIL\":1E+999999999}]}");
        assertTrue(e.getMessage().contains("QTY_AVAIL") && e.getMessage().contains("GET accountviewdata AK1"),
                e.getMessage());
    }

    @Test
    void anAmountAsStringWithAHugeExponentIsAParseErrorNamingTheField() {
        ResponseParseException e = articleReadFails("{\"ARTICLE\":[{\"ART_CODE\":\"ART-1001\",\"PX_SELL\":\"1E+999999999\"}]}");
        assertTrue(e.getMessage().contains("PX_SELL") && e.getMessage().contains("1E+999999999"), e.getMessage());
    }

    @Test
    void aHugeExponentInAnUntypedRowIsAParseErrorToo() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"ARTICLE\":[{\"QTY_AVAIL\":-1E+999999999}]}")));
        ResponseParseException e = assertThrows(ResponseParseException.class,
                () -> company().data().get(DataQuery.builder("AK1").build()));
        assertTrue(e.getMessage().contains("ARTICLE.QTY_AVAIL"), e.getMessage());
    }

    @Test
    void aWriteWithAHugeNumberIsRefusedBeforeSending() {
        WriteRow row = WriteRow.builder().set("ART_CODE", "ART-1").set("PX_SELL", new BigDecimal("1E+999999999")).build();
        RequestValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                RequestValidationException.class,
                () -> company().data().insert(WriteRequest.builder("AK1", "ARTICLE").row(row).build())));
        assertEquals("ARTICLE[1].PX_SELL", e.violations().get(0).field());
        assertEquals("1E+999999999", e.violations().get(0).value());
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anOversizedBodyIsReportedAsAnAnswerOverTheLimit() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"ARTICLE\":[{\"ART_DESC1\":\"" + "x".repeat(5000)
                + "\"}]}")));
        AccountViewClient small = clientBuilder().transport(dev.ledgerbridge.transport.Transports.builder()
                .timeSource(time).maxResponseBytes(1000).build()).build();
        ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
                () -> small.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AK1").build()));
        assertEquals(200, e.httpStatus());
    }

    // item 5: a 200 whose body lacks the expected table must not read as "no rows"

    @Test
    void aSuccessFalseBodyIsAParseErrorNotNoRows() {
        ResponseParseException e = articleReadFails("{\"success\":false}");
        assertTrue(e.getMessage().contains("GET accountviewdata AK1") && e.getMessage().contains("ARTICLE"),
                e.getMessage());
    }

    @Test
    void aBareArrayIsAParseErrorNotNoRows() {
        ResponseParseException e = articleReadFails("[{\"ART_CODE\":\"ART-1001\"}]");
        assertTrue(e.getMessage().contains("ARTICLE"), e.getMessage());
    }

    @Test
    void anObjectWithoutTheTableKeyIsAParseErrorNotNoRows() {
        ResponseParseException e = articleReadFails("{\"OTHER\":[{\"ART_CODE\":\"ART-1001\"}]}");
        assertTrue(e.getMessage().contains("ARTICLE"), e.getMessage());
    }

    @Test
    void aPresentEmptyTableAndADocumented404StillReadAsNoRows() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"ARTICLE\":[]}")));
        assertTrue(company().articles().byCode("ART-1001").isEmpty());
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(404, "{\"message\":\"No records found\"}")));
        assertTrue(company().articles().byCode("ART-1001").isEmpty());
    }
}
