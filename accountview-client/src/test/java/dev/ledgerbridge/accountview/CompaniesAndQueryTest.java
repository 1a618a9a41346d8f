package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.data.FilterOperator;
import dev.ledgerbridge.accountview.data.FoxPro;
import dev.ledgerbridge.accountview.data.SortOrder;
import dev.ledgerbridge.transport.error.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompaniesAndQueryTest extends WireMockTestBase {
    private static final String COMPANIES = "[{\"Id\":\"" + COMPANY_ID + "\",\"Description\":\"Demo BV\",\"Code\":\"DEMO\","
            + "\"Region\":\"NL\"},{\"Id\":\"other-id\",\"Description\":\"Tweede BV\",\"Code\":\"TWEE\"}]";

    @Test
    void listsCompaniesWithoutXCompanyHeader() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json(COMPANIES)));
        List<Company> companies = client.companies();
        assertEquals(2, companies.size());
        assertEquals(COMPANY_ID, companies.get(0).id());
        assertEquals("DEMO", companies.get(0).code());
        assertEquals("Demo BV", companies.get(0).description());
        assertEquals("NL", companies.get(0).extra().get("Region"));
        wm.verify(getRequestedFor(urlEqualTo("/api/v3/companies")).withHeader("X-Company", absent())
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void emptyCompanyListIsEmpty() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json("[]")));
        assertTrue(client.companies().isEmpty());
    }

    @Test
    void forCompanyPicksByCodeAndSendsItsIdOnEveryDataCall() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json(COMPANIES)));
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"CONTACT\":[]}")));
        CompanyClient demo = client.forCompany(" demo ");
        assertEquals(COMPANY_ID, demo.companyId());
        demo.data().get(DataQuery.builder("AR1").build());
        demo.debtors().byNumber("1");
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)).withHeader("X-Company", equalTo(COMPANY_ID)));
        assertEquals("other-id", client.forCompany("TWEE").companyId());
    }

    @Test
    void unknownCompanyCodeNamesTheAvailableOnes() {
        wm.stubFor(get(urlEqualTo("/api/v3/companies")).willReturn(json(COMPANIES)));
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.forCompany("NOPE"));
        assertTrue(e.getMessage().contains("NOPE") && e.getMessage().contains("[DEMO, TWEE]"), e.getMessage());
    }

    @Test
    void encodesEveryQueryParameter() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"HST_AL\":[]}")));
        DataQuery q = DataQuery.builder("alh")
                .fields("art_code", "hst_ah.dc_name")
                .filter(Filter.equal("art_code", "ART 1&2"),
                        Filter.equal("hst_ah.hdr_type", 1).listOfValues(false),
                        Filter.onOrAfter("CNG_DATE", LocalDateTime.of(2024, 5, 1, 0, 0, 7, 999)),
                        Filter.onOrAfter("INV_DATE", LocalDate.of(2024, 1, 31)),
                        Filter.contains("DC_NAME", "Jansen"),
                        Filter.notEqual("HDR_TYPE", 2),
                        Filter.of("QTY", FilterOperator.of("42"), FieldType.NUMERIC, "1.5"))
                .matchAnyFilter(true)
                .filterExpression("!EMPTY(dct_file.obj_code) AND dct_file.dbf_type=2")
                .sortBy("hst_ah.del_date", "art_code").sortOrder(SortOrder.DESCENDING)
                .pageSize(20).pageNumber(3).bookDate(LocalDate.of(2024, 12, 31))
                .build();

        company().data().get(q);

        wm.verify(getRequestedFor(urlEqualTo(DATA + "?BusinessObject=ALH&Fields=ART_CODE%2CHST_AH.DC_NAME"
                + "&FilterControlSource1=art_code&FilterOperator1=Equal&FilterValueType1=C&FilterValue1=ART%201%262"
                + "&FilterControlSource2=hst_ah.hdr_type&FilterOperator2=Equal&FilterValueType2=N&FilterValue2=1"
                + "&FilterIsListOfValues2=false"
                + "&FilterControlSource3=CNG_DATE&FilterOperator3=DateOnOrAfterDate&FilterValueType3=T"
                + "&FilterValue3=%7B%5E2024-05-01%2000%3A00%3A07%7D"
                + "&FilterControlSource4=INV_DATE&FilterOperator4=DateOnOrAfterDate&FilterValueType4=D"
                + "&FilterValue4=%7B%5E2024-01-31%7D"
                + "&FilterControlSource5=DC_NAME&FilterOperator5=Contains&FilterValueType5=C&FilterValue5=Jansen"
                + "&FilterControlSource6=HDR_TYPE&FilterOperator6=NotEqual&FilterValueType6=N&FilterValue6=2"
                + "&FilterControlSource7=QTY&FilterOperator7=42&FilterValueType7=N&FilterValue7=1.5"
                + "&MatchAnyFilter=true"
                + "&Filter=%21EMPTY%28dct_file.obj_code%29%20AND%20dct_file.dbf_type%3D2"
                + "&SortFields=HST_AH.DEL_DATE%2CART_CODE&SortOrder=Descending"
                + "&PageSize=20&PageNumber=3&BookDate=2024-12-31"))
                .withHeader("X-Company", equalTo(COMPANY_ID)));
    }

    @Test
    void keysetQueryEncodesLastKey() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{}")));
        company().data().get(DataQuery.builder("AR1").keysetPaging("SUB_NR").lastKey("10023").pageSize(50).build());
        wm.verify(getRequestedFor(urlEqualTo(DATA + "?BusinessObject=AR1&PageSize=50&lastKey=10023")));
    }

    @Test
    void foxProLiterals() {
        assertEquals("{^2024-01-31}", FoxPro.dateLiteral(LocalDate.of(2024, 1, 31)));
        assertEquals("{^2024-01-31 10:15:00}", FoxPro.dateTimeLiteral(LocalDateTime.of(2024, 1, 31, 10, 15)));
        assertEquals("'ART_LINE'", FoxPro.stringLiteral("ART_LINE"));
        assertEquals("\"O'Brien\"", FoxPro.stringLiteral("O'Brien"));
        assertEquals("[a'b\"c]", FoxPro.stringLiteral("a'b\"c"));
        assertEquals("1.50", Filter.equal("X", new BigDecimal("1.50")).value());
    }

    @Test
    void badQueriesFailBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> DataQuery.builder("AR1").pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> DataQuery.builder("AR1").pageSize(1001));
        assertThrows(IllegalArgumentException.class, () -> DataQuery.builder("AR1").pageNumber(0));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> DataQuery.builder("AR1").pageNumber(1).keysetPaging("SUB_NR").build());
        assertTrue(both.getMessage().contains("paging style"));
        assertThrows(IllegalArgumentException.class, () -> DataQuery.builder("AR1;DROP"));
        assertThrows(IllegalArgumentException.class, () -> Filter.equal("SUB_NR=1 OR 1", "x"));
        assertThrows(IllegalArgumentException.class, () -> DataQuery.builder("AR1").lastKey("1").build());
        assertEquals(0, wm.getAllServeEvents().size());
    }
}
