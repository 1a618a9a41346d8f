package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;

/**
 * The BuchhaltungsButler connector on a {@link BuchhaltungsButlerClient}, declaring exactly what BB's API v1 allows:
 * <ul>
 *   <li>customers = debtors: read (full list, paged with an explicit page size), create, update by
 *   {@code postingaccount_number}; no search, so the engine lists the debtors when it must match customers. An
 *   update sends every field BB holds (see {@link Builder#debtorUpdateKeepsOmittedFields(boolean)}), taken from the
 *   debtors this connector read or wrote recently, else from the page of the list where the debtor is expected
 *   (usually one call), with the update's keep-fields left as they are; an update whose fields equal the debtor's
 *   makes no call. Batch create only with {@link Builder#batchCreateCustomers(boolean)}; debtors hold no phone
 *   and no delivery address;</li>
 *   <li>orders: created as invoices, credit notes or offers with all lines ({@code /invoices/create}, the order's
 *   reference as invoice number); read as header-only orders from the outbound receipts (no lines); found by
 *   reference with one filtered receipts call ({@link Builder#lookUpOrdersByInvoiceNumber(boolean)}, default on),
 *   or in one listing of all receipts: the engine chooses per run from the reader's
 *   {@code estimateFullReadCalls()} (one call; when that call returned every receipt, a full read right after it
 *   makes none);</li>
 *   <li>products, categories, stock: none (BB's API has no such resources).</li>
 * </ul>
 * Ids are strings: debtor {@code postingaccount_number}, receipt {@code id_by_customer}. Thread-safe.
 */
public final class BuchhaltungsButlerConnector implements Connector {
    /** The name used in messages and as the key of {@code Settings.skuRule}. */
    public static final String NAME = "BuchhaltungsButler";

    private final Capabilities capabilities;
    private final Entities entities;
    private final String referencePrefix;

    private BuchhaltungsButlerConnector(Builder b) {
        this.referencePrefix = b.referencePrefix;
        this.capabilities = capabilities(b);
        this.entities = entities(b);
    }

    private static Capabilities capabilities(Builder b) {
        Capabilities.Builder c = Capabilities.builder()
                .entity(EntityType.CUSTOMER, Capability.READ, Capability.CREATE, Capability.UPDATE)
                .fields(EntityType.CUSTOMER, "customerNumber", "companyName", "contactPerson", "email", "vatId",
                        "billingAddress")
                .note(EntityType.CUSTOMER, "BuchhaltungsButler's API has debtors without search, get-by-number, "
                        + "modified-since filter, phone or delivery address")
                .entity(EntityType.ORDER, Capability.READ, Capability.CREATE)
                .writableOrderTypes(OrderType.INVOICE, OrderType.CREDIT_NOTE, OrderType.OFFER)
                .note(EntityType.ORDER, "BuchhaltungsButler's API creates invoices, credit notes and offers but "
                        + "cannot change them, and reads outbound invoices only as receipt headers without lines")
                .note(EntityType.PRODUCT, "BuchhaltungsButler's API has no products")
                .note(EntityType.CATEGORY, "BuchhaltungsButler's API has no product categories")
                .note(EntityType.STOCK, "BuchhaltungsButler's API has no stock");
        if (b.batchCreateCustomers) {
            c.entity(EntityType.CUSTOMER, Capability.BATCH_CREATE).maxBatchSize(EntityType.CUSTOMER, b.batchSize);
        }
        if (b.lookUpOrdersByInvoiceNumber) {
            c.searchKeys(EntityType.ORDER, "reference");
        }
        return c.build();
    }

    private static Entities entities(Builder b) {
        DebtorAccess debtors = new DebtorAccess(b.client, b.debtorPageSize, b.debtorUpdateKeepsOmittedFields,
                b.heldDebtors, b.clock);
        OrderAccess orders = new OrderAccess(b.client, new InvoiceMapping(b.lineUnit, b.defaultVatPercent),
                b.includeOffers, b.clock);
        Entities.Builder e = Entities.builder()
                .reader(EntityType.CUSTOMER, debtors).writer(EntityType.CUSTOMER, debtors)
                .reader(EntityType.ORDER, orders).writer(EntityType.ORDER, orders);
        if (b.lookUpOrdersByInvoiceNumber) {
            e.lookup(EntityType.ORDER, orders);
        }
        return e.build();
    }

    /** A builder; {@link Builder#client} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The namespace of BuchhaltungsButler documents in other systems; default {@code BB-} (see the builder). */
    @Override
    public String referencePrefix() {
        return referencePrefix;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Entities entities() {
        return entities;
    }

    @Override
    public String toString() {
        return "BuchhaltungsButlerConnector[" + capabilities + "]";
    }

    /** Builds a {@link BuchhaltungsButlerConnector}. Not thread-safe. */
    public static final class Builder {
        private BuchhaltungsButlerClient client;
        private int debtorPageSize = 100;
        private boolean batchCreateCustomers;
        private int batchSize = 50;
        private boolean lookUpOrdersByInvoiceNumber = true;
        private boolean debtorUpdateKeepsOmittedFields;
        private int heldDebtors = 10_000;
        private Clock clock = Clock.systemUTC();
        private boolean includeOffers;
        private String lineUnit = "Stk.";
        private BigDecimal defaultVatPercent;
        private String referencePrefix = "BB-";

        private Builder() {
        }

        /** The typed client (credentials, rate limits, transport); required. */
        public Builder client(BuchhaltungsButlerClient value) {
            this.client = value;
            return this;
        }

        /** Rows per debtor list call (BB's own default of 25 is never relied on); default 100. */
        public Builder debtorPageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("debtorPageSize must be >= 1, was " + value);
            }
            this.debtorPageSize = value;
            return this;
        }

