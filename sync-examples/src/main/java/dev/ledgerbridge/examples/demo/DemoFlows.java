package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.testkit.demo.DemoData;
import dev.ledgerbridge.testkit.demo.EmulatorSeeder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's flows and settings, the same for the emulators and for real accounts:
 * <ol>
 *   <li>categories and products from the supplier's CSV feed into AccountView (when a feed is given);</li>
 *   <li>stock AccountView -> webshop (when a webshop is given);</li>
 *   <li>webshop orders -> AccountView sales orders (when a webshop is given);</li>
 *   <li>AccountView sales orders -> BuchhaltungsButler invoices, numbered {@code AV-<order number>};</li>
 *   <li>BuchhaltungsButler outbound invoices -> AccountView sales orders with one line (when a default debtor is
 *   given: the invoices carry no e-mail to find the debtor by). The engine skips the orders it wrote itself, so
 *   the two order directions do not echo each other;</li>
 *   <li>customers AccountView -> BuchhaltungsButler and back (matched by e-mail), last, so that the customers
 *   the order flows created are reconciled in the same run.</li>
 * </ol>
 */
public final class DemoFlows {

    /** Invoice-number prefix of BuchhaltungsButler invoices created from AccountView orders (the connector's default). */
    public static final String FROM_ACCOUNTVIEW = "AV-";
    /** The VAT rate of the one line of a BuchhaltungsButler invoice (the demo's invoices are all German, 19 %). */
    static final BigDecimal GERMAN_VAT = new BigDecimal("19");

    private final String invoiceArticle;
    private final String defaultDebtor;

    /**
     * Creates the flow set.
     *
     * @param invoiceArticle the AccountView article of the one line of a BuchhaltungsButler invoice
     * @param defaultDebtor  the AccountView debtor of BuchhaltungsButler invoices, or null to leave out the
     *                       invoices -> sales orders flow
     */
    public DemoFlows(String invoiceArticle, String defaultDebtor) {
        this.invoiceArticle = invoiceArticle;
        this.defaultDebtor = defaultDebtor;
    }

    /**
     * The flow set of the emulator demo.
     *
     * @return the flows with the demo data's article and debtor
     */
    public static DemoFlows forEmulators() {
        return new DemoFlows(DemoData.HEADER_ONLY_SKU, EmulatorSeeder.DEFAULT_DEBTOR);
    }

    /**
     * The settings of every run. BuchhaltungsButler reads invoices as headers with a gross total; the one line
     * carries the VAT rate so that AccountView, which keeps net prices, gets the net price.
     *
     * @param dryRun plan only
     * @return the settings
     */
    public Settings settings(boolean dryRun) {
        Settings.Builder b = Settings.builder()
                .headerOnlyLine(invoiceArticle, "Rechnung laut BuchhaltungsButler", GERMAN_VAT)
                .concurrency(4)
                .dryRun(dryRun);
        if (defaultDebtor != null) {
            b.defaultDebtor(defaultDebtor);
        }
        return b.build();
    }

    /**
     * Builds the flows.
     *
     * @param av      the AccountView connector
     * @param bb      the BuchhaltungsButler connector
     * @param feed    the supplier feed, or null
     * @param webshop the webshop, or null
     * @return the flows, in the order they run
     */
    public List<SyncFlow> flows(Connector av, Connector bb, Connector feed, Connector webshop) {
        List<SyncFlow> flows = new ArrayList<>();
        if (feed != null) {
            flows.addAll(SyncFlows.productsWithCategories(feed, av));
        }
        if (webshop != null) {
            flows.add(SyncFlows.stock(av, webshop).build());
            flows.add(SyncFlows.orders(webshop, av).productCatalog(av).build());
        }
        // the engine writes AV order numbers in AccountView's namespace (AV-<number>), apart from the invoice
        // numbers BB assigns itself, and BB invoices into AccountView as BB-<invoice number>
        flows.add(SyncFlows.orders(av, bb).productCatalog(av).build());
        if (defaultDebtor != null) {
            flows.add(SyncFlows.orders(bb, av).productCatalog(av).build());
        }
        flows.add(SyncFlows.customers(av, bb).build());
        flows.add(SyncFlows.customers(bb, av).build());
        return flows;
    }
}
