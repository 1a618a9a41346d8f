package dev.ledgerbridge.spring.boot.internal;

import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.BuchhaltungsButlerConfig;
import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.Secret;
import dev.ledgerbridge.config.StateConfig;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantScheduler;
import dev.ledgerbridge.spring.boot.LedgerBridgeProperties;
import dev.ledgerbridge.spring.boot.LedgerBridgeProperties.Flow;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncConfigurationException;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.transport.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns the bound {@code ledgerbridge.*} properties into the SDK's one configuration value, collecting every
 * problem at once, each starting with the property's full name ({@code ledgerbridge.buchhaltungsbutler.api-key:
 * ...}). Secrets become {@link Secret}s at once and appear in no message.
 */
public final class PropertiesMapper {
    private static final String P = LedgerBridgeProperties.PREFIX + ".";
    private static final List<EntityType<?>> ENTITY_TYPES = List.of(EntityType.CUSTOMER, EntityType.PRODUCT,
            EntityType.CATEGORY, EntityType.STOCK, EntityType.ORDER);

    private static final boolean ALERTS_PRESENT = isPresent("dev.ledgerbridge.alerts.WebhookNotifier");

    private final List<String> problems = new ArrayList<>();

    private PropertiesMapper() {
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, PropertiesMapper.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The configuration of these properties.
     *
     * @param properties the bound properties
     * @return the configuration
     * @throws SyncConfigurationException listing every problem, each naming its property
     */
    public static LedgerBridgeConfig toConfig(LedgerBridgeProperties properties) {
        PropertiesMapper m = new PropertiesMapper();
        LedgerBridgeConfig config = m.map(properties);
        if (!m.problems.isEmpty() || config == null) {
            throw new SyncConfigurationException("Invalid LedgerBridge properties", m.problems);
        }
        return config;
    }

    /**
     * Every problem of these properties, each naming its property; empty when they are valid.
     *
     * @param properties the bound properties
     * @return the problems
     */
    public static List<String> problems(LedgerBridgeProperties properties) {
        PropertiesMapper m = new PropertiesMapper();
        m.map(properties);
        return List.copyOf(m.problems);
    }

    private LedgerBridgeConfig map(LedgerBridgeProperties p) {
        LedgerBridgeConfig.Builder b = LedgerBridgeConfig.builder();
        set("buchhaltungsbutler", () -> b.buchhaltungsButler(buchhaltungsButler(p.getBuchhaltungsbutler())));
        set("accountview", () -> b.accountView(accountView(p.getAccountview())));
        Settings engine = settings(p.getEngine());
        if (engine != null) {
            b.engine(engine);
        }
        for (int i = 0; i < p.getFlows().size(); i++) {
            FlowConfig flow = flow("flows[" + i + "]", p.getFlows().get(i));
            if (flow != null) {
                b.flow(flow);
            }
        }
        set("schedule.interval", () -> b.syncInterval(p.getSchedule().getInterval()));
        set("schedule.tenant-id", () -> Tenant.builder().id(p.getSchedule().getTenantId()));
        set("schedule.max-concurrent-runs",
                () -> TenantScheduler.builder().maxConcurrentRuns(p.getSchedule().getMaxConcurrentRuns()));
        Duration checkInterval = p.getHealth().getCheckInterval();
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            problems.add(P + "health.check-interval: must be positive (was " + checkInterval + ")");
        }
        if (p.getAlerts().getWebhookUrl() != null) {
            set("alerts.throttle", () -> requirePositive(p.getAlerts().getThrottle()));
            if (ALERTS_PRESENT) {
                set("alerts", () -> AlertsCheck.check(p.getAlerts()));
            }
        }
        b.state(StateConfig.givenDataSource());
        try {
            // also with problems above: the whole-configuration rules (required secrets) are reported at once
            LedgerBridgeConfig config = b.build();
            return problems.isEmpty() ? config : null;
        } catch (SyncConfigurationException e) {
            // the SDK names paths relative to the configuration root: buchhaltungsbutler.api-key
            e.problems().forEach(problem -> problems.add(P + problem));
            return null;
        }
    }

    private static BuchhaltungsButlerConfig buchhaltungsButler(LedgerBridgeProperties.BuchhaltungsButler bb) {
        BuchhaltungsButlerConfig.Builder b = BuchhaltungsButlerConfig.builder();
        if (bb.getBaseUrl() != null) {
            b.baseUrl(bb.getBaseUrl());
        }
        secret(bb.getApiClient(), b::apiClient);
        secret(bb.getApiSecret(), b::apiSecret);
        secret(bb.getApiKey(), b::apiKey);
        LedgerBridgeProperties.RateLimits limits = bb.getRateLimits();
        b.rateLimits(limits.isEnabled()
                ? RateLimitSettings.builder().requestsPerMinute(limits.getRequestsPerMinute())
                        .uploadsPerMinute(limits.getUploadsPerMinute()).batchInterval(limits.getBatchInterval()).build()
                : RateLimitSettings.disabled());
        b.timeouts(timeouts(bb.getTimeouts()));
        if (bb.getDefaultVatPercent() != null) {
            b.defaultVatPercent(bb.getDefaultVatPercent());
        }
        return b.build();
    }

    private static AccountViewConfig accountView(LedgerBridgeProperties.AccountView av) {
        AccountViewConfig.Builder b = AccountViewConfig.builder();
        if (av.getBaseUrl() != null) {
            b.baseUrl(av.getBaseUrl());
        }
        if (av.getClientId() != null) {
            b.clientId(av.getClientId());
        }
        secret(av.getClientSecret(), b::clientSecret);
        if (av.getRedirectUri() != null) {
            b.redirectUri(av.getRedirectUri());
        }
        if (av.getCompany() != null) {
            b.company(av.getCompany());
        }
        if (av.getCompanyId() != null) {
            b.companyId(av.getCompanyId());
        }
        if (av.getTokenFile() != null) {
            b.tokenFile(av.getTokenFile());
        }
        secret(av.getTokenKey(), b::tokenKey);
        b.timeouts(timeouts(av.getTimeouts()));
        return b.build();
    }

