package dev.ledgerbridge.benchmarks;

/**
 * The tightened minimum: the fewest requests the two APIs allow for a flow and phase of the emulator worlds
 * (AccountView -> BuchhaltungsButler, customers, then sales orders with two lines over a catalogue of
 * {@value Records#CATALOGUE} articles), with the assumption behind every term written down in {@link #formula()}.
 *
 * <p>Page sizes: AccountView {@value #AV_PAGE} (spec: {@code PageSize} 1-1000 used, [C]); BuchhaltungsButler
 * debtors {@value #BB_DEBTOR_PAGE} (the client's default; the API's maximum is undocumented); receipts
 * {@value #RECEIPT_PAGE} (the API's maximum). A full read of k rows costs {@code k / page + 1} requests: the last,
 * short or empty page tells the reader to stop (no counts, no next links).
 *
 * <p>BuchhaltungsButler's update of a debtor with omitted fields is undocumented: {@link #bb()} assumes an omitted
 * field stays unchanged (one update call per changed debtor, no read), {@link #bbSafe()} the safe semantics (no
 * get-by-number: list the debtors to send back every field they hold).
 *
 * @param av      AccountView requests (token grants not counted)
 * @param bb      BuchhaltungsButler requests, partial updates assumed
 * @param bbSafe  BuchhaltungsButler requests with the safe update semantics (full record sent)
 * @param formula the terms and their assumptions
 */
record Minimum(long av, long bb, long bbSafe, String formula) {
    /** Rows per AccountView page the API allows. */
    static final int AV_PAGE = 1_000;
    /** Rows per BuchhaltungsButler debtor page (the client's default). */
    static final int BB_DEBTOR_PAGE = 100;
    /** Rows per BuchhaltungsButler receipts page (the API's maximum). */
    static final int RECEIPT_PAGE = 500;
    /** Debtor numbers per AccountView query (numbered SUB_NR filters with MatchAnyFilter, as the connector does). */
    static final int DEBTORS_PER_QUERY = 50;

    /** Requests of a full read of {@code rows} rows at {@code page} rows per request. */
    static long pages(long rows, int page) {
        return rows / page + 1;
    }

    static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    long total() {
        return av + bb;
    }

    long totalSafe() {
        return av + bbSafe;
    }

    /** The article check of new orders' lines: the catalogue in one page, cheaper than a look-up per SKU. */
    private static long catalogue(long newOrders) {
        return newOrders == 0 ? 0 : Math.min(Math.min(newOrders * 2, Records.CATALOGUE), pages(Records.CATALOGUE, AV_PAGE));
    }

    /** AccountView debtors of new orders (recipient name and address for the invoice): batched or one full read. */
    private static long orderDebtors(long newOrders, long debtors) {
        return Math.min(ceil(newOrders, DEBTORS_PER_QUERY), pages(debtors, AV_PAGE));
    }

    /** Customers into an empty BuchhaltungsButler. */
    static Minimum customersFirstSync(long n) {
        return new Minimum(pages(n, AV_PAGE), 1 + n, 1 + n, "AV debtors pages(N, 1000); BB: debtor list of the "
                + "empty target 1 (it may hold debtors) + N single creates (add-batch items carry no e-mail: batch "
                + "+ read-back + e-mail update costs more)");
    }

    /** Orders after the customers flow linked every debtor; no invoices in BuchhaltungsButler yet. */
    static Minimum ordersFirstSync(long n) {
        return new Minimum(pages(n, AV_PAGE) + orderDebtors(n, n) + catalogue(n), 1 + n, 1 + n,
                "AV: orders pages(N, 1000) + their debtors min(pages(N, 1000), N/50 batched) (the invoice needs the "
                        + "recipient) + article check 1 (catalogue page); BB: existence check min(N look-ups, receipt "
                        + "pages(0, 500)) = 1 + N invoices; customers: 0, the links the customers flow saved");
    }

    /** A rerun of customers with nothing changed. */
    static Minimum customersNothingNew() {
        return new Minimum(1, 0, 0, "AV: one CNG_DATE read returning nothing; BB: nothing");
    }

    /** A rerun of orders with nothing new: sales orders have no change filter, so every order is read. */
    static Minimum ordersNothingNew(long orders) {
        return new Minimum(pages(orders, AV_PAGE), 0, 0, "AV: orders pages(N, 1000) (SO_HDR has no confirmed "
                + "CNG_DATE); every order linked in state: no debtor read, no BB call");
    }

    /** {@code changed} of {@code n} customers changed since the last run; their debtors are linked. */
    static Minimum customersChanged(long changed, long n) {
        return new Minimum(pages(changed, AV_PAGE), changed, pages(n, BB_DEBTOR_PAGE) + changed,
                "AV: one CNG_DATE read pages(changed, 1000); BB: one update per changed debtor (linked: no "
                        + "matching); safe semantics: + debtor list pages(N, 100) to send every held field");
    }

    /** {@code added} new orders of existing (linked) customers; {@code n} orders and debtors before. */
    static Minimum ordersAdded(long added, long n) {
        long lookups = Math.min(added, pages(n, RECEIPT_PAGE));
        return new Minimum(pages(n + added, AV_PAGE) + orderDebtors(added, n) + catalogue(added), lookups + added,
                lookups + added, "AV: orders pages(N + new, 1000) + the new orders' debtors min(new/50 batched, "
                + "pages(N, 1000)) + article check 1; BB: existence check min(new look-ups by invoice number, "
                + "receipt pages(N, 500)) + one invoice per new order; customers linked: no BB debtor read");
    }

    /** Customers flow, fresh state, BuchhaltungsButler already holding all N debtors (same e-mail, same fields). */
    static Minimum customersOnboarding(long n) {
        return new Minimum(pages(n, AV_PAGE), pages(n, BB_DEBTOR_PAGE), pages(n, BB_DEBTOR_PAGE),
                "AV debtors pages(N, 1000); BB: debtor list pages(N, 100) to match by e-mail (no search); "
                        + "nothing differs: no writes");
    }
}
