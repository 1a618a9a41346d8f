package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.sync.model.Customer;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.ledgerbridge.sync.spi.Capability.CREATE;
import static dev.ledgerbridge.sync.spi.Capability.ORDER_LINES;
import static dev.ledgerbridge.sync.spi.Capability.READ;
import static dev.ledgerbridge.sync.spi.Capability.READ_CHANGES;
import static dev.ledgerbridge.sync.spi.Capability.UPDATE;

/**
 * The AccountView connector on a company-bound {@link CompanyClient}. It declares exactly what AccountView's
 * Web API allows:
 * <ul>
 *   <li>customers = debtors ({@code AR1}): read, read changes ({@code CNG_DATE}), search by {@code email}
 *       ({@code MAIL_BUS}), create, update (only changed fields, no call when none changed); every canonical
 *       field is held, the delivery address in {@code ADDR};</li>
 *   <li>products = articles ({@code AK1}): read, read changes, search by {@code sku} ({@code ART_CODE}), create,
 *       update; no variants, no images;</li>
 *   <li>categories = article groups ({@code AG1}): read, search by {@code code}, create, update; flat;</li>
 *   <li>stock: read from the article stock fields; never written (read-only in AccountView);</li>
 *   <li>orders: create sales orders ({@code SO1}) with lines; read from {@link OrderSource sales orders or order
 *       history}; search by {@code reference} in a configurable header field.</li>
 * </ul>
 * Build with {@link #builder(CompanyClient)}; thread-safe when the client is.
 */
