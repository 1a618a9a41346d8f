package dev.ledgerbridge.benchmarks;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.DebtorFields;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceCreate;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceLine;
import dev.ledgerbridge.buchhaltungsbutler.model.InvoiceType;
import dev.ledgerbridge.buchhaltungsbutler.model.PriceType;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The peer to beat: a competent stateless sync script a developer would write on the typed clients, with no state
 * but the {@code CNG_DATE} watermark of the customers it read last.
 *
 * <ul>
 *   <li>Customers: AccountView debtors changed since the watermark (all on the first run), 1000 per page; when there
 *       are any, one BuchhaltungsButler debtor list per run (no search by e-mail), then per debtor an update (every
 *       field the list returned, the changed ones replaced; none when nothing differs) or a single create (add-batch
 *       items carry no e-mail).</li>
 *   <li>Orders: every sales order (no change filter on {@code SO_HDR}), 1000 per page; per order a look-up of its
 *       invoice number in BuchhaltungsButler; for the new ones the article catalogue once, their debtors (a look-up
 *       by number each, or one full read when there are more than {@value #DEBTOR_LOOKUPS_MAX}), one
 *       BuchhaltungsButler debtor list to find the customer by e-mail (created when missing), and the invoice,
 *       numbered {@code AV-<order number>} so that the next run finds it.</li>
 *   <li>One OAuth token for the whole run (refreshed by the client only when it expires).</li>
 * </ul>
 * Orders whose lines name an unknown article are skipped (counted in {@link Result#failed()}).
 */
final class Script {
    /** Up to this many distinct debtors of new orders are looked up one by one; more: one full debtor read. */
    static final int DEBTOR_LOOKUPS_MAX = 50;
    /** The invoice number prefix, as the engine's AccountView connector namespaces references. */
    static final String PREFIX = "AV-";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Read back this far before the watermark: clock skew between this machine and the administration. */
    private static final Duration OVERLAP = Duration.ofMinutes(5);

    private final CompanyClient av;
    private final BuchhaltungsButlerClient bb;
    private final Clock clock;
    private LocalDateTime watermark;

    /** What one run did. */
    record Result(int created, int updated, int failed) {
        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + failed + " failed";
        }
    }

    /**
     * @param av    AccountView, read with page size 1000
     * @param bb    BuchhaltungsButler
     * @param clock this machine's clock (the watermark)
     */
    Script(CompanyClient av, BuchhaltungsButlerClient bb, Clock clock) {
        this.av = av;
        this.bb = bb;
        this.clock = clock;
    }

    Result customers() {
        LocalDateTime next = LocalDateTime.ofInstant(clock.instant(), ZONE).minus(OVERLAP).withNano(0);
        List<Debtor> changed = (watermark == null ? av.debtors().all() : av.debtors().changedSince(watermark))
                .stream().toList();
        int created = 0;
        int updated = 0;
        if (!changed.isEmpty()) {
            BbDebtors target = new BbDebtors(bb);
            for (Debtor d : changed) {
                switch (target.upsert(fields(d))) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    default -> { }
                }
            }
        }
        watermark = next;
        return new Result(created, updated, 0);
    }

    Result orders() {
        List<SalesOrder> fresh = new ArrayList<>();
        for (SalesOrder so : av.salesOrders().all()) {
            ReceiptQuery query = ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                    .invoiceNumber(PREFIX + so.orderNumber()).build();
            if (bb.receipts().list(query).stream().findAny().isEmpty()) {
                fresh.add(so);
            }
        }
        if (fresh.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Set<String> articles = new HashSet<>();
        av.articles().all().forEach(a -> articles.add(a.code()));
        Map<String, Debtor> debtors = debtorsOf(fresh);
        BbDebtors target = new BbDebtors(bb);
        int created = 0;
        int failed = 0;
        for (SalesOrder so : fresh) {
            Debtor debtor = debtors.get(so.invoiceDebtor());
            if (debtor == null || !so.lines().stream().map(SalesOrderLine::articleCode).allMatch(articles::contains)) {
                failed++;
                continue;
            }
            long customer = target.ensure(fields(debtor));
            InvoiceCreate.Builder invoice = InvoiceCreate.builder().type(InvoiceType.INVOICE).pricesType(PriceType.NET)
                    .companyName(debtor.name()).email(debtor.email()).street(debtor.address())
                    .zip(debtor.postalCode()).city(debtor.city()).country(debtor.countryCode())
                    .date(so.orderDate() != null ? so.orderDate() : LocalDate.now(clock))
                    .customerNumber(Long.toString(customer)).invoiceNumber(PREFIX + so.orderNumber());
            for (SalesOrderLine line : so.lines()) {
                invoice.addLine(InvoiceLine.builder().name(line.articleCode()).quantity(line.quantity())
                        .unit("Stk.").unitPrice(line.unitPrice()).vatPercent(new BigDecimal("19")).build());
            }
            bb.invoices().create(invoice.build());
            created++;
        }
        return new Result(created, 0, failed);
    }

    /** The debtors of the new orders: a look-up each when few, else one full read. */
    private Map<String, Debtor> debtorsOf(List<SalesOrder> orders) {
        Set<String> numbers = new LinkedHashSet<>();
        orders.forEach(so -> numbers.add(so.invoiceDebtor()));
        Map<String, Debtor> found = new HashMap<>();
        if (numbers.size() <= DEBTOR_LOOKUPS_MAX) {
            numbers.forEach(n -> av.debtors().byNumber(n).ifPresent(d -> found.put(n, d)));
        } else {
            av.debtors().all().forEach(d -> found.put(d.number(), d));
        }
        return found;
    }

    private static DebtorFields fields(Debtor d) {
        return DebtorFields.builder().name(d.name()).email(d.email()).street(d.address()).zip(d.postalCode())
                .city(d.city()).country(d.countryCode()).build();
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** BuchhaltungsButler's debtors by e-mail, listed once; kept up to date with what the run writes. */
    private static final class BbDebtors {
        private final BuchhaltungsButlerClient bb;
        private final Map<String, DebtorFields> byEmail = new HashMap<>();

        BbDebtors(BuchhaltungsButlerClient bb) {
            this.bb = bb;
            for (var d : bb.debtors().list()) {
                if (d.email() != null) {
                    byEmail.putIfAbsent(key(d.email()), DebtorFields.from(d));
                }
            }
        }

        /** The debtor's number, created when no debtor has its e-mail. */
        long ensure(DebtorFields wanted) {
            DebtorFields held = byEmail.get(key(wanted.email()));
            if (held != null) {
                return held.postingaccountNumber();
            }
            long number = bb.debtors().create(wanted);
            byEmail.put(key(wanted.email()), wanted.toBuilder().postingaccountNumber(number).build());
            return number;
        }

        Outcome upsert(DebtorFields wanted) {
            DebtorFields held = byEmail.get(key(wanted.email()));
            if (held == null) {
                ensure(wanted);
                return Outcome.CREATED;
            }
            DebtorFields merged = held.toBuilder().name(wanted.name()).email(wanted.email()).street(wanted.street())
                    .zip(wanted.zip()).city(wanted.city()).country(wanted.country()).build();
            if (merged.equals(held)) {
                return Outcome.UNCHANGED;
            }
            long number = held.postingaccountNumber();
            bb.debtors().update(number, merged.toBuilder().postingaccountNumber(null).build());
            byEmail.put(key(wanted.email()), merged);
            return Outcome.UPDATED;
        }

        private static String key(String email) {
            return Objects.toString(email, "").strip().toLowerCase(Locale.ROOT);
        }
    }
}
