package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crash suite's data set, put into the emulators through their seeding API (no HTTP): AccountView 60 debtors
 * (10 of them without e-mail, all with a customer number {@code DEB_NR}) plus the default debtor for
 * BuchhaltungsButler invoices, 6 articles, 40 sales orders with 1-3 lines; BuchhaltungsButler 15 outbound invoices
 * numbered {@code RE-2026-0001}.. (never a plain number, so they cannot be taken for AccountView order numbers).
 */
final class CrashData {
    static final int DEBTORS = 60;
    static final int ORDERS = 40;
    static final int INVOICES = 15;
    /** The AccountView debtor of the sales orders copied from BuchhaltungsButler invoices (they carry no e-mail). */
    static final String DEFAULT_DEBTOR = "99999";
    /** The AccountView article of the one line of a copied BuchhaltungsButler invoice. */
    static final String INVOICE_ARTICLE = "BB-FACTUUR";

    private CrashData() {
    }

    static String debtorNumber(int i) {
        return String.valueOf(10_001 + i);
    }

    /** Every 6th debtor has no e-mail (10 of 60). */
    static boolean hasEmail(int i) {
        return i % 6 != 5;
    }

    static void seed(AccountViewEmulator av, BuchhaltungsButlerEmulator bb) {
        seed(av, bb, DEBTORS, ORDERS, INVOICES);
    }

    /** The same kind of data in other amounts (the cluster trial seeds a few records per tenant). */
    static void seed(AccountViewEmulator av, BuchhaltungsButlerEmulator bb, int debtors, int orders, int invoices) {
        var company = av.company();
        for (int p = 0; p < 5; p++) {
            company.insert("AK1", Map.of("ART_CODE", "100" + p, "ART_DESC1", "Artikel " + p, "PX_SELL", 10 + p));
        }
        company.insert("AK1", Map.of("ART_CODE", INVOICE_ARTICLE, "ART_DESC1", "Rechnung laut BuchhaltungsButler",
                "PX_SELL", 0));
        for (int i = 0; i < debtors; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("SUB_NR", debtorNumber(i));
            row.put("DEB_NR", "K" + debtorNumber(i));
            row.put("ACCT_NAME", "Crashtest Kunde " + i + (i % 2 == 0 ? " GmbH" : ""));
            row.put("SRC_CODE", "CK" + i);
            if (i % 2 == 0) {
                row.put("MAIN_CONT", "Person " + i);
            }
            if (hasEmail(i)) {
                row.put("MAIL_BUS", "crash" + i + "@kunde.example");
            }
            row.put("TEL_BUS", "+49 30 " + (5_550_000 + i));
            row.put("ADDRESS1", "Hauptstraße " + (i + 1));
            row.put("POST_CODE", "10115");
            row.put("CITY", "Berlin");
            row.put("CNT_CODE", "DE");
            company.insert("AR1", row);
        }
        company.insert("AR1", Map.of("SUB_NR", DEFAULT_DEBTOR, "ACCT_NAME", "Diverse debiteuren BB",
                "SRC_CODE", "DIVERSEN", "CNT_CODE", "DE", "MAIL_BUS", "buchhaltung@crash.example"));
        for (int o = 0; o < orders; o++) {
            int debtor = (o * 7) % debtors;
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int l = 0; l < 1 + o % 3; l++) {
                lines.add(Map.of("ART_CODE", "100" + ((o + l) % 5), "ORD_QTY", 1 + (o + l) % 4,
                        "ART_PX", 10 + (o + 2 * l) % 7));
            }
            company.insertSalesOrder(Map.of("RPL_INV", debtorNumber(debtor), "ORD_DATE",
                    "2026-11-" + (10 + o % 15) + "T10:15:00", "COMMENT1", "Bestellung " + o), lines);
        }
        for (int j = 1; j <= invoices; j++) {
            Map<String, Object> invoice = new LinkedHashMap<>();
            invoice.put("type", "invoice");
            invoice.put("show_prices_type", "net");
            invoice.put("company_name", "Rechnungskunde " + j + " GmbH");
            invoice.put("street", "Marktplatz " + j);
            invoice.put("zip", "80331");
            invoice.put("city", "München");
            invoice.put("country", "DE");
            invoice.put("date", "2026-11-" + (10 + j));
            invoice.put("due_days", "14");
            invoice.put("invoicenumber", String.format("RE-2026-%04d", j));
            invoice.put("item_name", List.of("Beratung"));
            invoice.put("item_amount", List.of(String.valueOf(1 + j % 3)));
            invoice.put("item_unit", List.of("Std."));
            invoice.put("item_vat", List.of("19"));
            invoice.put("item_single_price", List.of(String.valueOf(80 + j)));
            bb.tenant().addInvoice(invoice);
        }
    }
}
