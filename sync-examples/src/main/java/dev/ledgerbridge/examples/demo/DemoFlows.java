package dev.ledgerbridge.examples.demo;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.Mappers;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.spi.MappingContext;
import java.math.BigDecimal;
import dev.ledgerbridge.sync.spi.Connector;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's flows and settings, the same for the emulators and for real accounts:
 * <ol>
 *   <li>categories and products from the supplier's CSV feed into AccountView (when a feed is given);</li>
 *   <li>stock AccountView -> webshop (when a webshop is given);</li>
 *   <li>webshop orders -> AccountView sales orders (when a webshop is given);</li>
 *   <li>AccountView sales orders -> BuchhaltungsButler invoices, numbered {@code AV-<order number>};</li>
 *   <li>BuchhaltungsButler outbound invoices -> AccountView sales orders with one line, leaving out the
 *   {@code AV-} invoices that came from AccountView (and, in the other direction, the sales orders that consist
 *   of the one BuchhaltungsButler line), so neither direction echoes the other;</li>
 *   <li>customers AccountView -> BuchhaltungsButler and back (matched by e-mail), last, so that the customers
 *   the order flows created are reconciled in the same run.</li>
 * </ol>
 */
public final class DemoFlows {

    /** Invoice-number prefix of BuchhaltungsButler invoices created from AccountView orders. */
    public static final String FROM_ACCOUNTVIEW = "AV-";
    /** The VAT rate of the demo's BuchhaltungsButler invoices. */
    static final BigDecimal GERMAN_VAT = new BigDecimal("19");

    private final String invoiceArticle;
    private final String defaultDebtor;

    /**
     * Creates the flow set.
     *
     * @param invoiceArticle the AccountView article of the one line of a BuchhaltungsButler invoice
     * @param defaultDebtor  the AccountView debtor of BuchhaltungsButler invoices (they carry no e-mail to match
     *                       by), or null to leave out the invoices -> sales orders flow
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
     * The settings of every run.
     *
     * @param dryRun plan only
     * @return the settings
     */
    public Settings settings(boolean dryRun) {
        Settings.Builder b = Settings.builder()
                .headerOnlyLine(invoiceArticle, "Rechnung laut BuchhaltungsButler")
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
        Connector avOwnOrders = OrderFilter.readingOnly(av, o -> !cameFromBuchhaltungsButler(o));
        // AV sales orders -> BB invoices numbered AV-<order number>
        flows.add(SyncFlows.orders(avOwnOrders, bb).productCatalog(av)
                .mapper(Mappers.order().andThen((o, ctx) -> o.toBuilder()
                        .reference(FROM_ACCOUNTVIEW + o.reference()).build()))
                .build());
        if (defaultDebtor != null) {
            Connector bbOwnInvoices = OrderFilter.readingOnly(bb, o -> !o.reference().startsWith(FROM_ACCOUNTVIEW));
            flows.add(SyncFlows.orders(bbOwnInvoices, av).productCatalog(av)
                    .mapper(Mappers.order().andThen(this::invoiceLine))
                    .build());
        }
        // customers last: the customers that orders brought into either system are reconciled in the same run
        flows.add(SyncFlows.customers(av, bb).build());
        flows.add(SyncFlows.customers(bb, av).build());
        return flows;
    }

    /**
     * BuchhaltungsButler reads invoices as headers with a gross total. The engine would add the configured line
     * without a tax rate, and AccountView keeps net prices; this mapper adds the line itself, with the German VAT
     * rate of the demo's invoices, so the AccountView connector can convert the price.
     */
    private Order invoiceLine(Order o, MappingContext ctx) {
        if (!o.lines().isEmpty() || o.totalGross() == null) {
            return o;
        }
        String description = ctx.settings().headerOnlyLineDescription().orElse(o.reference());
        return o.toBuilder().line(new OrderLine(invoiceArticle, description, BigDecimal.ONE,
                o.totalGross(), GERMAN_VAT)).build();
    }

    private boolean cameFromBuchhaltungsButler(Order o) {
        return !o.lines().isEmpty() && o.lines().stream().allMatch(l -> invoiceArticle.equals(l.sku()));
    }
}
