package dev.ledgerbridge.testkit.demo;

import dev.ledgerbridge.sync.model.Category;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.model.StockLevel;
import java.util.List;

/**
 * The demo's data, in the canonical model, before it is seeded into the emulators and the webshop.
 *
 * @param accountViewCustomers debtors of the AccountView company (customer number = AV {@code SUB_NR})
 * @param buchhaltungsButlerCustomers debtors of the BuchhaltungsButler tenant
 * @param articleGroups AccountView article groups
 * @param articles AccountView articles (quantity = available stock)
 * @param stock the stock figures of every article (available, free, technical, on order)
 * @param accountViewOrders AccountView sales orders with lines (customer reference = its AV debtor number)
 * @param buchhaltungsButlerInvoices outbound BuchhaltungsButler invoices (customer by name and e-mail)
 * @param webshopOrders orders placed in the webshop, to be entered as AccountView sales orders
 * @param supplierCategories the categories of the supplier's CSV feed
 * @param supplierProducts the products of the supplier's CSV feed
 */
public record DemoDataSet(List<Customer> accountViewCustomers, List<Customer> buchhaltungsButlerCustomers,
                          List<Category> articleGroups, List<Product> articles, List<StockLevel> stock,
                          List<Order> accountViewOrders, List<Order> buchhaltungsButlerInvoices,
                          List<Order> webshopOrders, List<Category> supplierCategories,
                          List<Product> supplierProducts) {

    /** Copies every list. */
    public DemoDataSet {
        accountViewCustomers = List.copyOf(accountViewCustomers);
        buchhaltungsButlerCustomers = List.copyOf(buchhaltungsButlerCustomers);
        articleGroups = List.copyOf(articleGroups);
        articles = List.copyOf(articles);
        stock = List.copyOf(stock);
        accountViewOrders = List.copyOf(accountViewOrders);
        buchhaltungsButlerInvoices = List.copyOf(buchhaltungsButlerInvoices);
        webshopOrders = List.copyOf(webshopOrders);
        supplierCategories = List.copyOf(supplierCategories);
        supplierProducts = List.copyOf(supplierProducts);
    }

    /**
     * One line per kind of record, for the demo's opening summary.
     *
     * @return e.g. {@code "AccountView: 240 debtors, ..."}
     */
    public String summary() {
        long avCompanies = accountViewCustomers.stream().filter(Customer::isCompany).count();
        long bbCompanies = buchhaltungsButlerCustomers.stream().filter(Customer::isCompany).count();
        int lines = accountViewOrders.stream().mapToInt(o -> o.lines().size()).sum();
        return String.format("AccountView: %d debtors (%d companies, %d persons), %d article groups, %d articles "
                        + "with stock, %d sales orders (%d lines)%n"
                        + "BuchhaltungsButler: %d debtors (%d companies, %d persons), %d outbound invoices%n"
                        + "Webshop: %d orders; supplier CSV feed: %d categories, %d products",
                accountViewCustomers.size(), avCompanies, accountViewCustomers.size() - avCompanies,
                articleGroups.size(), articles.size(), accountViewOrders.size(), lines,
                buchhaltungsButlerCustomers.size(), bbCompanies, buchhaltungsButlerCustomers.size() - bbCompanies,
                buchhaltungsButlerInvoices.size(), webshopOrders.size(), supplierCategories.size(),
                supplierProducts.size());
    }
}