    private static Timeouts timeouts(LedgerBridgeProperties.Timeouts t) {
        return Timeouts.of(t.getConnect(), t.getRequest());
    }

    private static void secret(String value, Consumer<Secret> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(Secret.of(value));
        }
    }

    private Settings settings(LedgerBridgeProperties.Engine e) {
        Settings.Builder b = Settings.builder();
        String at = "engine.";
        setIf(at + "employee-number", e.getEmployeeNumber(), b::employeeNumber);
        setIf(at + "default-debtor", e.getDefaultDebtor(), b::defaultDebtor);
        setIf(at + "fallback-sku", e.getFallbackSku(), b::fallbackSku);
        LedgerBridgeProperties.HeaderOnlyLine line = e.getHeaderOnlyLine();
        if (line.getSku() != null || line.getDescription() != null) {
            set(at + "header-only-line", () -> {
                if (line.getTaxRate() == null) {
                    b.headerOnlyLine(line.getSku(), line.getDescription());
                } else {
                    b.headerOnlyLine(line.getSku(), line.getDescription(), line.getTaxRate());
                }
            });
        }
        e.getPaymentTerms().forEach((source, term) -> set(at + "payment-terms." + source,
                () -> b.paymentTerm(source, term.getTarget(), term.getDueDays())));
        e.getPaymentMethods().forEach((source, target) -> set(at + "payment-methods." + source,
                () -> b.paymentMethod(source, target)));
        e.getAttributeMapping().forEach((source, target) -> set(at + "attribute-mapping." + source,
                () -> b.attributeMapping(source, target)));
        e.getSkuRules().forEach((system, regex) -> set(at + "sku-rules." + system, () -> b.skuRule(system, regex)));
        e.getCreateOnlyFields().forEach((entity, fields) -> set(at + "create-only-fields." + entity,
                () -> b.createOnlyFields(entityType(entity), fields.toArray(String[]::new))));
        setIf(at + "stock-calculation", e.getStockCalculation(), b::stockCalculation);
        setIf(at + "manage-stock", e.getManageStock(), b::manageStock);
        setIf(at + "batch-size", e.getBatchSize(), b::batchSize);
        setIf(at + "searches-before-index", e.getSearchesBeforeIndex(), b::searchesBeforeIndex);
        setIf(at + "concurrency", e.getConcurrency(), b::concurrency);
        setIf(at + "dry-run", e.getDryRun(), b::dryRun);
        setIf(at + "lock-lease", e.getLockLease(), b::lockLease);
        setIf(at + "key-lock-timeout", e.getKeyLockTimeout(), b::keyLockTimeout);
        setIf(at + "escalate-after-failures", e.getEscalateAfterFailures(), b::escalateAfterFailures);
        setIf(at + "activity-retention", e.getActivityRetention(), b::activityRetention);
        setIf(at + "redact-personal-data", e.getRedactPersonalData(), b::redactPersonalData);
        try {
            return b.build();
        } catch (SyncConfigurationException ex) {
            ex.problems().forEach(problem -> problems.add(P + at + kebabFirstWord(problem)));
        } catch (RuntimeException ex) {
            problems.add(P + "engine: " + ex.getMessage());
        }
        return null;
    }

    private static EntityType<?> entityType(String key) {
        return ENTITY_TYPES.stream().filter(t -> t.name().equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("entity '" + key
                        + "' is not known; known: customer, product, category, stock, order"));
    }

    private FlowConfig flow(String path, Flow f) {
        FlowConfig.Builder b = FlowConfig.builder();
        setIf(path + ".name", f.getName(), b::name);
        setIf(path + ".entity", f.getEntity(), b::entity);
        setIf(path + ".from", f.getFrom(), b::from);
        setIf(path + ".to", f.getTo(), b::to);
        b.enabled(f.isEnabled());
        setIf(path + ".product-catalog", f.getProductCatalog(), b::productCatalog);
        setIf(path + ".namespaced-references", f.getNamespacedReferences(), b::namespacedReferences);
        f.getTypeMappings().forEach((from, to) -> set(path + ".type-mappings." + from, () -> b.typeMapping(from, to)));
        int before = problems.size();
        required(path + ".name", f.getName());
        required(path + ".entity", f.getEntity());
        required(path + ".from", f.getFrom());
        required(path + ".to", f.getTo());
        if (problems.size() > before) {
            return null;
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            problems.add(P + path + ": " + e.getMessage());
            return null;
        }
    }

    /** Settings name their fields in Java ({@code batchSize = '0': ...}); properties are kebab-case. */
    static String kebabFirstWord(String problem) {
        int end = 0;
        while (end < problem.length() && Character.isLetterOrDigit(problem.charAt(end))) {
            end++;
        }
        String word = problem.substring(0, end).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return word + problem.substring(end);
    }

    private static void requirePositive(Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("must be positive (was " + value + ")");
        }
    }

    private void required(String path, Object value) {
        if (value == null || "".equals(value)) {
            problems.add(P + path + ": is required");
        }
    }

    private <T> void setIf(String path, T value, Consumer<T> setter) {
        if (value != null) {
            set(path, () -> setter.accept(value));
        }
    }

    private void set(String path, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException | IllegalStateException | SyncConfigurationException e) {
            problems.add(P + path + ": " + e.getMessage());
        }
    }
}
