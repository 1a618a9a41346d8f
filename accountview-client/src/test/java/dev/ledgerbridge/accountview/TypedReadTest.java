package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.model.Article;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.DictionaryField;
import dev.ledgerbridge.accountview.model.JournalPage;
import dev.ledgerbridge.accountview.model.OrderHistoryLine;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.VatCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedReadTest extends WireMockTestBase {
    private static final String DEBTOR_ROW = """
            {"SUB_NR":"10023     ","ACCT_NAME":"Jansen Installatietechniek          ","SRC_CODE":"JANSEN",
             "MAIL_BUS":"info@jansen-installatie.example","CNT_CODE":"NL","CRED_LIM":5000,"REC_BLK":false,
             "DD_ACT":"TRUE","MAIN_CONT":"Piet Jansen","MC_MAILB":"piet@jansen.example","MC_DEAR":"Beste Piet",
             "ADMIN_CONT":"Boekhouding","CNG_DATE":"2024-05-01T08:30:00","INP_DATE":"2019-03-02",
             "ACCT_BAL":1234.56,"EXT_KEY":0,"CONTACT_Id":17,"K1_KLANTTYPE":"B2B"}""";

    @Test
    void debtorsByEmailParseEveryKindOfValue() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"CONTACT\":[" + DEBTOR_ROW + "],\"USR_LINK\":[]}")));

        List<Debtor> found = company().debtors().byEmail("info@jansen-installatie.example");

        wm.verify(getRequestedFor(urlEqualTo(DATA + "?BusinessObject=AR1&FilterControlSource1=MAIL_BUS"
                + "&FilterOperator1=Equal&FilterValueType1=C&FilterValue1=info%40jansen-installatie.example"
                + "&SortFields=SUB_NR&PageSize=1000&PageNumber=1")));
        Debtor d = found.get(0);
        assertEquals("10023", d.number());
        assertEquals("Jansen Installatietechniek", d.name());
        assertEquals(5000, d.creditLimit());
        assertEquals(Boolean.FALSE, d.blocked());
        assertEquals(Boolean.TRUE, d.directDebit());
        assertEquals("Piet Jansen", d.contactName());
        assertEquals("piet@jansen.example", d.contactEmail());
        assertEquals("Beste Piet", d.contactSalutation());
        assertEquals("Boekhouding", d.adminContactName());
        assertEquals(LocalDateTime.of(2024, 5, 1, 8, 30), d.changed());
        assertEquals(LocalDateTime.of(2019, 3, 2, 0, 0), d.created());
        assertEquals(new BigDecimal("1234.56"), d.balance());
        assertEquals("B2B", d.extra().get("K1_KLANTTYPE"));
        assertEquals(new BigDecimal("17"), d.extra().get("CONTACT_Id"));
        assertNull(d.phone());
        assertEquals("Debtor{number=10023}", d.toString());
    }

    @Test
    void debtorsChangedSinceUseAFoxProDateTimeLiteral() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"CONTACT\":[" + DEBTOR_ROW + "]}")));
        assertEquals(1, company().debtors().changedSince(LocalDateTime.of(2024, 5, 1, 0, 0)).stream().count());
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("FilterControlSource1", equalTo("CNG_DATE"))
                .withQueryParam("FilterOperator1", equalTo("DateOnOrAfterDate"))
                .withQueryParam("FilterValueType1", equalTo("T"))
                .withQueryParam("FilterValue1", equalTo("{^2024-05-01 00:00:00}")));
    }

    @Test
    void byNumberReadsOneRow() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("{\"CONTACT\":[" + DEBTOR_ROW + "]}")));
        assertEquals("10023", company().debtors().byNumber("10023").orElseThrow().number());
        wm.verify(1, getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("PageSize", equalTo("1"))
                .withQueryParam("FilterValue1", equalTo("10023")));
    }

    @Test
    void articlesKeepAdministrationSpecificFields() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"ARTICLE":[{"ART_CODE":"ART-1001","ART_DESC1":"Kogelkraan 1/2\\"","AG_CODE":"KRANEN","PX_SELL":19.95,
                 "QTY_AVAIL":12,"QTY_FREE2":10.5,"QTY_TECH":14,"QTY_BESTEL":3,"CNG_DATE":"2024-05-02T12:00:00Z",
                 "K1_QDPX":17.5,"A8_WEBSHOP":true}]}""")));
        Article a = company().articles().byCode("ART-1001").orElseThrow();
        assertEquals("KRANEN", a.groupCode());
        assertEquals(new BigDecimal("19.95"), a.salesPrice());
        assertEquals(new BigDecimal("10.5"), a.quantityFree());
        assertEquals(new BigDecimal("3"), a.quantityOnOrder());
        assertEquals(LocalDateTime.of(2024, 5, 2, 12, 0), a.changed());
        assertEquals(new BigDecimal("17.5"), a.extra().get("K1_QDPX"));
        assertEquals(true, a.extra().get("A8_WEBSHOP"));
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("AK1"))
                .withQueryParam("FilterControlSource1", equalTo("ART_CODE")));
    }

    @Test
    void packingUnitsFilterOnTheQualifiedArticleCode() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json(
                "{\"ART_PACK\":[{\"ART_CODE\":\"ART-1001\",\"PACK_CONT\":6,\"PQTY_FREE2\":2,\"VEUTR_LEV\":\"LEV01\"}]}")));
        var units = company().packingUnits().ofArticle("ART-1001");
        assertEquals(new BigDecimal("6"), units.get(0).content());
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("PCK"))
                .withQueryParam("FilterControlSource1", equalTo("ART_PACK.ART_CODE")));
    }

    @Test
    void salesOrdersJoinLinesToHeadersById() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"SO_HDR":[{"ORD_NR":"1","RPL_INV":"10023","ORD_DATE":"2024-05-14T00:00:00","SO_HDR_Id":1},
                           {"ORD_NR":"2","RPL_INV":"10024","ORD_DATE":"","SO_HDR_Id":2}],
                 "SO_LINE":[{"ART_CODE":"A","ORD_QTY":1,"SO_HDR_Id":1},{"ART_CODE":"B","ORD_QTY":2,"SO_HDR_Id":2},
                            {"ART_CODE":"C","ORD_QTY":3,"SO_HDR_Id":1}]}""")));
        List<SalesOrder> orders = company().salesOrders().all().stream().toList();
        assertEquals(List.of("A", "C"), orders.get(0).lines().stream().map(l -> l.articleCode()).toList());
        assertEquals(List.of("B"), orders.get(1).lines().stream().map(l -> l.articleCode()).toList());
        assertEquals(LocalDate.of(2024, 5, 14), orders.get(0).orderDate());
        assertNull(orders.get(1).orderDate());
    }

    @Test
    void orderHistoryReadsHeaderFieldsQualifiedOrFromTheSiblingTable() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("FilterValue1", equalTo("ART-1001")).willReturn(json("""
                {"HST_AL":[{"REC_ID":"L1","ART_CODE":"ART-1001","UNIT_PX":19.95,"HST_AH.DC_NAME":"Jansen",
                            "HST_AH.HDR_TYPE":1,"HST_AH.DEL_DATE":"2024-04-30T00:00:00"}]}""")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("FilterValue1", equalTo("10023")).willReturn(json("""
                {"HST_AH":[{"HST_AH_Id":5,"DC_NAME":"Jansen","RPL_INV":"10023","HDR_TYPE":1,"INV_DATE":"2024-04-29"}],
                 "HST_AL":[{"REC_ID":"L2","ART_CODE":"ART-2040","HST_AH_Id":5}]}""")));

        OrderHistoryLine q = company().orderHistory().ofArticle("ART-1001", 1).stream().findFirst().orElseThrow();
        assertEquals("Jansen", q.name());
        assertEquals(1, q.orderType());
        assertEquals(LocalDate.of(2024, 4, 30), q.deliveryDate());
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("FilterControlSource2",
                equalTo("HST_AH.HDR_TYPE")).withQueryParam("FilterValueType2", equalTo("N"))
                .withQueryParam("SortFields", equalTo("HST_AH.DEL_DATE"))
                .withQueryParam("SortOrder", equalTo("Descending")));

        OrderHistoryLine s = company().orderHistory().ofDebtor("10023").stream().findFirst().orElseThrow();
        assertEquals("10023", s.invoiceDebtor());
        assertEquals(LocalDate.of(2024, 4, 29), s.invoiceDate());
        assertEquals("ART-2040", s.articleCode());
    }

    @Test
    void vatCodesLedgerAccountsAndJournalPages() {
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("VA1")).willReturn(json(
                "{\"VAT\":[{\"VAT_CODE\":\"2 \",\"VAT_NAME\":\"BTW hoog\",\"VAT_PCT\":21,\"IS_REVERSE\":false}]}")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("GL1")).willReturn(json(
                "{\"LEDGER\":[{\"ACCT_NR\":\"1300\",\"ACCT_NAME\":\"Debiteuren\"}]}")));
        wm.stubFor(get(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("DJ2P")).willReturn(json(
                "{\"DJ_PAGE\":[{\"DJ_CODE\":\"800\",\"PAGE_NR\":\"1\",\"INV_NR\":\"F1\",\"DJ_PAGE_Id\":9}],"
                        + "\"DJ_LINE\":[{\"ACCT_NR\":\"8000\",\"AMOUNT\":100,\"DJ_PAGE_Id\":9}],\"PAGE_WF\":[]}")));
        VatCode vat = company().vatCodes().all().stream().findFirst().orElseThrow();
        assertEquals("2", vat.code());
        assertEquals(new BigDecimal("21"), vat.percentage());
        assertEquals("Debiteuren", company().ledgerAccounts().first().orElseThrow().name());
        JournalPage page = company().journalPages().byInvoiceNumber("F1").orElseThrow();
        assertEquals("8000", page.lines().get(0).account());
    }

    @Test
    void businessObjectCatalogue() {
        wm.stubFor(get(urlEqualTo("/api/v3/accountviewsystembusinessobjects")).willReturn(json("""
                [{"Code":"AR1","Description":"Debiteuren","InsertAllowed":true,"UpdateAllowed":true,"DeleteAllowed":false},
                 {"Code":"AK1","Description":"Artikelen","InsertAllowed":false,"UpdateAllowed":"False","DeleteAllowed":false,
                  "Module":"Logistiek"}]""")));
        List<BusinessObjectInfo> catalogue = company().businessObjects();
        assertEquals(2, catalogue.size());
        assertTrue(catalogue.get(0).insertAllowed() && catalogue.get(0).updateAllowed());
        assertTrue(!catalogue.get(1).insertAllowed() && !catalogue.get(1).updateAllowed());
        assertEquals(Map.of("Module", "Logistiek"), catalogue.get(1).extra());
        wm.verify(getRequestedFor(urlEqualTo("/api/v3/accountviewsystembusinessobjects"))
                .withHeader("X-Company", equalTo(COMPANY_ID)));
    }

    @Test
    void dataDictionaryFieldsOfATable() {
        wm.stubFor(get(urlPathEqualTo(DATA)).willReturn(json("""
                {"DCT_FLD":[{"FIELD_NAME":"ACCT_NAME ","DBF_NAME":"CONTACT   ","FLD_DESC":"Naam","FIELD_TYPE":"C",
                  "FIELD_LEN":40,"INP_MAND":true,"COM_BLK":false,"DCT_FLD_Id":3}]}""")));
        DictionaryField f = company().dictionary().fieldsOf("contact").get(0);
        assertEquals("ACCT_NAME", f.name());
        assertEquals("CONTACT", f.table());
        assertEquals(FieldType.CHARACTER, f.type());
        assertEquals(40, f.length());
        assertEquals(Boolean.TRUE, f.mandatory());
        wm.verify(getRequestedFor(urlPathEqualTo(DATA)).withQueryParam("BusinessObject", equalTo("FLD"))
                .withQueryParam("Filter", equalTo("dct_fld.dbf_name='CONTACT'")));
    }

    @Test
    void rowTolerance() {
        Row r = Row.of(Map.of("D1", "2024-01-31", "D2", "2024-01-31T10:15:00", "D3", "2024-01-31T10:15:00.450Z",
                "D4", "", "N", "12.50", "S", "padded   ", "L1", ".T.", "L2", "f"));
        assertEquals(LocalDate.of(2024, 1, 31), r.date("D1"));
        assertEquals(LocalDateTime.of(2024, 1, 31, 10, 15), r.dateTime("D2"));
        assertEquals(LocalDateTime.of(2024, 1, 31, 10, 15, 0, 450_000_000), r.dateTime("D3"));
        assertNull(r.date("D4"));
        assertNull(r.date("missing"));
        assertEquals(new BigDecimal("12.50"), r.decimal("N"));
        assertEquals("padded", r.string("s"));
        assertEquals(Boolean.TRUE, r.bool("L1"));
        assertEquals(Boolean.FALSE, r.bool("L2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.decimal("S"));
        assertTrue(e.getMessage().contains("S") && e.getMessage().contains("padded"));
    }
}
