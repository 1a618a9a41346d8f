package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.flow.RunContext;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.Order;
import dev.ledgerbridge.sync.model.OrderLine;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.Product;
import dev.ledgerbridge.sync.report.Action;
import dev.ledgerbridge.sync.report.FlowReport;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Identified;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MappingContext;
import dev.ledgerbridge.sync.spi.MatchKey;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import dev.ledgerbridge.sync.spi.ReadResult;
import dev.ledgerbridge.sync.spi.Update;
import dev.ledgerbridge.sync.state.FlowLockedException;
import dev.ledgerbridge.sync.state.Link;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order algorithm: per source order, validate and map; skip it when a link exists or the target already
 * has its reference; fill in the employee number and map payment term and method; give header-only orders
 * their one configured line; check every line's SKU in the product catalogue (fallback article or failure);
 * choose the target document type; ensure the customer (match by e-mail, update or create, or the default
 * debtor); create the order and save its link at once.
 */
public final class OrderRunner {
    private final String flow;
    private final Connector source;
    private final Connector target;
    private final Connector catalog;
    private final Mapper<Order> mapper;
    private final Mapper<Customer> customerMapper;
    private final Map<OrderType, OrderType> typeMapping;
    private final TargetMatcher<Order> orders;
    private final TargetMatcher<Customer> customers;
    private final TargetMatcher<Product> products;
    private final FlowRun run;
    private final Settings settings;
    private final boolean namespacedReferences;
    private final java.util.function.BiPredicate<Order, Order> sameDocument;
    private final TargetKeys customerKeys;

    private static final String ONE_LINE_NOTE = "order read without lines: written with the one configured line ";

    /** A runner for one run of one order flow. */
    public OrderRunner(String flow, String direction, Connector source, Connector target, Connector catalog,
                       Mapper<Order> mapper, Mapper<Customer> customerMapper, MatchStrategy<Order> orderMatch,
                       MatchStrategy<Customer> customerMatch, Map<OrderType, OrderType> typeMapping,
                       boolean namespacedReferences, java.util.function.BiPredicate<Order, Order> sameDocument,
                       RunContext context) {
        this.flow = flow;
        this.source = source;
        this.target = target;
        this.catalog = catalog;
        this.mapper = mapper;
        this.customerMapper = customerMapper;
        this.typeMapping = typeMapping;
        this.settings = context.settings();
        this.orders = new TargetMatcher<>(target, EntityType.ORDER, orderMatch, settings.searchesBeforeIndex());
        this.customers = new TargetMatcher<>(target, EntityType.CUSTOMER, customerMatch, settings.searchesBeforeIndex());
        this.products = catalog == null ? null
                : new TargetMatcher<>(catalog, EntityType.PRODUCT, MatchStrategy.bySku(), settings.searchesBeforeIndex());
        this.run = new FlowRun(flow, direction, context);
        this.namespacedReferences = namespacedReferences;
        this.sameDocument = sameDocument;
        this.customerKeys = new TargetKeys(context, flow, target, EntityType.CUSTOMER);
    }

    /**
     * The state namespace recording the orders this SDK wrote into {@code into} from {@code from} (id in
     * {@code into} -> source id), so that an order flow reading {@code into} does not send them back to
     * {@code from}. Orders written into a system from a third one still travel on (a webshop order written to
     * AccountView goes on to BuchhaltungsButler).
     */
    static String writtenOrders(Connector into, Connector from) {
        return "#written-orders:" + into.name() + "<-" + from.name();
    }

    /** The state namespace of the customers this flow ensures (keyed by e-mail hash, never the e-mail). */
    public static String customerFlow(String flow) {
        return flow + "#customers";
    }

    /** Runs the flow and returns its report. */
    public FlowReport run() {
        boolean incremental = source.capabilities().has(EntityType.ORDER, Capability.READ_CHANGES);
        String cursor = incremental ? run.context().stateStore().cursor(flow, FlowRun.CHANGES).orElse(null) : null;
        ReadResult<Order> read;
        try {
            read = Implementations.reader(source, EntityType.ORDER).read(cursor, this::needsDetail);
            if (!processAll(read.records().iterator())) {
                return run.finish();
            }
            Set<String> parked = run.parkedNotSeen();
            if (cursor != null && !parked.isEmpty()) {
                processAll(Implementations.reader(source, EntityType.ORDER).readIds(parked).iterator());
            }
            run.unparkMissing(parked, source.name()); // neither in the (full) read nor found by id: gone
        } catch (FlowLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            run.stop("reading orders from " + source.name() + " failed: " + FlowRun.reasonOf(e));
            return run.finish();
        }
        if (incremental && !run.stopped() && !run.dryRun()) {
            read.nextCursor().ifPresent(c -> run.context().stateStore().saveCursor(flow, FlowRun.CHANGES, c));
        }
        return run.finish();
    }

