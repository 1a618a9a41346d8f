package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.model.CreatedInvoice;
import dev.ledgerbridge.buchhaltungsbutler.model.Receipt;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptDirection;
import dev.ledgerbridge.buchhaltungsbutler.model.ReceiptQuery;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders: created as invoices, credit notes or offers ({@code /invoices/create}); read as header-only orders
 * from the outbound receipts ({@code /receipts/get}, 500 per call); found by reference through the receipts'
 * exact {@code invoicenumber} filter.
 */
final class OrderAccess implements EntityReader<Order>, EntityLookup<Order>, EntityWriter<Order> {
    private static final int RECEIPT_PAGE = 500;
    private final BuchhaltungsButlerClient client;
    private final InvoiceMapping mapping;
    private final boolean includeOffers;

    OrderAccess(BuchhaltungsButlerClient client, InvoiceMapping mapping, boolean includeOffers) {
        this.client = client;
        this.mapping = mapping;
        this.includeOffers = includeOffers;
    }

    @Override
    public ReadResult<Order> read(String changeCursor) {
        ReceiptQuery query = ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND)
                .includeOffers(includeOffers ? Boolean.TRUE : null).pageSize(RECEIPT_PAGE).build();
        Iterable<Identified<Order>> records = () -> new MappingIterator<>(client.receipts().list(query).iterator(),
                r -> new Identified<>(Long.toString(r.id()), InvoiceMapping.toOrder(r)));
        return ReadResult.of(records);
    }

    @Override
    public List<Identified<Order>> find(MatchKey key) {
        if (!MatchKey.REFERENCE.equals(key.name())) {
            throw new IllegalArgumentException("BuchhaltungsButler finds orders only by reference (the invoice "
                    + "number), not by " + key.name());
        }
        ReceiptQuery query = ReceiptQuery.builder().direction(ReceiptDirection.OUTBOUND).invoiceNumber(key.value())
                .includeOffers(Boolean.TRUE).pageSize(RECEIPT_PAGE).build();
        List<Identified<Order>> found = new ArrayList<>();
        for (Receipt r : client.receipts().list(query)) {
            found.add(new Identified<>(Long.toString(r.id()), InvoiceMapping.toOrder(r)));
        }
        return found;
    }

    @Override
    public String create(Order value) {
        CreatedInvoice created = client.invoices().create(mapping.toInvoice(value));
        if (created.id() == null) {
            throw new IllegalStateException("BuchhaltungsButler created invoice " + created.invoiceNumber()
                    + " but returned no id_by_customer");
        }
        return Long.toString(created.id());
    }
}
