package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.connector.InMemoryConnector;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.model.StockLevel;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.state.InMemoryStateStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * API calls per flow and phase (first sync, no-change rerun, 10% changed) for the engine and for the competent
 * stateless script ({@link ScriptModel}), next to the tightened minimum the APIs allow. Calls are counted with the
 * real APIs' paging and batching ({@link MeteredConnector} over systems with the real capabilities,
 * {@link ModelSystems}): AccountView pages of 1000, BuchhaltungsButler and the webshop 100.
 */
final class CallCounts {
    /** One measured line. */
    record Row(String flow, int records, String phase, long engineReads, long engineWrites, long minimum,
               long script, String minimumFormula) {
        long engine() {
            return engineReads + engineWrites;
        }
    }

    private final int n;
    private final boolean searchableShop;
    private final boolean withStock;
    private final List<Row> rows = new ArrayList<>();

    CallCounts(int n, boolean searchableShop) {
        this(n, searchableShop, true);
    }

    /**
     * @param withStock false: customers and orders only (the in-memory shop searches by scanning, so the stock flow
     *                  grows with N squared; leave it out at 100,000)
     */
    CallCounts(int n, boolean searchableShop, boolean withStock) {
        this.n = n;
        this.searchableShop = searchableShop;
        this.withStock = withStock;
    }

    /** Pages of a full read of k rows: the last page is short (or empty), which tells the reader to stop. */
    static long pages(long k) {
        return k / ModelSystems.PAGE + 1;
    }

    /** Pages of a full AccountView read of k rows. */
    static long avPages(long k) {
        return Minimum.pages(k, ModelSystems.AV_PAGE);
    }

    static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    List<Row> run() {
        int changed = n / 10;
        Systems engineSide = new Systems(n, searchableShop);
        Systems scriptSide = new Systems(n, searchableShop);
        SyncEngine engine = SyncEngine.builder().settings(Settings.builder().batchSize(ModelSystems.BB_BATCH).build())
                .stateStore(new InMemoryStateStore()).build();
        SyncFlow customers = SyncFlows.customers(engineSide.av, engineSide.bb).name("customers").build();
        SyncFlow orders = SyncFlows.orders(engineSide.av, engineSide.bb).name("orders")
                .productCatalog(engineSide.av).build();
        SyncFlow stock = SyncFlows.stock(engineSide.av, engineSide.shop).name("stock").build();
        ScriptModel script = new ScriptModel();
        long catalogPages = avPages(Records.CATALOGUE);
        long skuCheck = Math.min(Records.CATALOGUE, catalogPages);

        // first sync
        measure("customers", "first sync", engineSide, () -> engine.run(customers), scriptSide,
                s -> script.customers(s.av, s.bb), avPages(n) + 1 + ceil(n, ModelSystems.BB_BATCH),
                "AV pages(N, 1000) + BB debtor list of the empty target 1 + ceil(N/50) add-batch");
        measure("orders", "first sync", engineSide, () -> engine.run(orders), scriptSide,
                s -> script.orders(s.av, s.bb, s.av), avPages(n) + skuCheck + 1 + n,
                "AV pages(N, 1000) + SKU check min(distinct SKUs, catalogue pages) + BB receipts list 1 + "
                        + "N invoices (customers linked by the customers flow: no BB debtor list)");
        measure("stock", "first sync", engineSide, () -> engine.run(stock), scriptSide,
                s -> script.stock(s.av, s.shop), avPages(n) + pages(n) + changed,
                "AV pages(N, 1000) + shop list pages(N) + the 10% that differ");
        // no-change rerun
        measure("customers", "no-change rerun", engineSide, () -> engine.run(customers), scriptSide,
                s -> script.customers(s.av, s.bb), 1, "one incremental AV read (CNG_DATE) returning nothing");
        measure("orders", "no-change rerun", engineSide, () -> engine.run(orders), scriptSide,
                s -> script.orders(s.av, s.bb, s.av), avPages(n), "AV pages(N, 1000): sales orders have no "
                        + "change filter; every order linked in state");
        measure("stock", "no-change rerun", engineSide, () -> engine.run(stock), scriptSide,
                s -> script.stock(s.av, s.shop), 1, "one incremental AV read returning nothing");
        // one changed customer, one new order
        engineSide.changeCustomer(n / 2);
        scriptSide.changeCustomer(n / 2);
        measure("customers", "one changed customer", engineSide, () -> engine.run(customers), scriptSide,
                s -> script.customers(s.av, s.bb), 1 + 1, "one CNG_DATE read + one update (linked; BB keeps "
                        + "omitted fields; safe semantics: + debtor list pages(N))");
        engineSide.addOrders(1);
        scriptSide.addOrders(1);
        measure("orders", "one new order", engineSide, () -> engine.run(orders), scriptSide,
                s -> script.orders(s.av, s.bb, s.av), avPages(n + 1) + skuCheck + 1 + 1,
                "AV pages(N + 1, 1000) + SKU check + BB look-up by reference + invoice (customer linked)");
        // 10% changed
        engineSide.change(changed);
        scriptSide.change(changed);
        measure("customers", "10% changed", engineSide, () -> engine.run(customers), scriptSide,
                s -> script.customers(s.av, s.bb), avPages(changed) + changed,
                "AV pages(N/10, 1000) + N/10 updates (linked; BB keeps omitted fields; safe semantics: "
                        + "+ debtor list pages(N))");
        measure("orders", "10% new", engineSide, () -> engine.run(orders), scriptSide,
                s -> script.orders(s.av, s.bb, s.av), avPages(n + 1 + changed) + skuCheck
                        + Math.min(changed, (n + changed) / 500 + 1) + changed,
                "AV pages(N + N/10, 1000) + SKU check + BB existence check min(N/10 look-ups, receipt pages of 500) "
                        + "+ N/10 invoices (customers already linked)");
        measure("stock", "10% changed", engineSide, () -> engine.run(stock), scriptSide,
                s -> script.stock(s.av, s.shop), avPages(changed) + changed,
                "AV pages(N/10, 1000) + N/10 stock writes (links known)");
        return rows;
    }