    /** Processes the records; false when the run was interrupted. */
    private boolean processAll(Iterator<Identified<Order>> records) {
        while (records.hasNext()) {
            if (Thread.currentThread().isInterrupted()) {
                run.stop("interrupted; the next run continues where this one stopped");
                return false;
            }
            run.context().heartbeat();
            Identified<Order> record = records.next();
            run.countRead();
            process(record);
        }
        return true;
    }

    private void process(Identified<Order> record) {
        run.seen(record.id());
        List<String> notes = new ArrayList<>();
        List<String> personal = personal(record.value());
        try {
            Validation.requireValid(record.value(), "order");
            Optional<Link> echo = run.context().stateStore().link(writtenOrders(source, target), record.id());
            if (echo.isPresent()) {
                run.done(record.id(), echo.get().targetId(), Action.SKIPPED, "written to " + source.name()
                        + " by this SDK from " + target.name() + " order " + echo.get().targetId()
                        + "; not echoed back", notes, personal);
                return;
            }
            Optional<String> copyOf = copyOfTargetDocument(record.value());
            if (copyOf.isPresent()) {
                run.done(record.id(), null, Action.SKIPPED, "a copy of " + target.name() + " document "
                        + copyOf.get() + " that this SDK wrote to " + source.name() + " (marker '"
                        + record.value().externalReference() + "'); not echoed back", notes, personal);
                return;
            }
            Order order = namespaced(mapper.map(record.value(), new MappingContext(source, target, settings)));
            Optional<MatchKey> marker = marker(record.value());
            if (marker.isPresent() && UncertainWrites.find(run.context(), source, EntityType.ORDER,
                    List.of(marker.get())).isPresent()) {
                run.done(record.id(), null, Action.SKIPPED, "written to " + source.name() + " by this SDK with an "
                        + "unknown outcome (no answer); skipped until that flow has found it there", notes, personal);
                return;
            }
            Optional<Link> link = run.context().stateStore().link(flow, record.id());
            if (link.isPresent()) {
                run.done(record.id(), link.get().targetId(), Action.SKIPPED, "already written to " + target.name(),
                        notes, personal);
                return;
            }
            Optional<Identified<Order>> existing = orders.find(order);
            if (existing.isPresent()) {
                if (!sameDocument.test(order, existing.get().value())) {
                    throw new IllegalStateException("conflict: " + target.name() + " document "
                            + existing.get().id() + " " + describe(existing.get().value()) + " bears the reference '"
                            + order.reference() + "' but is not " + source.name() + " order " + record.id() + " "
                            + describe(order) + "; neither written nor linked: resolve the duplicate reference");
                }
                UncertainWrites.clear(run.context(), target, EntityType.ORDER, orders.keys(order));
                run.saveLink(record.id(), existing.get().id(), ContentHash.of(order));
                saveOrigin(existing.get().id(), record.id());
                run.done(record.id(), existing.get().id(), Action.SKIPPED, "exists in " + target.name()
                        + " (found by " + orders.keys(order).get(0).name() + ")", notes, personal);
                return;
            }
            order = enrich(order, notes);
            order = order.toBuilder().lines(checkedLines(order, notes)).type(targetType(order.type())).build();
            if (record.value().lines().isEmpty()) {
                order = order.toBuilder().pricesIncludeTax(true).build(); // the one line carries the gross total
            }
            order = order.toBuilder().customerId(ensureCustomer(order, notes)).build();
            Validation.requireValid(order, "mapped order");
            TargetLimits.requireWithin(target, EntityType.ORDER, order);
            if (run.dryRun()) {
                run.done(record.id(), null, Action.CREATED, null, notes, personal);
                return;
            }
            List<MatchKey> orderKeys = orders.keys(order);
            Order written = order;
            String targetId = UncertainWrites.create(run.context(), target, EntityType.ORDER, orderKeys,
                    run.startedAt(), order, id -> {
                        run.saveLink(record.id(), id, ContentHash.of(written));
                        saveOrigin(id, record.id());
                    });
            orders.remember(targetId, order);
            run.done(record.id(), targetId, Action.CREATED, null, notes, personal);
        } catch (RuntimeException e) {
            run.failed(record.id(), null, FlowRun.reasonOf(e), notes.stream()
                    .filter(n -> !n.startsWith(ONE_LINE_NOTE)).toList(), personal);
        }
    }

