package dev.ledgerbridge.accountview.contract;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.data.Row;
import dev.ledgerbridge.accountview.data.SortOrder;
import dev.ledgerbridge.accountview.model.Debtor;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every query parameter the emulator supports, sent by the typed client and answered by the emulator. */
class QueryContractTest {
    private static EmulatorSession s;
    private static CompanyClient company;

    @BeforeAll
    static void seed() {
        s = new EmulatorSession();
        for (int i = 1; i <= 7; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("SUB_NR", "1000" + i);
            row.put("ACCT_NAME", (i % 2 == 0 ? "Bakkerij " : "Garage ") + (char) ('A' + i));
            row.put("SRC_CODE", "S" + i);
            row.put("MAIL_BUS", "d" + i + "@example.nl");
            row.put("CITY", i <= 3 ? "Utrecht" : "Zwolle");
            s.av.company().insert("AR1", row);
            if (i == 5) {
                s.clock.advance(Duration.ofDays(2)); // debtors 6 and 7 change two days later
            }
        }
        company = s.company();
    }

    @AfterAll
    static void close() {
        s.close();
    }

    private static List<String> numbers(Iterable<Debtor> debtors) {
        List<String> out = new java.util.ArrayList<>();
        debtors.forEach(d -> out.add(d.number()));
        return out;
    }

    @Test
    void equalNotEqualContainsAndDateOnOrAfterDateFilter() {
        assertEquals(List.of("10003"), numbers(company.debtors().where(Filter.equal("MAIL_BUS", "d3@example.nl"))));
        assertEquals(List.of("10001", "10002", "10003"),
                numbers(company.debtors().where(Filter.notEqual("CITY", "Zwolle"))));
        assertEquals(List.of("10002", "10004", "10006"),
                numbers(company.debtors().where(Filter.contains("ACCT_NAME", "bakkerij"))));
        LocalDateTime since = LocalDateTime.of(2026, 11, 29, 0, 0);
        assertEquals(List.of("10006", "10007"), numbers(company.debtors().changedSince(since)));
        // filters are AND-ed
        assertEquals(List.of("10006"), numbers(company.debtors().where(Filter.contains("ACCT_NAME", "Bakkerij"),
                Filter.onOrAfter("CNG_DATE", since))));
    }

    @Test
    void fieldsLimitTheColumnsReturned() {
        DataQuery q = company.debtors().query().fields("SUB_NR", "CITY").filter(Filter.equal("SUB_NR", "10001"))
                .build();
        Debtor d = company.debtors().list(q).stream().findFirst().orElseThrow();
        assertEquals("Utrecht", d.city());
        assertNull(d.name(), "ACCT_NAME was not asked for");
    }

    @Test
    void sortFieldsAndSortOrder() {
        DataQuery q = company.debtors().query().sortBy("ACCT_NAME").sortOrder(SortOrder.DESCENDING).build();
        List<String> names = company.debtors().list(q).stream().map(Debtor::name).toList();
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, names);
        assertEquals(7, names.size());
    }

    @Test
    void pageNumberPagingFetchesEveryPage() {
        s.av.stats().reset();
        DataQuery q = company.debtors().query().pageSize(3).build();
        assertEquals(7, numbers(company.debtors().list(q)).size());
        assertEquals(3L, s.av.requestCount("GET /accountviewdata AR1"), "pages of 3, 3 and 1");
    }

    @Test
    void keysetPagingSendsTheLastKey() {
        s.av.stats().reset();
        DataQuery q = DataQuery.builder("AR1").pageSize(2).keysetPaging("SUB_NR").build();
        List<String> keys = company.data().list(q, "CONTACT").stream().map(r -> r.string("SUB_NR")).toList();
        assertEquals(List.of("10001", "10002", "10003", "10004", "10005", "10006", "10007"), keys);
        assertEquals(4L, s.av.requestCount("GET /accountviewdata AR1"));
    }

    @Test
    void genericGetReturnsTheTablesOfTheResponse() {
        var tables = company.data().get(DataQuery.builder("AR1").filter(Filter.equal("SUB_NR", "10004")).build());
        List<Row> rows = tables.rows("CONTACT");
        assertEquals(1, rows.size());
        assertEquals("Zwolle", rows.get(0).string("CITY"));
        assertTrue(company.data().get(DataQuery.builder("AR1").filter(Filter.equal("SUB_NR", "none")).build())
                .rows("CONTACT").isEmpty());
    }
}
