package dev.ledgerbridge.testkit.demo;

import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.testkit.accountview.AccountViewCompany;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerTenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a {@link DemoDataSet} into the emulators through their seeding API (no HTTP calls, so the request counters
 * start at zero): AccountView fields as AccountView stores them ({@code AR1}, {@code AG1}, {@code AK1},
 * {@code SO1}), BuchhaltungsButler debtors and invoices as {@code /settings/add/debtor} and {@code /invoices/create}
 * would take them.
 */
public final class EmulatorSeeder {

    /** The AV debtor that receives orders whose customer cannot be matched (BB invoices carry no e-mail). */
    public static final String DEFAULT_DEBTOR = "99999";

    private EmulatorSeeder() {
    }

    /**
     * Seeds the AccountView company.
     *
     * @param company the emulator's company
     * @param data    the data set
     */
    public static void seedAccountView(AccountViewCompany company, DemoDataSet data) {
        for (Category g : data.articleGroups()) {
            company.insert("AG1", fields("AG_CODE", g.code(), "AG_DESC", g.name()));
        }
        for (Product p : data.articles()) {
            Map<String, Object> row = fields("ART_CODE", p.sku(), "ART_DESC1", p.name(), "AG_CODE", p.categoryCode(),
                    "PX_SELL", p.price(), "ART_UNIT", "st");
            data.stock().stream().filter(s -> s.sku().equals(p.sku())).findFirst().ifPresent(s -> stock(row, s));
            company.insert("AK1", row);
        }
        for (Customer c : data.accountViewCustomers()) {
            company.insert("AR1", debtor(c.customerNumber(), c));
        }
        company.insert("AR1", fields("SUB_NR", DEFAULT_DEBTOR, "ACCT_NAME", "Diverse debiteuren BB",
                "SRC_CODE", "DIVERSEN", "CNT_CODE", "DE", "MAIL_BUS", "buchhaltung@ledgerbridge-demo.example"));
        for (Order o : data.accountViewOrders()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (OrderLine l : o.lines()) {
                lines.add(fields("ART_CODE", l.sku(), "ORD_QTY", l.quantity(), "ART_PX", l.unitPrice()));
            }
            company.insertSalesOrder(fields("RPL_INV", o.customerId(), "ORD_DATE", o.date() + "T09:00:00",
                    "COMMENT1", o.reference(), "TO_EMAIL", o.customer().email()), lines);
        }
    }

    /**
     * Seeds the BuchhaltungsButler tenant.
     *
     * @param tenant the emulator's tenant
     * @param data   the data set
     */
    public static void seedBuchhaltungsButler(BuchhaltungsButlerTenant tenant, DemoDataSet data) {
        for (Customer c : data.buchhaltungsButlerCustomers()) {
            Address a = c.billingAddress();
            tenant.addDebtor(fields("name", c.displayName(), "contact_person_name",
                    c.isCompany() ? c.contactPerson() : null, "street", a.street() + " " + a.houseNumber(),
                    "zip", a.postcode(), "city", a.city(), "country", a.country(), "email", c.email(),
                    "customer_number", c.customerNumber(), "sales_tax_id", c.vatId()));
        }
        for (Order o : data.buchhaltungsButlerInvoices()) {
            Customer c = o.customer();
            Address a = c.billingAddress();
            Map<String, Object> invoice = fields("type", "invoice", "show_prices_type", "net",
                    "company_name", c.displayName(), "contact_person_name", c.isCompany() ? c.contactPerson() : null,
                    "street", a.street() + " " + a.houseNumber(), "zip", a.postcode(), "city", a.city(),
                    "country", a.country(), "email", c.email(), "date", o.date().toString(),
                    "due_days", String.valueOf(o.dueDays()), "invoicenumber", o.reference());
            invoice.put("item_name", o.lines().stream().map(OrderLine::description).toList());
            invoice.put("item_amount", o.lines().stream().map(l -> l.quantity().toPlainString()).toList());
            invoice.put("item_unit", o.lines().stream().map(l -> "Std.").toList());
            invoice.put("item_vat", o.lines().stream().map(l -> l.taxRate().toPlainString()).toList());
            invoice.put("item_single_price", o.lines().stream().map(l -> l.unitPrice().toPlainString()).toList());
            tenant.addInvoice(invoice);
        }
    }

    private static Map<String, Object> debtor(String number, Customer c) {
        Address a = c.billingAddress();
        return fields("SUB_NR", number, "ACCT_NAME", c.displayName(), "SRC_CODE", searchCode(c.displayName()),
                "MAIN_CONT", c.isCompany() ? c.contactPerson() : null,
                "ADDRESS1", a.street() + " " + a.houseNumber(), "ST_STREET", a.street(), "ST_NR", a.houseNumber(),
                "POST_CODE", a.postcode(), "CITY", a.city(), "CNT_CODE", a.country(), "MAIL_BUS", c.email(),
                "TEL_BUS", c.phone(), "VAT_NR", c.vatId());
    }

    private static void stock(Map<String, Object> row, StockLevel s) {
        row.put("QTY_AVAIL", s.available());
        row.put("QTY_FREE2", s.free());
        row.put("QTY_TECH", s.technical());
        row.put("QTY_BESTEL", s.onOrder() == null ? BigDecimal.ZERO : s.onOrder());
    }

    private static String searchCode(String name) {
        String code = DemoData.slug(name).toUpperCase(Locale.ROOT).replace("-", "");
        return code.substring(0, Math.min(10, code.length()));
    }

    /** Key/value pairs in order, leaving out null values (the emulators treat absent and null alike). */
    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
