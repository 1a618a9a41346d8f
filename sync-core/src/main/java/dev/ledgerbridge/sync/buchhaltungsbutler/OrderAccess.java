package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptSortField;
import dev.ledgerbridge.buchhaltungsbutler.model.SortDirection;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Orders: created as invoices, credit notes or offers ({@code /invoices/create}); read as header-only orders
 * from the outbound receipts ({@code /receipts/get}, 500 per call); found by reference through the receipts'
 * exact {@code invoicenumber} filter (one call). Both ways are offered; the engine chooses per run by
 * {@link #estimateFullReadCalls()}. When the estimate's page was the whole list, the full read that follows it
 * is served from that page (the engine asks for the estimate right before it reads, so this saves one call per run
 * on a small ledger).
 */
final class OrderAccess implements EntityReader<Order>, EntityLookup<Order>, EntityWriter<Order> {
    private static final int RECEIPT_PAGE = 500;
    /**
     * How long the estimate's page may stand in for a full read: the engine reads right after it asks for the
     * estimate, so a few seconds, never into the next run.
     */
    private static final Duration WHOLE_LIST_FRESHNESS = Duration.ofSeconds(5);
    private final BuchhaltungsButlerClient client;
    private final InvoiceMapping mapping;
    private final boolean includeOffers;
    /** The highest receipt id this connector has seen (read, found or created), 0 if none. */
    private final AtomicLong highestId = new AtomicLong();
    private final Clock clock;
    /** The estimate's page when it held every outbound receipt; taken by the next full read, dropped by a
     * look-up or a create (the engine chose to search, or the list changed). */
    private final AtomicReference<WholeList> wholeList = new AtomicReference<>();

    private record WholeList(List<Receipt> receipts, Instant readAt) {
    }

    OrderAccess(BuchhaltungsButlerClient client, InvoiceMapping mapping, boolean includeOffers, Clock clock) {
        this.client = client;
        this.mapping = mapping;
        this.includeOffers = includeOffers;
        this.clock = clock;
    }

    @Override
    public ReadResult<Order> read(String changeCursor) {
        WholeList known = wholeList.getAndSet(null);
        if (known != null && !clock.instant().isAfter(known.readAt().plus(WHOLE_LIST_FRESHNESS))) {
            return ReadResult.of(known.receipts().stream().map(this::identified).toList());
        }
        ReceiptQuery query = allOrders().build();
        Iterable<Identified<Order>> records = () -> new MappingIterator<>(client.receipts().list(query).iterator(),
                this::identified);
        return ReadResult.of(records);
    }

    private ReceiptQuery.Builder allOrders() {
        return ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                .includeOffers(includeOffers ? Boolean.TRUE : null).pageSize(RECEIPT_PAGE);
    }

    private Identified<Order> identified(Receipt r) {
        see(r.id());
        return new Identified<>(Long.toString(r.id()), InvoiceMapping.toOrder(r));
    }

    private void see(Long id) {
        if (id != null) {
            highestId.accumulateAndGet(id, Math::max);
        }
    }

    /**
     * Costs one {@code /receipts/get} call: the first page of the full read, newest by date first. Fewer than 500
     * rows: the full read is that one call. Otherwise BB has no count, so the estimate is the highest receipt id
     * seen (in that page, or read, found or created earlier by this connector) divided by the page size, plus one:
     * BB numbers a tenant's receipts (inbound ones too) from 1, so that bounds the outbound receipts from above,
     * erring towards more calls when the tenant holds many inbound receipts. At least 2. A page of fewer than 500
     * rows serves a full read that follows within 5 seconds with no look-up or create between.
     */
    @Override
    public OptionalLong estimateFullReadCalls() {
        ReceiptQuery newestFirst = allOrders().orderBy(ReceiptSortField.DATE, SortDirection.DESC).build();
        List<Receipt> page = client.receipts().list(newestFirst).pages().iterator().next().items();
        page.forEach(r -> see(r.id()));
        if (page.size() < RECEIPT_PAGE) {
            wholeList.set(new WholeList(List.copyOf(page), clock.instant()));
            return OptionalLong.of(1);
        }
        wholeList.set(null);
        return OptionalLong.of(Math.max(2, highestId.get() / RECEIPT_PAGE + 1));
    }

    @Override
    public List<Identified<Order>> find(MatchKey key) {
        if (!MatchKey.REFERENCE.equals(key.name())) {
            throw new IllegalArgumentException("BuchhaltungsButler finds orders only by reference (the invoice "
                    + "number), not by " + key.name());
        }
        wholeList.set(null);
        ReceiptQuery query = ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND).invoiceNumber(key.value())
                .includeOffers(Boolean.TRUE).pageSize(RECEIPT_PAGE).build();
        List<Identified<Order>> found = new ArrayList<>();
        for (Receipt r : client.receipts().list(query)) {
            found.add(identified(r));
        }
        return found;
    }

    @Override
    public String create(Order value) {
        wholeList.set(null);
        CreatedInvoice created = client.invoices().create(mapping.toInvoice(value));
        if (created.id() == null) {
            throw new IllegalStateException("BuchhaltungsButler created invoice " + created.invoiceNumber()
                    + " but returned no id_by_customer");
        }
        see(created.id());
        return Long.toString(created.id());
    }
}
