package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.config.FlowEntity;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.spring.boot.internal.PropertiesMapper;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.model.StockCalculation;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code ledgerbridge.*} properties: both systems, the engine settings, the flows, the schedule, the state
 * schema, health and alerts. They are bound by Spring Boot, checked as a whole (every problem at once, each naming
 * its property, see {@link LedgerBridgeAutoConfiguration}) and turned into one {@code LedgerBridgeConfig}.
 *
 * <p>A binding target in Spring's JavaBean style, so mutable and not thread-safe; the value the SDK works with is
 * the immutable {@code LedgerBridgeConfig}. Secrets ({@code api-client}, {@code api-secret}, {@code api-key},
 * {@code client-secret}, the webhook secret) are bound like other properties (keep them in environment variables
 * or a secret store, not in {@code application.yml}) and never appear in {@link #toString()}.
 */
@ConfigurationProperties(LedgerBridgeProperties.PREFIX)
public class LedgerBridgeProperties implements Validator {
    /** The prefix of every property. */
    public static final String PREFIX = "ledgerbridge";

    /** Whether the LedgerBridge auto-configuration is active. */
    private boolean enabled = true;

    /** The BuchhaltungsButler connection. */
    @NestedConfigurationProperty
    private final BuchhaltungsButler buchhaltungsbutler = new BuchhaltungsButler();

    /** The AccountView connection. */
    @NestedConfigurationProperty
    private final AccountView accountview = new AccountView();

    /** The engine settings, the default of every flow. */
    @NestedConfigurationProperty
    private final Engine engine = new Engine();

    /** The flows, in the order they run. */
    private final List<Flow> flows = new ArrayList<>();

    /** When the flows run. */
    @NestedConfigurationProperty
    private final Schedule schedule = new Schedule();

    /** The state tables in the application's DataSource. */
    @NestedConfigurationProperty
    private final State state = new State();

    /** The health indicators. */
    @NestedConfigurationProperty
    private final HealthCheck health = new HealthCheck();

    /** Alerts by webhook (needs dev.ledgerbridge:sync-alerts). */
    @NestedConfigurationProperty
    private final Alerts alerts = new Alerts();

    /** @return whether the auto-configuration is active */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the auto-configuration is active */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the BuchhaltungsButler part */
    public BuchhaltungsButler getBuchhaltungsbutler() {
        return buchhaltungsbutler;
    }

    /** @return the AccountView part */
    public AccountView getAccountview() {
        return accountview;
    }

    /** @return the engine settings */
    public Engine getEngine() {
        return engine;
    }

    /** @return the flows, modifiable by the binder */
    public List<Flow> getFlows() {
        return flows;
    }

    /** @return the schedule */
    public Schedule getSchedule() {
        return schedule;
    }

    /** @return the state settings */
    public State getState() {
        return state;
    }

    /** @return the health settings */
    public HealthCheck getHealth() {
        return health;
    }

    /** @return the alert settings */
    public Alerts getAlerts() {
        return alerts;
    }

    /**
     * Spring's binder calls this after binding: it reports every problem of the properties at once, each as a
     * global error whose message starts with the property, e.g.
     * {@code ledgerbridge.buchhaltungsbutler.api-key: required when a flow uses BuchhaltungsButler}, so that the
     * application fails at startup with the list. Nothing is checked when {@code ledgerbridge.enabled=false}.
     *
     * @param target these properties
     * @param errors where the problems go
     */
    @Override
    public void validate(Object target, Errors errors) {
        if (target instanceof LedgerBridgeProperties properties && properties.isEnabled()) {
            PropertiesMapper.problems(properties).forEach(problem -> errors.reject("ledgerbridge.invalid", problem));
        }
    }

    /**
     * Whether {@link #validate} checks this type.
     *
     * @param type the type
     * @return true for {@code LedgerBridgeProperties}
     */
    @Override
    public boolean supports(Class<?> type) {
        return LedgerBridgeProperties.class.isAssignableFrom(type);
    }

    /** Every setting that is not a secret; secrets show as set or not set. */
    @Override
    public String toString() {
        return "LedgerBridgeProperties[enabled=" + enabled + ", buchhaltungsbutler=" + buchhaltungsbutler
                + ", accountview=" + accountview + ", flows=" + flows.size() + ", schedule=" + schedule
                + ", state=" + state + ", alerts=" + alerts + "]";
    }

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "<not set>" : "******";
    }

    /** Connect and request timeouts of a client's built-in transport. */
    public static class Timeouts {
        /** Timeout to open a connection. */
        private Duration connect = Duration.ofSeconds(10);

        /** Timeout of each request. */
        private Duration request = Duration.ofSeconds(60);

        /** @return the connect timeout */
        public Duration getConnect() {
            return connect;
        }

        /** @param connect the connect timeout */
        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        /** @return the request timeout */
        public Duration getRequest() {
            return request;
        }

        /** @param request the request timeout */
        public void setRequest(Duration request) {
            this.request = request;
        }

        @Override
        public String toString() {
            return "Timeouts[connect=" + connect + ", request=" + request + "]";
        }
    }

    /** The BuchhaltungsButler API (used only when a flow names it). */
    public static class BuchhaltungsButler {
        /** Base URL of the API; another host for an emulator. */
        private URI baseUrl = URI.create("https://webapp.buchhaltungsbutler.de/api/v1");

        /** API client (Basic auth user). Secret. */
        private String apiClient;

        /** API secret (Basic auth password). Secret. */
        private String apiSecret;

        /** The company's api_key, sent in every request body. Secret. */
        private String apiKey;

        /** Client-side rate limits (the API allows 100 requests per minute per api_key). */
        @NestedConfigurationProperty
        private final RateLimits rateLimits = new RateLimits();

        /** Timeouts of the built-in transport. */
        @NestedConfigurationProperty
        private final Timeouts timeouts = new Timeouts();

        /** VAT rate in percent for invoice lines without one (AccountView order lines carry none). */
        private BigDecimal defaultVatPercent;

        /** @return the base URL */
        public URI getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl the base URL */
        public void setBaseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** @return the API client (secret) */
        public String getApiClient() {
            return apiClient;
        }

        /** @param apiClient the API client (secret) */
        public void setApiClient(String apiClient) {
            this.apiClient = apiClient;
        }

        /** @return the API secret */
        public String getApiSecret() {
            return apiSecret;
        }

        /** @param apiSecret the API secret */
        public void setApiSecret(String apiSecret) {
            this.apiSecret = apiSecret;
        }

        /** @return the api_key (secret) */
        public String getApiKey() {
            return apiKey;
        }

        /** @param apiKey the api_key (secret) */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        /** @return the rate limits */
        public RateLimits getRateLimits() {
            return rateLimits;
        }

        /** @return the timeouts */
        public Timeouts getTimeouts() {
            return timeouts;
        }

        /** @return the default VAT rate, null when unset */
        public BigDecimal getDefaultVatPercent() {
            return defaultVatPercent;
        }

        /** @param defaultVatPercent the default VAT rate */
        public void setDefaultVatPercent(BigDecimal defaultVatPercent) {
            this.defaultVatPercent = defaultVatPercent;
        }

        @Override
        public String toString() {
            return "BuchhaltungsButler[baseUrl=" + baseUrl + ", apiClient=" + mask(apiClient) + ", apiSecret="
                    + mask(apiSecret) + ", apiKey=" + mask(apiKey) + ", " + rateLimits + ", " + timeouts + "]";
        }
    }

    /** BuchhaltungsButler's client-side rate limits. */
    public static class RateLimits {
        /** Whether the client limits its own rate; switch off only for emulators without limits. */
        private boolean enabled = true;

        /** Requests in any window of 60 seconds. */
        private int requestsPerMinute = 100;

        /** Uploads in any window of 60 seconds. */
        private int uploadsPerMinute = 10;

        /** Shortest time between two batch calls. */
        private Duration batchInterval = Duration.ofSeconds(5);

        /** @return whether limits apply */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether limits apply */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return requests per minute */
        public int getRequestsPerMinute() {
            return requestsPerMinute;
        }

        /** @param requestsPerMinute requests per minute */
        public void setRequestsPerMinute(int requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
        }

        /** @return uploads per minute */
        public int getUploadsPerMinute() {
            return uploadsPerMinute;
        }

        /** @param uploadsPerMinute uploads per minute */
        public void setUploadsPerMinute(int uploadsPerMinute) {
            this.uploadsPerMinute = uploadsPerMinute;
        }

        /** @return the batch interval */
        public Duration getBatchInterval() {
            return batchInterval;
        }

        /** @param batchInterval the batch interval */
        public void setBatchInterval(Duration batchInterval) {
            this.batchInterval = batchInterval;
        }

        @Override
        public String toString() {
            return "RateLimits[enabled=" + enabled + ", requestsPerMinute=" + requestsPerMinute + "]";
        }
    }

    /** The AccountView.Net API (used only when a flow names it). */
    public static class AccountView {
        /** Base URL of the API (production by default; AccountView's test environment, or an emulator). */
        private URI baseUrl;

        /** OAuth2 client id. */
        private String clientId;

        /** OAuth2 client secret. Secret. */
        private String clientSecret;

        /** The redirect URI registered for the client id (for the one-time consent). */
        private URI redirectUri;

        /** Company code (Ondernemingscode) sent as X-Company. */
        private String company;

        /** Company id, instead of looking the company up by its code. */
        private String companyId;

        /** File for AccountView's tokens; without it, they are kept in the application's DataSource. */
        private Path tokenFile;

        /**
         * Key that encrypts the stored tokens (AES-GCM; Base64 of 16, 24 or 32 bytes, e.g. from
         * 'openssl rand -base64 32'); without it they are stored as they are.
         */
        private String tokenKey;

        /** Timeouts of the built-in transport. */
        @NestedConfigurationProperty
        private final Timeouts timeouts = new Timeouts();

        /** @return the base URL, null for production */
        public URI getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl the base URL */
        public void setBaseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** @return the client id */
        public String getClientId() {
            return clientId;
        }

        /** @param clientId the client id */
        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        /** @return the client secret */
        public String getClientSecret() {
            return clientSecret;
        }

        /** @param clientSecret the client secret */
        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        /** @return the redirect URI, null when unset */
        public URI getRedirectUri() {
            return redirectUri;
        }

        /** @param redirectUri the redirect URI */
        public void setRedirectUri(URI redirectUri) {
            this.redirectUri = redirectUri;
        }

        /** @return the company code, null when unset */
        public String getCompany() {
            return company;
        }

        /** @param company the company code */
        public void setCompany(String company) {
            this.company = company;
        }

        /** @return the company id, null when unset */
        public String getCompanyId() {
            return companyId;
        }

        /** @param companyId the company id */
        public void setCompanyId(String companyId) {
            this.companyId = companyId;
        }

        /** @return the token file, null for the DataSource */
        public Path getTokenFile() {
            return tokenFile;
        }

        /** @param tokenFile the token file */
        public void setTokenFile(Path tokenFile) {
            this.tokenFile = tokenFile;
        }

        /** @return the token key, null for tokens stored as they are */
        public String getTokenKey() {
            return tokenKey;
        }

        /** @param tokenKey the token key (Base64) */
        public void setTokenKey(String tokenKey) {
            this.tokenKey = tokenKey;
        }

        /** @return the timeouts */
        public Timeouts getTimeouts() {
            return timeouts;
        }

        @Override
        public String toString() {
            return "AccountView[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
                    + mask(clientSecret) + ", company=" + company + ", companyId=" + companyId + ", tokenFile="
                    + tokenFile + ", tokenKey=" + mask(tokenKey) + ", " + timeouts + "]";
        }
    }

    /** The engine settings (sync-core's Settings); unset ones keep the SDK's defaults. */
    public static class Engine {
        /** Salesperson/employee number for orders without one (default 999999). */
        private String employeeNumber;

        /** Target customer id for orders whose customer cannot be matched (no e-mail). */
        private String defaultDebtor;

        /** Article for a line whose SKU is missing in the product catalogue; unset: the order fails. */
        private String fallbackSku;

        /** The one line of orders read without lines (BuchhaltungsButler outbound invoices). */
        @NestedConfigurationProperty
        private final HeaderOnlyLine headerOnlyLine = new HeaderOnlyLine();

        /** Payment term mapping: source term to target term, with the target's due days. */
        private final Map<String, PaymentTerm> paymentTerms = new LinkedHashMap<>();

        /** Payment method mapping: source method to target method. */
        private final Map<String, String> paymentMethods = new LinkedHashMap<>();

        /** Product attribute mapping: source attribute to target attribute (unmapped ones do not travel). */
        private final Map<String, String> attributeMapping = new LinkedHashMap<>();

        /** SKU rule per target system (e.g. AccountView: "\\d+"), checked before sending. */
        private final Map<String, String> skuRules = new LinkedHashMap<>();

        /** Fields written on create, never on update, per entity (customer, product, category, stock, order). */
        private final Map<String, List<String>> createOnlyFields = new LinkedHashMap<>();

        /** How stock levels are calculated (default AVAILABLE). */
        private StockCalculation stockCalculation;

        /** Whether the stock flow writes (default true). */
        private Boolean manageStock;

        /** Records per batch create (1..1000, default 50). */
        private Integer batchSize;

        /** Searches per flow and run before matching switches to one full read (default 25). */
        private Integer searchesBeforeIndex;

        /** Parallel record writes in create-or-update flows without batch create (1..32, default 1). */
        private Integer concurrency;

        /** Plan and report only; write nothing (default false). */
        private Boolean dryRun;

        /** Flow-lock lease (default 2 minutes). */
        private Duration lockLease;

        /** Longest wait for a record's key lock (default 30 seconds). */
        private Duration keyLockTimeout;

        /** Failed runs in a row after which a parked record is reported (default 1). */
        private Integer escalateAfterFailures;

        /** How long activity events are kept (default 90 days). */
        private Duration activityRetention;

        /** Replace personal data in the activity log by [redacted] (default true). */
        private Boolean redactPersonalData;

        /** @return the employee number, null for the default */
        public String getEmployeeNumber() {
            return employeeNumber;
        }

        /** @param employeeNumber the employee number */
        public void setEmployeeNumber(String employeeNumber) {
            this.employeeNumber = employeeNumber;
        }

        /** @return the default debtor, null when unset */
        public String getDefaultDebtor() {
            return defaultDebtor;
        }

        /** @param defaultDebtor the default debtor */
        public void setDefaultDebtor(String defaultDebtor) {
            this.defaultDebtor = defaultDebtor;
        }

        /** @return the fallback SKU, null when unset */
        public String getFallbackSku() {
            return fallbackSku;
        }

        /** @param fallbackSku the fallback SKU */
        public void setFallbackSku(String fallbackSku) {
            this.fallbackSku = fallbackSku;
        }

        /** @return the header-only line */
        public HeaderOnlyLine getHeaderOnlyLine() {
            return headerOnlyLine;
        }

        /** @return the payment terms, modifiable by the binder */
        public Map<String, PaymentTerm> getPaymentTerms() {
            return paymentTerms;
        }

        /** @return the payment methods, modifiable by the binder */
        public Map<String, String> getPaymentMethods() {
            return paymentMethods;
        }

        /** @return the attribute mapping, modifiable by the binder */
        public Map<String, String> getAttributeMapping() {
            return attributeMapping;
        }

        /** @return the SKU rules by target system, modifiable by the binder */
        public Map<String, String> getSkuRules() {
            return skuRules;
        }

        /** @return the create-only fields by entity, modifiable by the binder */
        public Map<String, List<String>> getCreateOnlyFields() {
            return createOnlyFields;
        }

        /** @return the stock calculation, null for the default */
        public StockCalculation getStockCalculation() {
            return stockCalculation;
        }

        /** @param stockCalculation the stock calculation */
        public void setStockCalculation(StockCalculation stockCalculation) {
            this.stockCalculation = stockCalculation;
        }

        /** @return whether stock is written, null for the default */
        public Boolean getManageStock() {
            return manageStock;
        }

        /** @param manageStock whether stock is written */
        public void setManageStock(Boolean manageStock) {
            this.manageStock = manageStock;
        }

        /** @return the batch size, null for the default */
        public Integer getBatchSize() {
            return batchSize;
        }

        /** @param batchSize the batch size */
        public void setBatchSize(Integer batchSize) {
            this.batchSize = batchSize;
        }

        /** @return searches before an index, null for the default */
        public Integer getSearchesBeforeIndex() {
            return searchesBeforeIndex;
        }

        /** @param searchesBeforeIndex searches before an index */
        public void setSearchesBeforeIndex(Integer searchesBeforeIndex) {
            this.searchesBeforeIndex = searchesBeforeIndex;
        }

        /** @return the concurrency, null for the default */
        public Integer getConcurrency() {
            return concurrency;
        }

        /** @param concurrency the concurrency */
        public void setConcurrency(Integer concurrency) {
            this.concurrency = concurrency;
        }

        /** @return dry run, null for the default */
        public Boolean getDryRun() {
            return dryRun;
        }

        /** @param dryRun dry run */
        public void setDryRun(Boolean dryRun) {
            this.dryRun = dryRun;
        }

        /** @return the lock lease, null for the default */
        public Duration getLockLease() {
            return lockLease;
        }

        /** @param lockLease the lock lease */
        public void setLockLease(Duration lockLease) {
            this.lockLease = lockLease;
        }

        /** @return the key-lock timeout, null for the default */
        public Duration getKeyLockTimeout() {
            return keyLockTimeout;
        }

        /** @param keyLockTimeout the key-lock timeout */
        public void setKeyLockTimeout(Duration keyLockTimeout) {
            this.keyLockTimeout = keyLockTimeout;
        }

        /** @return failed runs before escalation, null for the default */
        public Integer getEscalateAfterFailures() {
            return escalateAfterFailures;
        }

        /** @param escalateAfterFailures failed runs before escalation */
        public void setEscalateAfterFailures(Integer escalateAfterFailures) {
            this.escalateAfterFailures = escalateAfterFailures;
        }

        /** @return the activity retention, null for the default */
        public Duration getActivityRetention() {
            return activityRetention;
        }

        /** @param activityRetention the activity retention */
        public void setActivityRetention(Duration activityRetention) {
            this.activityRetention = activityRetention;
        }

        /** @return whether personal data is redacted, null for the default */
        public Boolean getRedactPersonalData() {
            return redactPersonalData;
        }

        /** @param redactPersonalData whether personal data is redacted */
        public void setRedactPersonalData(Boolean redactPersonalData) {
            this.redactPersonalData = redactPersonalData;
        }
    }

    /** The one line given to orders read without lines. */
    public static class HeaderOnlyLine {
        /** Article of the line. */
        private String sku;

        /** Description of the line. */
        private String description;

        /** Tax rate in percent, so that net-price targets can convert the gross total. */
        private BigDecimal taxRate;

        /** @return the SKU, null when unset */
        public String getSku() {
            return sku;
        }

        /** @param sku the SKU */
        public void setSku(String sku) {
            this.sku = sku;
        }

        /** @return the description, null when unset */
        public String getDescription() {
            return description;
        }

        /** @param description the description */
        public void setDescription(String description) {
            this.description = description;
        }

        /** @return the tax rate, null when unset */
        public BigDecimal getTaxRate() {
            return taxRate;
        }

        /** @param taxRate the tax rate */
        public void setTaxRate(BigDecimal taxRate) {
            this.taxRate = taxRate;
        }
    }

    /** A payment term of the target system. */
    public static class PaymentTerm {
        /** The target's payment term. */
        private String target;

        /** The target's due days. */
        private Integer dueDays;

        /** @return the target term */
        public String getTarget() {
            return target;
        }

        /** @param target the target term */
        public void setTarget(String target) {
            this.target = target;
        }

        /** @return the due days, null when unset */
        public Integer getDueDays() {
            return dueDays;
        }

        /** @param dueDays the due days */
        public void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }
    }

    /** One standard flow. */
    public static class Flow {
        /** The flow's name; it keys the flow's state, so keep it once records were synced. */
        private String name;

        /** What the flow carries: customers, orders, products, categories or stock. */
        private FlowEntity entity;

        /** The source system: buchhaltungsbutler or accountview. */
        private SystemName from;

        /** The target system: buchhaltungsbutler or accountview. */
        private SystemName to;

        /** Whether the flow runs. */
        private boolean enabled = true;

        /** Order flows: the system whose products the lines' SKUs are checked against. */
        private SystemName productCatalog;

        /** Order flows: write references in the source system's namespace (unset: the flow's default). */
        private Boolean namespacedReferences;

        /** Order flows: source order type to target order type. */
        private final Map<OrderType, OrderType> typeMappings = new LinkedHashMap<>();

        /** @return the name */
        public String getName() {
            return name;
        }

        /** @param name the name */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the entity */
        public FlowEntity getEntity() {
            return entity;
        }

        /** @param entity the entity */
        public void setEntity(FlowEntity entity) {
            this.entity = entity;
        }

        /** @return the source */
        public SystemName getFrom() {
            return from;
        }

        /** @param from the source */
        public void setFrom(SystemName from) {
            this.from = from;
        }

        /** @return the target */
        public SystemName getTo() {
            return to;
        }

        /** @param to the target */
        public void setTo(SystemName to) {
            this.to = to;
        }

        /** @return whether it runs */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether it runs */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the product catalogue, null for no check */
        public SystemName getProductCatalog() {
            return productCatalog;
        }

        /** @param productCatalog the product catalogue */
        public void setProductCatalog(SystemName productCatalog) {
            this.productCatalog = productCatalog;
        }

        /** @return namespaced references, null for the default */
        public Boolean getNamespacedReferences() {
            return namespacedReferences;
        }

        /** @param namespacedReferences namespaced references */
        public void setNamespacedReferences(Boolean namespacedReferences) {
            this.namespacedReferences = namespacedReferences;
        }

        /** @return the type mappings, modifiable by the binder */
        public Map<OrderType, OrderType> getTypeMappings() {
            return typeMappings;
        }

        @Override
        public String toString() {
            return "Flow[" + name + ": " + entity + " " + from + " -> " + to + (enabled ? "" : ", disabled") + "]";
        }
    }

    /** When the flows run. */
    public static class Schedule {
        /**
         * Whether the flows run on a schedule (sync-scheduler's TenantScheduler on the DataSource); false: only
         * when the application calls the SyncEngine bean.
         */
        private boolean enabled = true;

        /** Time from the end of one run to the start of the next (1 second to 7 days). */
        private Duration interval = Duration.ofMinutes(15);

        /**
         * The tenant id the state and AccountView's tokens are kept under (1-64 letters, digits, '.', '_', '-'); the
         * command-line application uses "ledgerbridge" too, so both can share a database (its "authorize
         * accountview" and "status").
         */
        private String tenantId = "ledgerbridge";

        /** Most runs at once on this instance (one tenant here: 1 is enough). */
        private int maxConcurrentRuns = 1;

        /** @return whether scheduled */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether scheduled */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the interval */
        public Duration getInterval() {
            return interval;
        }

        /** @param interval the interval */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** @return the tenant id */
        public String getTenantId() {
            return tenantId;
        }

        /** @param tenantId the tenant id */
        public void setTenantId(String tenantId) {
            this.tenantId = tenantId;
        }

        /** @return the most concurrent runs */
        public int getMaxConcurrentRuns() {
            return maxConcurrentRuns;
        }

        /** @param maxConcurrentRuns the most concurrent runs */
        public void setMaxConcurrentRuns(int maxConcurrentRuns) {
            this.maxConcurrentRuns = maxConcurrentRuns;
        }

        @Override
        public String toString() {
            return "Schedule[enabled=" + enabled + ", interval=" + interval + ", tenantId=" + tenantId + "]";
        }
    }

    /** What the SDK does with its tables in the application's DataSource. */
    public enum SchemaMode {
        /** Create missing tables and migrate older ones (the default). */
        CREATE,
        /** Change nothing; fail at startup, naming what is missing, unless the tables are there at this version. */
        VALIDATE
    }

    /** The state tables. */
    public static class State {
        /** Create the SDK's tables (create) or only check them at startup (validate). */
        private SchemaMode schema = SchemaMode.CREATE;

        /** @return the schema mode */
        public SchemaMode getSchema() {
            return schema;
        }

        /** @param schema the schema mode */
        public void setSchema(SchemaMode schema) {
            this.schema = schema;
        }

        @Override
        public String toString() {
            return "State[schema=" + schema + "]";
        }
    }

    /** The health indicators. */
    public static class HealthCheck {
        /** How long a connection and credentials check is reused by health probes (one API call per system). */
        private Duration checkInterval = Duration.ofMinutes(5);

        /** @return the check interval */
        public Duration getCheckInterval() {
            return checkInterval;
        }

        /** @param checkInterval the check interval */
        public void setCheckInterval(Duration checkInterval) {
            this.checkInterval = checkInterval;
        }
    }

    /** Alerts by webhook. */
    public static class Alerts {
        /** Webhook URL; alerts are sent only when it is set. */
        private URI webhookUrl;

        /** HMAC key of the webhook signature. Secret. */
        private String webhookSecret;

        /** Payload format: json (signed with the secret) or slack. */
        private String webhookFormat = "json";

        /** At most one alert per kind and flow in this window. */
        private Duration throttle = Duration.ofHours(1);

        /** @return the webhook URL, null when unset */
        public URI getWebhookUrl() {
            return webhookUrl;
        }

        /** @param webhookUrl the webhook URL */
        public void setWebhookUrl(URI webhookUrl) {
            this.webhookUrl = webhookUrl;
        }

        /** @return the webhook secret */
        public String getWebhookSecret() {
            return webhookSecret;
        }

        /** @param webhookSecret the webhook secret */
        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret;
        }

        /** @return the format */
        public String getWebhookFormat() {
            return webhookFormat;
        }

        /** @param webhookFormat the format */
        public void setWebhookFormat(String webhookFormat) {
            this.webhookFormat = webhookFormat;
        }

        /** @return the throttle window */
        public Duration getThrottle() {
            return throttle;
        }

        /** @param throttle the throttle window */
        public void setThrottle(Duration throttle) {
            this.throttle = throttle;
        }

        @Override
        public String toString() {
            return "Alerts[webhookUrl=" + webhookUrl + ", webhookSecret=" + mask(webhookSecret) + "]";
        }
    }
}
