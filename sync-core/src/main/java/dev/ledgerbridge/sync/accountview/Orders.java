package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.data.FieldType;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.data.SortOrder;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.DeliveryAddress;
import dev.ledgerbridge.accountview.model.OrderHistory;
import dev.ledgerbridge.accountview.model.OrderHistoryLine;
import dev.ledgerbridge.accountview.model.SalesOrder;
import dev.ledgerbridge.accountview.model.SalesOrderLine;
import dev.ledgerbridge.sync.model.Address;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.transport.paging.Page;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Orders: written as sales orders ({@code SO1}: {@code SO_HDR} + {@code SO_LINE}) carrying the source reference in
 * a configured header field; read from sales orders or from the sales order history ({@code ALH}), with the
 * debtors of each page of orders read together (see {@link DebtorsByNumber}).
 */
final class Orders implements EntityReader<Order>, EntityLookup<Order>, EntityWriter<Order> {
    private final CompanyClient client;
    private final OrderSource source;
    private final String referenceField;
    private final Products.Prices prices;
    private final String currency;
    /** Debtor numbers per batch read, lowered for good when the server rejects a batch. */
    private final AtomicInteger debtorBatch = new AtomicInteger(DebtorsByNumber.CHUNK);

    Orders(CompanyClient client, OrderSource source, String referenceField, Products.Prices prices, String currency) {
        this.client = client;
        this.source = source;
        this.referenceField = referenceField;
        this.prices = prices;
        this.currency = currency;
    }

    @Override
    public List<Identified<Order>> find(MatchKey key) {
        if (!MatchKey.REFERENCE.equals(key.name())) {
            throw new IllegalArgumentException("AccountView sales orders are searched by reference ("
                    + referenceField + "), not by " + key.name());
        }
        var query = client.salesOrders().query().filter(Filter.equal(referenceField, key.value())).build();
        List<Identified<Order>> found = new ArrayList<>();
        for (SalesOrder so : client.salesOrders().list(query)) {
            // the engine only needs to know the order exists; the customer is not read for that
            Order o = Order.builder().reference(key.value()).type(OrderType.SALES_ORDER)
                    .date(so.orderDate() != null ? so.orderDate() : LocalDate.EPOCH).customerId(so.invoiceDebtor())
                    .lines(so.lines().stream().map(this::line).toList()).build();
            found.add(new Identified<>(so.orderNumber(), o));
        }
        return found;
    }

    @Override
    public String create(Order order) {
        if (order.customerId() == null || order.customerId().isBlank()) {
            throw new IllegalArgumentException("order " + order.reference() + " has no AccountView debtor (RPL_INV)");
        }
        SalesOrder.Builder b = SalesOrder.builder().orderDate(order.date()).invoiceDebtor(order.customerId())
                .salesperson(order.employeeNumber());
        if ("COMMENT1".equalsIgnoreCase(referenceField)) {
            b.description(order.reference());
        } else {
            b.customField(referenceField, FieldType.CHARACTER, order.reference());
        }
        if (order.customer() != null && order.customer().email() != null) {
            b.email(order.customer().email());
        }
        Address delivery = order.deliveryAddress();
        if (!Addresses.isEmpty(delivery) && !delivery.equals(order.billingAddress())) {
            String name = order.customer() == null || order.customer().displayName() == null ? order.reference()
                    : order.customer().displayName();
            DeliveryAddress created = client.deliveryAddresses().insert(DeliveryAddress.builder()
                    .debtorNumber(order.customerId()).name(name).address(Addresses.line(delivery))
                    .postalCode(delivery.postcode()).city(delivery.city()).countryCode(delivery.country()).build());
            b.deliveryAddressId(created.id());
        }
        for (OrderLine l : order.lines()) {
            b.addLine(SalesOrderLine.builder().articleCode(l.sku()).quantity(l.quantity())
                    .unitPrice(prices.toAccountView(l.unitPrice(), order.pricesIncludeTax(), l.taxRate(),
                            "order " + order.reference() + " SKU " + l.sku()))
                    .build());
        }
        SalesOrder echoed = client.salesOrders().insert(b.build());
        if (echoed.orderNumber() != null) {
            return echoed.orderNumber();
        }
        List<Identified<Order>> found = find(new MatchKey(MatchKey.REFERENCE, order.reference()));
        if (found.size() != 1) {
            throw new IllegalStateException("AccountView created sales order " + order.reference()
                    + " but returned no order number, and " + found.size() + " orders carry its reference");
        }
        return found.get(0).id();
    }

    @Override
    public ReadResult<Order> read(String changeCursor) {
        return read(changeCursor, id -> true);
    }

