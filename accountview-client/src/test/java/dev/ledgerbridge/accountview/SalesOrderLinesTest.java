package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.transport.error.ResponseParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sales-order lines are joined to their header by {@code SO_HDR_Id}; a line that fits no header is an error, never dropped. */
class SalesOrderLinesTest extends WireMockTestBase {
    private static final String ENDPOINT = "GET accountviewdata SO1";

    private static List<String> articles(SalesOrder o) {
        return o.lines().stream().map(SalesOrderLine::articleCode).toList();
    }

    @Test
    void aLineWhoseHeaderIdMatchesNoHeaderIsAnErrorNamingEndpointLineAndHeaderId() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":1},{"ORD_NR":"2","SO_HDR_Id":2}],
                 "SO_LINE":[{"ART_CODE":"A","SO_LINE_Id":11,"SO_HDR_Id":1},
                            {"ART_CODE":"B","SO_LINE_Id":12,"SO_HDR_Id":99}]}""")));

        ResponseParseException e = assertThrows(ResponseParseException.class,
                () -> company().salesOrders().all().stream().toList());

        assertEquals(Optional.of(ENDPOINT), e.endpoint());
        assertTrue(e.getMessage().contains(ENDPOINT), e.getMessage());
        assertTrue(e.getMessage().contains("SO_LINE_Id 12"), e.getMessage());
        assertTrue(e.getMessage().contains("SO_HDR_Id 99"), e.getMessage());
    }

    @Test
    void aLineWithoutHeaderIdAmongSeveralHeadersIsAnError() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":1},{"ORD_NR":"2","SO_HDR_Id":2}],
                 "SO_LINE":[{"ART_CODE":"A","SO_HDR_Id":1},{"ART_CODE":"B"}]}""")));

        ResponseParseException e = assertThrows(ResponseParseException.class,
                () -> company().salesOrders().all().stream().toList());
        assertTrue(e.getMessage().contains("SO_LINE row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("no SO_HDR_Id"), e.getMessage());
    }

    @Test
    void linesWithoutAnyHeaderAreAnError() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[],"SO_LINE":[{"ART_CODE":"A","SO_LINE_Id":11,"SO_HDR_Id":1}]}""")));
        ResponseParseException e = assertThrows(ResponseParseException.class,
                () -> company().salesOrders().all().stream().toList());
        assertTrue(e.getMessage().contains("SO_HDR_Id 1"), e.getMessage());
    }

    @Test
    void headerIdsMatchWhetherSentAsNumberOrText() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":1},{"ORD_NR":"2","SO_HDR_Id":"2"}],
                 "SO_LINE":[{"ART_CODE":"A","SO_HDR_Id":"1"},{"ART_CODE":"B","SO_HDR_Id":2.0},
                            {"ART_CODE":"C","SO_HDR_Id":" 1 "}]}""")));
        List<SalesOrder> orders = company().salesOrders().all().stream().toList();
        assertEquals(List.of("A", "C"), articles(orders.get(0)));
        assertEquals(List.of("B"), articles(orders.get(1)));
    }

    @Test
    void headerIdIsExposedAndNotInExtra() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":41}],"SO_LINE":[{"ART_CODE":"A","SO_HDR_Id":41}]}""")));
        SalesOrder o = company().salesOrders().all().stream().findFirst().orElseThrow();
        assertEquals("41", o.headerId());
        assertTrue(!o.extra().containsKey("SO_HDR_Id"), o.extra().toString());
        assertEquals(o, o.toBuilder().build());
        assertEquals("7", SalesOrder.builder().headerId("7").build().headerId());
    }

    @Test
    void aSingleHeaderWithoutIdsStillTakesItsLines() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1"}],"SO_LINE":[{"ART_CODE":"A"},{"ART_CODE":"B","SO_HDR_Id":5}]}""")));
        SalesOrder o = company().salesOrders().all().stream().findFirst().orElseThrow();
        assertEquals(List.of("A", "B"), articles(o));
        assertEquals(null, o.headerId());
    }

    @Test
    void pageNumberPagingFailsOnThePageWithTheOrphanLine() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("1")).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":1}],"SO_LINE":[{"ART_CODE":"A","SO_HDR_Id":1}]}""")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("2")).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"2","SO_HDR_Id":2}],
                 "SO_LINE":[{"ART_CODE":"B","SO_LINE_Id":21,"SO_HDR_Id":2},
                            {"ART_CODE":"C","SO_LINE_Id":22,"SO_HDR_Id":3}]}""")));

        Iterator<SalesOrder> it = company().salesOrders().list(company().salesOrders().query().pageSize(1).build())
                .iterator();
        assertEquals(List.of("A"), articles(it.next()));
        ResponseParseException e = assertThrows(ResponseParseException.class, it::next);
        assertTrue(e.getMessage().contains("SO_LINE_Id 22") && e.getMessage().contains("SO_HDR_Id 3"),
                e.getMessage());
    }

    @Test
    void keysetPagingFailsOnThePageWithTheOrphanLine() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("lastKey", absent()).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","SO_HDR_Id":1}],"SO_LINE":[{"ART_CODE":"A","SO_HDR_Id":1}]}""")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("lastKey", equalTo("1")).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"2","SO_HDR_Id":2}],"SO_LINE":[{"ART_CODE":"B","SO_LINE_Id":31,"SO_HDR_Id":7}]}""")));

        DataQuery q = company().salesOrders().query().sortBy("ORD_NR").keysetPaging("ORD_NR").pageSize(1).build();
        Iterator<SalesOrder> it = company().salesOrders().list(q).iterator();
        assertEquals(List.of("A"), articles(it.next()));
        ResponseParseException e = assertThrows(ResponseParseException.class, it::next);
        assertEquals(Optional.of(ENDPOINT), e.endpoint());
        assertTrue(e.getMessage().contains("SO_LINE_Id 31") && e.getMessage().contains("SO_HDR_Id 7"),
                e.getMessage());
    }
}