    /**
     * The target document a source order is a copy of, when its provenance marker carries the target's prefix:
     * this SDK wrote it into the source from the target (found in the data, so it holds with empty or lost state).
     */
    private Optional<String> copyOfTargetDocument(Order order) {
        String marker = order.externalReference();
        String prefix = target.referencePrefix();
        if (marker == null || prefix.isEmpty() || !marker.startsWith(prefix) || marker.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(marker.substring(prefix.length()));
    }

    private static Optional<MatchKey> marker(Order order) {
        String marker = order.externalReference();
        return marker == null || marker.isBlank() ? Optional.empty()
                : Optional.of(new MatchKey(MatchKey.REFERENCE, marker.trim()));
    }

    /** The order with its reference in the source's namespace ({@code AV-1042}), unless switched off. */
    private Order namespaced(Order order) {
        String prefix = source.referencePrefix();
        if (!namespacedReferences || order.reference() == null || prefix.isEmpty()
                || order.reference().startsWith(prefix)) {
            return order;
        }
        return order.toBuilder().reference(prefix + order.reference()).build();
    }

    private static String describe(Order o) {
        List<String> parts = new ArrayList<>();
        if (o.date() != null && !o.date().equals(java.time.LocalDate.EPOCH)) {
            parts.add(o.date().toString());
        }
        if (o.customer() != null && o.customer().displayName() != null) {
            parts.add(o.customer().displayName());
        }
        if (o.totalGross() != null) {
            parts.add("gross " + o.totalGross().stripTrailingZeros().toPlainString());
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /**
     * The default test whether a document found in the target by reference is the copy of the source order:
     * date, customer name and gross total agree wherever both sides know them.
     */
    public static boolean sameDocument(Order wanted, Order found) {
        java.time.LocalDate a = wanted.date();
        java.time.LocalDate b = found.date();
        if (a != null && b != null && !b.equals(java.time.LocalDate.EPOCH) && !a.equals(b)) {
            return false;
        }
        String x = wanted.customer() == null ? null : wanted.customer().displayName();
        String y = found.customer() == null ? null : found.customer().displayName();
        if (x != null && y != null && !x.strip().equalsIgnoreCase(y.strip())) {
            return false;
        }
        BigDecimal g = wanted.totalGross();
        BigDecimal h = found.totalGross();
        return g == null || h == null || g.subtract(h).abs().compareTo(new BigDecimal("0.01")) <= 0;
    }

    /** Orders this run will skip by state (transferred before, or echoes) need no detail from the reader. */
    private boolean needsDetail(String sourceId) {
        return run.context().stateStore().link(flow, sourceId).isEmpty()
                && run.context().stateStore().link(writtenOrders(source, target), sourceId).isEmpty();
    }

    private void saveOrigin(String targetId, String sourceId) {
        if (!run.dryRun()) {
            run.context().stateStore().saveLink(new Link(writtenOrders(target, source), targetId, sourceId, "-",
                    settings.timeSource().now()));
        }
    }

    private static List<String> personal(Order order) {
        List<String> values = new ArrayList<>(CustomerRules.personal(order.customer()));
        if (order.billingAddress() != null && order.billingAddress().street() != null) {
            values.add(order.billingAddress().street());
        }
        if (order.deliveryAddress() != null && order.deliveryAddress().street() != null) {
            values.add(order.deliveryAddress().street());
        }
        return values;
    }

    /** Employee number, payment term and payment method from the settings. */
    private Order enrich(Order order, List<String> notes) {
        Order.Builder b = order.toBuilder();
        if (order.employeeNumber() == null || order.employeeNumber().isBlank()) {
            b.employeeNumber(settings.employeeNumber());
        }
        String term = order.paymentTerm();
        if (term != null) {
            if (settings.paymentTerms().containsKey(term)) {
                b.paymentTerm(settings.paymentTerms().get(term));
                Integer days = settings.paymentTermDueDays().get(term);
                if (days != null) {
                    b.dueDays(days);
                }
            } else if (!settings.paymentTerms().isEmpty()) {
                notes.add("payment term '" + term + "' is not in the mapping table; passed unchanged");
            }
        }
        String method = order.paymentMethod();
        if (method != null) {
            if (settings.paymentMethods().containsKey(method)) {
                b.paymentMethod(settings.paymentMethods().get(method));
            } else if (!settings.paymentMethods().isEmpty()) {
                notes.add("payment method '" + method + "' is not in the mapping table; passed unchanged");
            }
        }
        return b.build();
    }

    /** The lines to write: the configured one for header-only orders; every SKU checked. */
    private List<OrderLine> checkedLines(Order order, List<String> notes) {
        List<OrderLine> lines = order.lines();
        if (lines.isEmpty()) {
            String sku = settings.headerOnlyLineSku().orElseThrow(() -> new IllegalArgumentException(
                    "order has no lines and no header-only line is configured (Settings.headerOnlyLine)"));
            if (order.totalGross() == null) {
                throw new IllegalArgumentException("order has no lines and no gross total for the header-only line");
            }
            String text = settings.headerOnlyLineDescription().orElse(order.reference());
            lines = List.of(OrderLine.builder().sku(sku).description(text).quantity(BigDecimal.ONE)
                    .unitPrice(order.totalGross()).taxRate(settings.headerOnlyLineTaxRate().orElse(null))
                    .build());
            notes.add(ONE_LINE_NOTE + "'" + sku + "'");
        }
        List<OrderLine> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (products != null && products.find(new MatchKey(MatchKey.SKU, line.sku())).isEmpty()) {
                Optional<String> fallback = settings.fallbackSku();
                if (fallback.isEmpty()) {
                    problems.add("line " + (i + 1) + ": SKU '" + line.sku() + "' does not exist in "
                            + catalog.name());
                    continue;
                }
                notes.add("line " + (i + 1) + ": SKU '" + line.sku() + "' does not exist in " + catalog.name()
                        + "; fallback article '" + fallback.get() + "' used");
                line = line.withSku(fallback.get());
            }
            String lineNumber = "line " + (i + 1) + ": ";
            SkuRule.violation(line.sku(), target, settings).ifPresent(v -> problems.add(lineNumber + v));
            checked.add(line);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return checked;
    }

    private OrderType targetType(OrderType type) {
        java.util.Set<OrderType> writable = target.capabilities().writableOrderTypes();
        OrderType mapped = typeMapping.get(type);
        if (mapped != null) {
            return mapped;
        }
        if (writable.contains(type)) {
            return type;
        }
        if (writable.size() == 1) {
            return writable.iterator().next();
        }
        if (type == OrderType.SALES_ORDER && writable.contains(OrderType.INVOICE)) {
            return OrderType.INVOICE;
        }
        throw new IllegalArgumentException(target.name() + " cannot create " + type + " documents (it creates "
                + writable + "); map the type with OrderFlow typeMapping");
    }

    /**
     * The order customer's id in the target: matched, updated or created; else the default debtor. State keys it
     * by a hash of its first match key (e.g. the e-mail), never by the e-mail itself.
     */
    private String ensureCustomer(Order order, List<String> notes) {
        Customer customer = order.customer();
        Customer mapped = customer == null ? null
                : customerMapper.map(customer, new MappingContext(source, target, settings));
        List<MatchKey> keys = mapped == null ? List.of() : customers.keys(mapped);
        if (keys.isEmpty() || !customerCapable()) {
            String fallback = settings.defaultDebtor().orElseThrow(() -> new IllegalArgumentException(
                    "the order's customer cannot be matched (no " + (keys.isEmpty() ? "match key such as an e-mail"
                            : "customer search and create in " + target.name())
                            + ") and no default debtor is configured"));
            notes.add("default debtor " + fallback + " used");
            return fallback;
        }
        Validation.requireValid(mapped, "customer");
        TargetLimits.requireWithin(target, EntityType.CUSTOMER, mapped);
        String key = "key-sha256:" + ContentHash.ofText(keys.get(0).toString());
        String hash = ContentHash.of(mapped);
        String customerFlow = customerFlow(flow);
        Optional<Link> link = run.context().stateStore().link(customerFlow, key);
        if (link.isPresent() && link.get().contentHash().equals(hash)) {
            return link.get().targetId();
        }
        if (link.isPresent()) {
            String targetId = link.get().targetId();
            if (updateCustomer(mapped, targetId, customers.currentForUpdate(targetId), hash, notes)) {
                customerKeys.register(keys, targetId, heldHash(mapped));
            }
            saveCustomerLink(customerFlow, key, targetId, hash);
            return targetId;
        }
        // no link: find or create under the key lock, so that the customers flow, or this flow in another
        // process, never creates the same customer at the same time; the registry has what they created since
        // this run's index was read
        try (TargetKeys.Held held = customerKeys.lock(keys)) {
            // the customers flow (or an earlier order) registered this customer with what the target holds of it:
            // when that is what this order wants, the id is enough; no search, no full read of the target
            Optional<Link> registered = customerKeys.registeredLink(keys);
            if (registered.isPresent() && registered.get().contentHash().equals(heldHash(mapped))) {
                saveCustomerLink(customerFlow, key, registered.get().targetId(), hash);
                return registered.get().targetId();
            }
            Optional<Identified<Customer>> match = customers.find(mapped);
            // under the key lock only the holder registers these keys: the entry read above still holds
            Optional<String> registeredId = registered.map(Link::targetId);
            if (match.isEmpty() && registeredId.isEmpty()
                    && UncertainWrites.markedByAnotherRun(run.context(), target, EntityType.CUSTOMER, keys)) {
                // a run killed between its create and the registry write (the customers flow in another process)
                // left its mark: what it created shows only in a read of the target made now, after it died
                customers.refresh();
                match = customers.find(mapped);
            }
            String targetId = match.map(Identified::id).or(() -> registeredId).orElse(null);
            if (targetId != null) {
                UncertainWrites.clear(run.context(), target, EntityType.CUSTOMER, keys);
                customerKeys.register(keys, targetId);
                Optional<Customer> current = match.isPresent() ? match.map(Identified::value)
                        : customers.currentForUpdate(targetId);
                if (updateCustomer(mapped, targetId, current, hash, notes)) {
                    customerKeys.register(keys, targetId, heldHash(mapped));
                }
                saveCustomerLink(customerFlow, key, targetId, hash);
                return targetId;
            }
            if (run.dryRun()) {
                notes.add("customer would be created");
                return null;
            }
            targetId = UncertainWrites.create(run.context(), target, EntityType.CUSTOMER, keys, run.startedAt(),
                    mapped, id -> {
                        customerKeys.register(keys, id, heldHash(mapped));
                        saveCustomerLink(customerFlow, key, id, hash);
                    });
            customers.remember(targetId, mapped);
            notes.add("customer created as " + targetId);
            return targetId;
        }
    }

    /**
     * Updates the customer when the target lacks something it can hold (never in a dry run).
     *
     * @return true when the target now holds the mapped customer's fields (found up to date or written)
     */
    private boolean updateCustomer(Customer mapped, String targetId, Optional<Customer> current, String hash,
                                   List<String> notes) {
        java.util.Set<String> keep = settings.createOnlyFields(EntityType.CUSTOMER);
        boolean same = current.isPresent() && (ContentHash.of(current.get()).equals(hash)
                || HeldFields.same(target, EntityType.CUSTOMER, mapped, current.get(), keep));
        if (!same && target.capabilities().has(EntityType.CUSTOMER, Capability.UPDATE)) {
            boolean written = run.dryRun() || Implementations.writer(target, EntityType.CUSTOMER)
                    .updateIfChanged(new Update<>(targetId, mapped, keep, current));
            if (written) {
                if (!run.dryRun()) {
                    customers.remember(targetId, mapped);
                }
                notes.add("customer " + targetId + " updated");
            }
            return true;
        }
        return same;
    }

    /** What the target holds of a customer as this flow writes it (compared with the key registry's entry). */
    private String heldHash(Customer mapped) {
        return HeldFields.hash(target, EntityType.CUSTOMER, mapped, settings.createOnlyFields(EntityType.CUSTOMER));
    }

    private boolean customerCapable() {
        return target.capabilities().has(EntityType.CUSTOMER, Capability.CREATE)
                && TargetMatcher.canMatch(target, EntityType.CUSTOMER);
    }

    private void saveCustomerLink(String customerFlow, String key, String targetId, String hash) {
        if (!run.dryRun()) {
            run.context().stateStore().saveLink(new Link(customerFlow, key, targetId, hash,
                    settings.timeSource().now()));
        }
    }
}