        /**
         * Declares batch create for customers ({@code /settings/add-batch/debtors}, one call per 5 s); default off.
         * BB documents neither the order of batch results nor an {@code email} on batch items, and e-mail is the
         * match key, so each batch is followed by a read of the created debtors (the list's new tail, usually one
         * call) to identify them and by an update for each one whose e-mail the server did not keep: worth it
         * when few customers carry an e-mail, or when the tenant's server keeps e-mails sent in batches.
         */
        public Builder batchCreateCustomers(boolean value) {
            this.batchCreateCustomers = value;
            return this;
        }

        /** Debtors per batch call when batch create is on (the API documents no maximum); default 50. */
        public Builder customerBatchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("customerBatchSize must be >= 1, was " + value);
            }
            this.batchSize = value;
            return this;
        }

        /**
         * Whether an existing order can be found with one {@code /receipts/get} call per order (exact
         * {@code invoicenumber} filter, offers included); default true. The engine then searches while that is
         * cheaper than one read of all outbound receipts (500 per call) and reads them all once when not (many
         * new orders in one run). False: always that one full read per run.
         */
        public Builder lookUpOrdersByInvoiceNumber(boolean value) {
            this.lookUpOrdersByInvoiceNumber = value;
            return this;
        }

        /**
         * Whether BuchhaltungsButler keeps the fields a debtor update omits; the API does not document it (spec:
         * "partial update semantics implied but not documented"). Default false, the safe reading: every update
         * sends every field BB holds, so IBAN, BIC and the additional address line, which customers do not carry,
         * survive either way; the connector needs the debtor's current fields for that, from its recent reads
         * and writes or from one targeted page of the debtor list (no get-by-number exists), so an update costs one
         * call plus usually one read. True, once verified on the tenant's server: an update sends only the
         * customer's fields (keep-fields left out) without reading anything first, one call.
         *
         * <p>Either way a field the customer no longer has is not cleared: an unset field is never sent.
         */
        public Builder debtorUpdateKeepsOmittedFields(boolean value) {
            this.debtorUpdateKeepsOmittedFields = value;
            return this;
        }

        /**
         * How many debtors' fields the connector keeps in memory between reading (or writing) and updating them,
         * the least recently used dropped first; default 10,000 (a few MB). An update of a dropped debtor costs a
         * targeted read, usually one call. Fields serve an update for which the engine has no current record only
         * while younger than two minutes (by {@link #clock(Clock)}), so that a change made in BuchhaltungsButler
         * between two runs is read, not overwritten with an old value.
         */
        public Builder heldDebtors(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("heldDebtors must be >= 1, was " + value);
            }
            this.heldDebtors = value;
            return this;
        }

        /**
         * Whether reading orders includes offers ({@code include_offers}); default false, so that offers are not
         * passed on as orders. Offers created through this connector are then found again by their stored link,
         * or with {@link #lookUpOrdersByInvoiceNumber(boolean)}, which always includes offers.
         */
        public Builder includeOffers(boolean value) {
            this.includeOffers = value;
            return this;
        }

        /** Unit printed on invoice lines ({@code item_unit}, required by BB); default {@code Stk.}. */
        public Builder lineUnit(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("lineUnit must not be blank");
            }
            this.lineUnit = value;
            return this;
        }

        /** VAT percent for lines without a tax rate; default none (such a line fails the order). */
        public Builder defaultVatPercent(BigDecimal value) {
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new IllegalArgumentException("defaultVatPercent must be between 0 and 100, was " + value);
            }
            this.defaultVatPercent = value;
            return this;
        }

        /**
         * The prefix of BuchhaltungsButler documents' references when the order flow copies them into another system, and
         * the provenance marker by which a flow reading BuchhaltungsButler back recognises its own copies; default
         * {@code BB-}. Letters, digits and {@code -_./:} only, 1 to 10 characters; never change it once documents
         * were written (copies written with the old prefix would no longer be recognised).
         */
        public Builder referencePrefix(String value) {
            this.referencePrefix = dev.ledgerbridge.sync.internal.ReferencePrefixes.require(value);
            return this;
        }

        /**
         * Clock for the age of held debtor fields (see {@link #heldDebtors(int)}) and of a receipts page kept to
         * serve the full read after a cost estimate; default: system clock.
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The connector. */
        public BuchhaltungsButlerConnector build() {
            Objects.requireNonNull(client, "client");
            return new BuchhaltungsButlerConnector(this);
        }
    }
}