    private void measure(String flow, String phase, Systems engineSide, Runnable engineRun, Systems scriptSide,
                         Consumer<Systems> scriptRun, long minimum, String formula) {
        if (flow.equals("stock") && !withStock) {
            return;
        }
        engineSide.reset();
        engineRun.run();
        long reads = engineSide.reads();
        long writes = engineSide.writes();
        scriptSide.reset();
        scriptRun.accept(scriptSide);
        rows.add(new Row(flow, n, phase, reads, writes, minimum, scriptSide.total(), formula));
    }

    /** AccountView, BuchhaltungsButler and a webshop, seeded with N customers, N orders, N stock levels. */
    static final class Systems {
        final MeteredConnector av;
        final MeteredConnector bb;
        final MeteredConnector shop;
        private final InMemoryConnector avData = ModelSystems.accountView();
        private final InMemoryConnector shopData;
        private final int n;
        private int orders;

        Systems(int n, boolean searchableShop) {
            this.n = n;
            this.orders = n;
            this.shopData = ModelSystems.webshop(searchableShop);
            for (int i = 0; i < n; i++) {
                avData.put(EntityType.CUSTOMER, "C" + i, Records.customer(i, 0));
                avData.put(EntityType.ORDER, "SO" + i, Records.order(i, n));
                avData.put(EntityType.STOCK, "S" + i, Records.stock(i, 0));
                // the shop already lists every SKU; 10% with another quantity than AccountView's
                shopData.put(EntityType.STOCK, "W" + i, StockLevel.ofQuantity(Records.stockSku(i),
                        Records.available(i, i % 10 == 0 ? 1 : 0)));
            }
            for (int p = 0; p < Records.CATALOGUE; p++) {
                avData.put(EntityType.PRODUCT, "A" + p, Records.product(p));
            }
            this.av = new MeteredConnector(avData, ModelSystems.AV_PAGE);
            this.bb = new MeteredConnector(ModelSystems.buchhaltungsButler(), ModelSystems.PAGE);
            this.shop = new MeteredConnector(shopData, ModelSystems.PAGE);
        }

        /** Changes 10%: new phone numbers, new orders, new stock quantities. */
        void change(int count) {
            for (int k = 0; k < count; k++) {
                int i = k * 10 + 5;
                avData.put(EntityType.CUSTOMER, "C" + i, Records.customer(i, 1));
                avData.put(EntityType.STOCK, "S" + i, Records.stock(i, 7));
            }
            addOrders(count);
        }

        /** Customer {@code i} gets a new phone number. */
        void changeCustomer(int i) {
            avData.put(EntityType.CUSTOMER, "C" + i, Records.customer(i, 2));
        }

        void addOrders(int count) {
            for (int k = 0; k < count; k++, orders++) {
                avData.put(EntityType.ORDER, "SO" + orders, Records.order(orders, n));
            }
        }

        void reset() {
            av.reset();
            bb.reset();
            shop.reset();
        }

        long reads() {
            return av.reads() + bb.reads() + shop.reads();
        }

        long writes() {
            return av.writes() + bb.writes() + shop.writes();
        }

        long total() {
            return av.total() + bb.total() + shop.total();
        }
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Flow | N | Phase | Engine calls (reads + writes) | Calls/record | Minimum | Engine/minimum "
                + "| Script calls | Engine/script |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format("| %s | %,d | %s | %,d (%,d + %,d) | %.3f | %,d | %.2f× | %,d | %.2f× |%n",
                    r.flow(), r.records(), r.phase(), r.engine(), r.engineReads(), r.engineWrites(),
                    (double) r.engine() / r.records(), r.minimum(), (double) r.engine() / r.minimum(), r.script(),
                    (double) r.engine() / Math.max(1, r.script())));
        }
        return sb.toString();
    }

}