public final class AccountViewConnector implements Connector {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}");

    private final Capabilities capabilities;
    private final Entities entities;
    private final String referencePrefix;

    private AccountViewConnector(Builder b) {
        this.referencePrefix = b.referencePrefix;
        CompanyClient client = b.pageSize == null ? b.client : b.client.withDefaultPageSize(b.pageSize);
        Changes changes = new Changes(b.clock, b.zone, b.changeOverlap);
        Products.Prices prices = new Products.Prices(b.pricesIncludeTax);
        Customers customers = new Customers(client, changes, b.searchCode, b.debtorNumbers, b.collectiveAccount);
        Products products = new Products(client, changes, prices, b.currency, b.eanField);
        Categories categories = new Categories(client);
        Orders orders = new Orders(client, b.orderSource, b.referenceField, prices, b.currency);
        this.entities = Entities.builder()
                .reader(EntityType.CUSTOMER, customers).lookup(EntityType.CUSTOMER, customers)
                .writer(EntityType.CUSTOMER, customers)
                .reader(EntityType.PRODUCT, products).lookup(EntityType.PRODUCT, products)
                .writer(EntityType.PRODUCT, products)
                .reader(EntityType.CATEGORY, categories).lookup(EntityType.CATEGORY, categories)
                .writer(EntityType.CATEGORY, categories)
                .reader(EntityType.STOCK, new Stock(client)) // read-only: AccountView's stock fields
                .reader(EntityType.ORDER, orders).lookup(EntityType.ORDER, orders).writer(EntityType.ORDER, orders)
                .build();
        this.capabilities = Capabilities.builder()
                .entity(EntityType.CUSTOMER, READ, READ_CHANGES, CREATE, UPDATE)
                .searchKeys(EntityType.CUSTOMER, "email")
                .fields(EntityType.CUSTOMER, EntityType.CUSTOMER.fieldNames().toArray(String[]::new))
                // ACCT_NAME and MAIN_CONT are C40 (spec §5.1); a person's name goes to ACCT_NAME too
                .maxLength(EntityType.CUSTOMER, "companyName", 40).maxLength(EntityType.CUSTOMER, "contactPerson", 40)
                .note(EntityType.CUSTOMER, "AccountView debtors (AR1) are written one per call (no batch insert); "
                        + "delivery addresses live in ADDR")
                .entity(EntityType.PRODUCT, READ, READ_CHANGES, CREATE, UPDATE)
                .searchKeys(EntityType.PRODUCT, "sku")
                .fields(EntityType.PRODUCT, productFields(b.eanField != null))
                .maxLength(EntityType.PRODUCT, "name", 50) // ART_DESC1, as AccountView refuses longer ones
                .note(EntityType.PRODUCT, "AccountView articles (AK1) have no variants and no images through the "
                        + "API" + (b.eanField == null ? "; EAN travels only with a configured custom field" : ""))
                .entity(EntityType.CATEGORY, READ, CREATE, UPDATE)
                .searchKeys(EntityType.CATEGORY, "code")
                .fields(EntityType.CATEGORY, "code", "name")
                .note(EntityType.CATEGORY, "AccountView article groups (AG1) are flat (no parent category)")
                .entity(EntityType.STOCK, READ)
                .note(EntityType.STOCK, "AccountView's stock fields (QTY_AVAIL, QTY_FREE2, QTY_TECH, QTY_BESTEL) "
                        + "are read-only through the API: stock cannot be written")
                .entity(EntityType.ORDER, READ, ORDER_LINES, CREATE)
                .searchKeys(EntityType.ORDER, "reference")
                .writableOrderTypes(OrderType.SALES_ORDER)
                .note(EntityType.ORDER, "AccountView creates sales orders (SO1) only, never updates them; orders are "
                        + "read from " + (b.orderSource == OrderSource.SALES_ORDERS
                        ? "SO1 (reading SO1 is unconfirmed in AccountView's documentation)" : "order history ALH"))
                .build();
    }

    /**
     * What an article holds: code, description, sales price (in the administration's price mode) and group; the
     * EAN only in a configured custom field. Descriptions beyond the first, tax rate, currency (the
     * administration's), stock (read-only), attributes, variants and images are not written.
     */
    private static String[] productFields(boolean ean) {
        List<String> fields = new ArrayList<>(List.of("sku", "name", "price", "priceIncludesTax", "categoryCode"));
        if (ean) {
            fields.add("ean");
        }
        return fields.toArray(String[]::new);
    }

    /**
     * A builder for a connector on this company's client.
     *
     * @param client the company-bound AccountView client
     * @return the builder
     */
    public static Builder builder(CompanyClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /** {@code AccountView}. */
    @Override
    public String name() {
        return "AccountView";
    }

    /** The namespace of AccountView documents in other systems; default {@code AV-} (see the builder). */
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
        return "AccountViewConnector" + capabilities;
    }

    /** Builds {@link AccountViewConnector}; every setting but the client has a default. */
    public static final class Builder {
        private final CompanyClient client;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/Amsterdam");
        private Duration changeOverlap = Duration.ofMinutes(5);
        private Function<Customer, String> searchCode = Customers::defaultSearchCode;
        private Function<Customer, String> debtorNumbers;
        private String collectiveAccount;
        private boolean pricesIncludeTax;
        private String currency = "EUR";
        private String eanField;
        private OrderSource orderSource = OrderSource.SALES_ORDERS;
        private String referenceField = "COMMENT1";
        private String referencePrefix = "AV-";
        private Integer pageSize;

        private Builder(CompanyClient client) {
            this.client = client;
        }

        /** Clock for the {@code CNG_DATE} watermark (default: system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The administration's time zone, in which {@code CNG_DATE} is kept (default {@code Europe/Amsterdam}). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * How far before the read start the next change read begins (default 5 minutes), absorbing clock skew
         * between this machine and the administration; records read twice are skipped by content hash.
         */
        public Builder changeOverlap(Duration overlap) {
            if (overlap == null || overlap.isNegative()) {
                throw new IllegalArgumentException("changeOverlap must be zero or positive, was " + overlap);
            }
            this.changeOverlap = overlap;
            return this;
        }

        /** The search code ({@code SRC_CODE}, mandatory, at most 10 characters) of new debtors; default: from the name. */
        public Builder searchCode(Function<Customer, String> searchCode) {
            this.searchCode = Objects.requireNonNull(searchCode, "searchCode");
            return this;
        }

        /**
         * The debtor number ({@code SUB_NR}) of new debtors. Default: none sent, AccountView assigns it (automatic
         * numbering of the administration) and returns it; a function returning {@code null} also leaves it to
         * AccountView.
         */
        public Builder debtorNumbers(Function<Customer, String> numbering) {
            this.debtorNumbers = Objects.requireNonNull(numbering, "numbering");
            return this;
        }

        /** The collective ledger account ({@code ACCT_NR}, e.g. {@code 1300}) of new debtors; default none sent. */
        public Builder collectiveAccount(String account) {
            this.collectiveAccount = requireText(account, "collectiveAccount", 10);
            return this;
        }

        /**
         * Whether the administration's article and order line prices ({@code PX_SELL}, {@code ART_PX}) include VAT
         * (default false). Prices of the other kind are converted with their tax rate.
         */
        public Builder pricesIncludeTax(boolean includeTax) {
            this.pricesIncludeTax = includeTax;
            return this;
        }

        /** The administration's currency, reported on products and orders read (default {@code EUR}). */
        public Builder currency(String currency) {
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("currency must be an ISO-4217 code such as EUR, was " + currency);
            }
            this.currency = currency;
            return this;
        }

        /** The custom {@code ARTICLE} field (e.g. {@code A8_EAN}) that carries the EAN/GTIN; default none. */
        public Builder eanField(String field) {
            this.eanField = requireField(field, "eanField");
            return this;
        }

        /** Where orders are read from (default {@link OrderSource#SALES_ORDERS}). */
        public Builder orderSource(OrderSource source) {
            this.orderSource = Objects.requireNonNull(source, "orderSource");
            return this;
        }

        /**
         * The {@code SO_HDR} field that carries the source order's reference, written on create and searched to
         * skip orders that already exist (default {@code COMMENT1}; a custom field such as {@code A8_REF} is safer).
         */
        public Builder referenceField(String field) {
            this.referenceField = requireField(field, "referenceField").toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * The prefix of AccountView documents' references when the order flow copies them into another system, and
         * the provenance marker by which a flow reading AccountView back recognises its own copies; default
         * {@code AV-}. Letters, digits and {@code -_./:} only, 1 to 10 characters; never change it once documents
         * were written (copies written with the old prefix would no longer be recognised).
         */
        public Builder referencePrefix(String value) {
            this.referencePrefix = dev.ledgerbridge.sync.internal.ReferencePrefixes.require(value);
            return this;
        }

        /**
         * Rows per page when the connector reads AccountView ({@code PageSize}), 1 to 1000; default: the client's
         * ({@code AccountViewClient.Builder.defaultPageSize}, itself 1000 by default). A full read of N rows costs
         * N / pageSize + 1 calls.
         *
         * @throws IllegalArgumentException when the size is out of range
         */
        public Builder pageSize(int value) {
            if (value < 1 || value > CompanyClient.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be between 1 and " + CompanyClient.MAX_PAGE_SIZE
                        + ", was " + value);
            }
            this.pageSize = value;
            return this;
        }

        /** The connector. */
        public AccountViewConnector build() {
            return new AccountViewConnector(this);
        }

        private static String requireField(String field, String setting) {
            if (field == null || !FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException(setting + " must be an AccountView field code (a letter, then "
                        + "letters, digits or _, at most 20), was '" + field + "'");
            }
            return field;
        }

        private static String requireText(String value, String setting, int max) {
            if (value == null || value.isBlank() || value.length() > max) {
                throw new IllegalArgumentException(setting + " must be 1 to " + max + " characters, was '" + value
                        + "'");
            }
            return value.strip();
        }
    }
}