    /** Orders the engine will skip (not {@code needed}) are returned without their customer: no debtor read. */
    @Override
    public ReadResult<Order> read(String changeCursor, Predicate<String> needed) {
        DebtorsByNumber debtors = new DebtorsByNumber(client.debtors(), debtorBatch);
        if (source == OrderSource.SALES_ORDERS) {
            Iterable<SalesOrder> orders = eachPageFirst(client.salesOrders().all(),
                    page -> debtors.prefetch(page.stream().filter(so -> needed.test(so.orderNumber()))
                            .map(SalesOrder::invoiceDebtor).toList()));
            return ReadResult.of(Lazy.map(orders, so -> new Identified<>(so.orderNumber(),
                    fromSalesOrder(so, needed.test(so.orderNumber()) ? debtors.get(so.invoiceDebtor()) : null))));
        }
        var query = client.orderHistory().query().filter(Filter.equal("HST_AH.HDR_TYPE", OrderHistory.SALES))
                .sortBy("HST_AH.ORD_NR").sortOrder(SortOrder.ASCENDING).build();
        Iterable<OrderHistoryLine> lines = eachPageFirst(client.orderHistory().list(query),
                page -> debtors.prefetch(page.stream().filter(l -> needed.test(historyNumber(l)))
                        .map(OrderHistoryLine::invoiceDebtor).toList()));
        return ReadResult.of(() -> new HistoryOrders(lines.iterator(), debtors, needed));
    }

    /**
     * The items of {@code paged}, handing each page to {@code onPage} before its first item is returned: the debtors
     * of a page are read in one go while the orders still stream page by page.
     */
    private static <T> Iterable<T> eachPageFirst(PagedIterable<T> paged, Consumer<List<T>> onPage) {
        return () -> new Iterator<>() {
            private final Iterator<Page<T>> pages = paged.pages().iterator();
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    List<T> items = pages.next().items();
                    onPage.accept(items);
                    current = items.iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Order fromSalesOrder(SalesOrder so, Debtor debtor) {
        LocalDate date = so.orderDate() != null ? so.orderDate() : so.invoiceDate();
        Order.Builder b = header(debtor, date).reference(so.orderNumber()).employeeNumber(
                Addresses.blankToNull(so.salesperson())).externalReference(marker(so));
        so.lines().forEach(l -> b.line(line(l)));
        return b.build();
    }

    /** The provenance marker: the reference field as written by this SDK ({@code COMMENT1} by default). */
    private String marker(SalesOrder so) {
        String value = "COMMENT1".equalsIgnoreCase(referenceField) ? so.description()
                : Products.extra(so.extra(), referenceField);
        return Addresses.blankToNull(value);
    }

    private OrderLine line(SalesOrderLine l) {
        return OrderLine.builder().sku(l.articleCode()).quantity(l.quantity())
                .unitPrice(l.unitPrice() == null ? BigDecimal.ZERO : l.unitPrice()).build();
    }

    private Order.Builder header(Debtor debtor, LocalDate date) {
        Customer customer = debtor == null ? null : Customers.toCustomer(debtor, null);
        return Order.builder().type(OrderType.SALES_ORDER).date(date).customer(customer)
                .billingAddress(customer == null ? null : customer.billingAddress())
                .pricesIncludeTax(prices.includeTax()).currency(currency)
                .paymentTerm(debtor == null ? null : Addresses.blankToNull(debtor.paymentConditionCode()));
    }

    /** Groups consecutive history lines (sorted by order number) into orders. */
    private final class HistoryOrders implements Iterator<Identified<Order>> {
        private final Iterator<OrderHistoryLine> lines;
        private final DebtorsByNumber debtors;
        private final Predicate<String> needed;
        private OrderHistoryLine pending;

        HistoryOrders(Iterator<OrderHistoryLine> lines, DebtorsByNumber debtors, Predicate<String> needed) {
            this.lines = lines;
            this.debtors = debtors;
            this.needed = needed;
        }

        @Override
        public boolean hasNext() {
            return pending != null || lines.hasNext();
        }

        @Override
        public Identified<Order> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            OrderHistoryLine first = pending != null ? pending : lines.next();
            pending = null;
            String number = historyNumber(first);
            List<OrderHistoryLine> group = new ArrayList<>(List.of(first));
            while (lines.hasNext()) {
                OrderHistoryLine l = lines.next();
                if (!Objects.equals(historyNumber(l), number)) {
                    pending = l;
                    break;
                }
                group.add(l);
            }
            Debtor debtor = needed.test(number) ? debtors.get(first.invoiceDebtor()) : null;
            LocalDate date = first.invoiceDate() != null ? first.invoiceDate() : first.deliveryDate();
            Order.Builder b = header(debtor, date).reference(number).externalReference(Addresses.blankToNull(
                    Products.extra(first.extra(), "HST_AH." + referenceField)));
            String term = Addresses.blankToNull(first.paymentCondition());
            if (term != null) {
                b.paymentTerm(term);
            }
            for (OrderHistoryLine l : group) {
                b.line(OrderLine.builder().sku(l.articleCode()).quantity(l.packQuantity())
                        .unitPrice(l.unitPrice() == null ? BigDecimal.ZERO : l.unitPrice()).build());
            }
            return new Identified<>(number, b.build());
        }
    }

    private static String historyNumber(OrderHistoryLine l) {
        return Optional.ofNullable(Products.extra(l.extra(), "HST_AH.ORD_NR")).map(String::strip)
                .orElseThrow(() -> new IllegalStateException("AccountView order history line " + l.id()
                        + " has no HST_AH.ORD_NR"));
    }
}
