package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest extends WireMockTestBase {
    private static String contacts(String... numbers) {
        StringBuilder sb = new StringBuilder("{\"CONTACT\":[");
        for (int i = 0; i < numbers.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"SUB_NR\":\"").append(numbers[i]).append("\",\"ACCT_NAME\":\"N")
                    .append(numbers[i]).append("\"}");
        }
        return sb.append("],\"USR_LINK\":[]}").toString();
    }

    @Test
    void pageNumberPagingStopsOnAShortPage() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("1"))
                .willReturn(json(contacts("1", "2"))));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("2"))
                .willReturn(json(contacts("3", "4"))));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("3"))
                .willReturn(json(contacts("5"))));

        List<String> numbers = company().data().list(DataQuery.builder("AR1").pageSize(2).build(), "CONTACT")
                .stream().map(r -> r.string("SUB_NR")).toList();

        assertEquals(List.of("1", "2", "3", "4", "5"), numbers);
        wm.verify(3, getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageSize", equalTo("2")));
    }

    @Test
    void pageNumberPagingStopsOnAnEmptyPageAfterAFullOne() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("1"))
                .willReturn(json(contacts("1", "2"))));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("PageNumber", equalTo("2"))
                .willReturn(json("{\"CONTACT\":[]}")));
        assertEquals(2, company().data().list(DataQuery.builder("AR1").pageSize(2).build(), "CONTACT").stream().count());
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)));
    }

    @Test
    void lastKeyPagingSendsTheLastKeyOfThePreviousPage() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("lastKey", absent())
                .willReturn(json(contacts("10001", "10002"))));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("lastKey", equalTo("10002"))
                .willReturn(json(contacts("10003", "10004"))));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("lastKey", equalTo("10004"))
                .willReturn(json(contacts())));

        DataQuery q = DataQuery.builder("AR1").sortBy("SUB_NR").keysetPaging("SUB_NR").pageSize(2).build();
        List<Debtor> all = company().debtors().list(q).stream().toList();

        assertEquals(List.of("10001", "10002", "10003", "10004"), all.stream().map(Debtor::number).toList());
        assertEquals("N10003", all.get(2).name());
        wm.verify(3, getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageNumber", absent())
                .withQueryParam("SortFields", equalTo("SUB_NR")));
    }

    @Test
    void lastKeyPagingThatMakesNoProgressFailsInsteadOfLooping() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1", "2"))));
        var rows = company().data().list(DataQuery.builder("AR1").keysetPaging("SUB_NR").pageSize(2).build(),
                "CONTACT").iterator();
        rows.next();
        rows.next();
        // the second page repeats the key of the first: stop with an error rather than loop forever
        ResponseParseException e = assertThrows(ResponseParseException.class, rows::hasNext);
        assertTrue(e.getMessage().contains("no progress"), e.getMessage());
    }

    @Test
    void pagesAreFetchedLazily() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1", "2"))));
        var iterable = company().data().list(DataQuery.builder("AR1").pageSize(2).build(), "CONTACT");
        assertEquals(0, wm.getAllServeEvents().size());
        Row first = iterable.iterator().next();
        assertEquals("1", first.string("SUB_NR"));
        assertEquals(1, wm.getAllServeEvents().size());
    }

    @Test
    void emptyResultAsEmptyArrayMissingKeyOr404() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("AR1"))
                .willReturn(json("{\"CONTACT\":[]}")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("AK1"))
                .willReturn(json("{\"USR_LINK\":[]}")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("AG1"))
                .willReturn(aResponse().withStatus(404)));
        assertTrue(company().debtors().all().stream().toList().isEmpty());
        assertTrue(company().articles().all().stream().toList().isEmpty());
        assertTrue(company().articleGroups().all().stream().toList().isEmpty());
        assertTrue(company().debtors().byEmail("x@example.com").isEmpty());
    }

    @Test
    void notFoundAsEmptyCanBeSwitchedOff() {
        client = clientBuilder().notFoundAsEmpty(false).build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(404,
                "{\"ErrorType\":\"AccountViewError\",\"ErrorMessage\":\"Bedrijfsobject XYZ bestaat niet\"}")));
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> company().data().get(DataQuery.builder("XYZ").build()));
        assertTrue(e.getMessage().contains("Bedrijfsobject XYZ bestaat niet"));
    }

    @Test
    void typedListingsUseTheDefaultPageSizeAndSortByKey() {
        client = clientBuilder().defaultPageSize(250).build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1"))));
        company().debtors().all().stream().count();
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageSize", equalTo("250"))
                .withQueryParam("PageNumber", equalTo("1")).withQueryParam("SortFields", equalTo("SUB_NR")));
    }

    @Test
    void typedListingsReadAThousandRowsPerPageByDefault() {
        client = clientBuilder().build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1"))));
        assertEquals(1000, company().defaultPageSize());
        company().debtors().all().stream().count();
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageSize", equalTo("1000"))
                .withQueryParam("PageNumber", equalTo("1")));
    }

    @Test
    void aCompanyCanUseAnotherPageSizeWithTheSameClient() {
        client = clientBuilder().build();
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1"))));
        CompanyClient small = company().withDefaultPageSize(200);
        small.debtors().all().stream().count();
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageSize", equalTo("200")));
        assertEquals(1000, company().defaultPageSize(), "the original is unchanged");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> company().withDefaultPageSize(1001));
        assertTrue(e.getMessage().contains("defaultPageSize") && e.getMessage().contains("1001"), e.getMessage());
    }

    @Test
    void aCallersSortReplacesTheDefaultKeySort() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(contacts("1"))));
        var debtors = company().debtors();
        debtors.list(debtors.query().sortBy("ACCT_NAME").build()).stream().count();
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("SortFields", equalTo("ACCT_NAME")));
    }
}
