package dev.ledgerbridge.sync;

import dev.ledgerbridge.sync.model.StockCalculation;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.transport.TimeSource;
import dev.ledgerbridge.transport.error.Violation;
import dev.ledgerbridge.transport.internal.BeanValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * Everything a sync run can be told, validated when built: {@link Builder#build()} throws a
 * {@link SyncConfigurationException} naming each field, its value and the rule it breaks.
 * {@code Settings.builder().build()} gives the defaults listed on each builder method.
 *
 * <p><b>Engine settings and flow settings.</b> The engine's settings ({@code SyncEngine.Builder.settings}) apply to
 * every flow. A flow may bring its own ({@code UpsertFlow.Builder.settings}, {@code OrderFlow.Builder.settings}),
 * which replace the engine's for that flow's records and its configuration check: everything about records
 * (employee number, default debtor, fallback SKU, header-only line, payment and attribute mappings, create-only
 * fields, SKU rules, stock, batch size, searches before index, concurrency, failure escalation, redaction). Two order
 * flows in opposite directions can so use different default debtors in one engine. The <em>engine-wide</em>
 * settings belong to the run and always come from the engine: {@link #lockLease()}, {@link #keyLockTimeout()},
 * {@link #activityRetention()}, {@link #timeSource()} and {@link #dryRun()}. A flow's settings that set one of these
 * to another value than the engine's are refused before anything runs ({@link SyncConfigurationException} naming
 * the flow and the setting); left unset, or set to the engine's value (e.g. built with
 * {@code engine.settings().toBuilder()}), they are simply the engine's.
 */
public final class Settings {
    @NotBlank
    @Size(max = 10)
    @Pattern(regexp = "[0-9A-Za-z]+", message = "must contain letters and digits only")
    private final String employeeNumber;
    @Size(min = 1, max = 20)
    private final String defaultDebtor;
    @Size(min = 1, max = 40)
    private final String fallbackSku;
    @Size(min = 1, max = 40)
    private final String headerOnlyLineSku;
    @Size(max = 500)
    private final String headerOnlyLineDescription;
    private final java.math.BigDecimal headerOnlyLineTaxRate;
    private final Map<String, String> paymentTerms;
    private final Map<String, Integer> paymentTermDueDays;
    private final Map<String, String> paymentMethods;
    private final Map<String, String> attributeMapping;
    private final Map<EntityType<?>, Set<String>> createOnlyFields;
    private final Map<String, java.util.regex.Pattern> skuRules;
    @NotNull
    private final StockCalculation stockCalculation;
    private final boolean manageStock;
    @Min(1)
    @Max(1000)
    private final int batchSize;
    @Min(0)
    private final int searchesBeforeIndex;
    @Min(1)
    @Max(32)
    private final int concurrency;
    private final boolean dryRun;
    @NotNull
    private final Duration lockLease;
    @NotNull
    private final Duration activityRetention;
    @NotNull
    private final Duration keyLockTimeout;
    @Min(1)
    @Max(1000)
    private final int escalateAfterFailures;
    private final boolean redactPersonalData;
    @NotNull
    private final TimeSource timeSource;
    /** The engine-wide settings given explicitly, by setter name: only these can conflict with an engine's. */
    private final Set<String> engineWideSet;

    private Settings(Builder b) {
        this.employeeNumber = b.employeeNumber;
        this.defaultDebtor = b.defaultDebtor;
        this.fallbackSku = b.fallbackSku;
        this.headerOnlyLineSku = b.headerOnlyLineSku;
        this.headerOnlyLineDescription = b.headerOnlyLineDescription;
        this.headerOnlyLineTaxRate = b.headerOnlyLineTaxRate;
        this.paymentTerms = Collections.unmodifiableMap(new TreeMap<>(b.paymentTerms));
        this.paymentTermDueDays = Collections.unmodifiableMap(new TreeMap<>(b.paymentTermDueDays));
        this.paymentMethods = Collections.unmodifiableMap(new TreeMap<>(b.paymentMethods));
        this.attributeMapping = Collections.unmodifiableMap(new TreeMap<>(b.attributeMapping));
        Map<EntityType<?>, Set<String>> createOnly = new LinkedHashMap<>();
        b.createOnlyFields.forEach((k, v) -> createOnly.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
        this.createOnlyFields = Collections.unmodifiableMap(createOnly);
        this.skuRules = Collections.unmodifiableMap(new TreeMap<>(b.compiledSkuRules));
        this.stockCalculation = b.stockCalculation;
        this.manageStock = b.manageStock;
        this.batchSize = b.batchSize;
        this.searchesBeforeIndex = b.searchesBeforeIndex;
        this.concurrency = b.concurrency;
        this.dryRun = b.dryRun;
        this.lockLease = b.lockLease;
        this.activityRetention = b.activityRetention;
        this.keyLockTimeout = b.keyLockTimeout;
        this.escalateAfterFailures = b.escalateAfterFailures;
        this.redactPersonalData = b.redactPersonalData;
        this.timeSource = b.timeSource;
        this.engineWideSet = Set.copyOf(b.engineWideSet);
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder().employeeNumber(employeeNumber).defaultDebtor(defaultDebtor).fallbackSku(fallbackSku)
                .stockCalculation(stockCalculation).manageStock(manageStock).batchSize(batchSize).searchesBeforeIndex(searchesBeforeIndex)
                .concurrency(concurrency).dryRun(dryRun).lockLease(lockLease).activityRetention(activityRetention)
                .keyLockTimeout(keyLockTimeout).escalateAfterFailures(escalateAfterFailures)
                .redactPersonalData(redactPersonalData).timeSource(timeSource);
        b.headerOnlyLineSku = headerOnlyLineSku;
        b.headerOnlyLineDescription = headerOnlyLineDescription;
        b.headerOnlyLineTaxRate = headerOnlyLineTaxRate;
        b.paymentTerms.putAll(paymentTerms);
        b.paymentTermDueDays.putAll(paymentTermDueDays);
        b.paymentMethods.putAll(paymentMethods);
        b.attributeMapping.putAll(attributeMapping);
        createOnlyFields.forEach((k, v) -> b.createOnlyFields.put(k, new TreeSet<>(v)));
        skuRules.forEach((k, v) -> b.skuRules.put(k, v.pattern()));
        b.engineWideSet.clear();
        b.engineWideSet.addAll(engineWideSet);
        return b;
    }

    /** The engine-wide values, by setter name, in the order the class Javadoc lists them. */
    private Map<String, Object> engineWide() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lockLease", lockLease);
        values.put("keyLockTimeout", keyLockTimeout);
        values.put("activityRetention", activityRetention);
        values.put("timeSource", timeSource);
        values.put("dryRun", dryRun);
        return values;
    }

    /**
     * Why a flow cannot run with these, its own settings, under an engine's: each engine-wide setting given here
     * with another value than the engine's.
     */
    List<String> conflictsWithEngine(String flow, Settings engine) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> engineValues = engine.engineWide();
        engineWide().forEach((setting, value) -> {
            if (engineWideSet.contains(setting) && !value.equals(engineValues.get(setting))) {
                problems.add("flow '" + flow + "': its settings set " + setting + " = " + value + ", but "
                        + setting + " is engine-wide (the engine's is " + engineValues.get(setting) + "); set it in "
                        + "SyncEngine.builder().settings(...) or leave it unset in the flow's settings");
            }
        });
        return problems;
    }

    /** These settings for a flow's records, with the engine-wide ones of the engine. */
    Settings underEngine(Settings engine) {
        Builder b = toBuilder().lockLease(engine.lockLease).keyLockTimeout(engine.keyLockTimeout)
                .activityRetention(engine.activityRetention).timeSource(engine.timeSource).dryRun(engine.dryRun);
        b.engineWideSet.clear();
        return b.build();
    }

    /** Employee (salesperson) number for orders that carry none; default {@code 999999}. */
    public String employeeNumber() {
        return employeeNumber;
    }

    /** Target customer id used for orders whose customer cannot be matched or created; default none. */
    public Optional<String> defaultDebtor() {
        return Optional.ofNullable(defaultDebtor);
    }

    /** Article used in place of a line SKU missing from the product system; default none (the order fails). */
    public Optional<String> fallbackSku() {
        return Optional.ofNullable(fallbackSku);
    }

    /** SKU of the one line created for header-only orders; default none. */
    public Optional<String> headerOnlyLineSku() {
        return Optional.ofNullable(headerOnlyLineSku);
    }

    /** Text of the one line created for header-only orders; default none (the order reference is used). */
    public Optional<String> headerOnlyLineDescription() {
        return Optional.ofNullable(headerOnlyLineDescription);
    }

    /**
     * Tax rate in percent of the one line created for header-only orders, so that a target expecting net prices
     * can convert the gross total; default none (the line carries no rate).
     */
    public Optional<java.math.BigDecimal> headerOnlyLineTaxRate() {
        return Optional.ofNullable(headerOnlyLineTaxRate);
    }

    /** Source payment term -> target payment term; unmapped terms pass unchanged. */
    public Map<String, String> paymentTerms() {
        return paymentTerms;
    }

    /** Source payment term -> days until due in the target. */
    public Map<String, Integer> paymentTermDueDays() {
        return paymentTermDueDays;
    }

    /** Source payment method -> target payment method; unmapped methods pass unchanged. */
    public Map<String, String> paymentMethods() {
        return paymentMethods;
    }

    /** Source product attribute -> target attribute; attributes not listed are not transferred. */
    public Map<String, String> attributeMapping() {
        return attributeMapping;
    }

    /** Fields written when a record is created and never overwritten by an update. */
    public Set<String> createOnlyFields(EntityType<?> type) {
        return createOnlyFields.getOrDefault(type, Set.of());
    }

    /** The SKU rule for a target system (by connector name), if one is set. */
    public Optional<java.util.regex.Pattern> skuRule(String targetSystem) {
        return Optional.ofNullable(skuRules.get(targetSystem));
    }

    /** How stock quantities are computed; default {@link StockCalculation#AVAILABLE}. */
    public StockCalculation stockCalculation() {
        return stockCalculation;
    }

    /** Whether the stock target manages stock (stock is written only if so); default {@code true}. */
    public boolean manageStock() {
        return manageStock;
    }

    /** Records per batch write (capped by the connector's maximum); default 50. */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Searches per flow and run after which matching switches to one full read of the target (when it can list):
     * per-record searches are cheapest for a few new records, a paged read for many; default 25.
     */
    public int searchesBeforeIndex() {
        return searchesBeforeIndex;
    }

    /**
     * Records written in parallel within a create-or-update flow when writes go one by one (no batch create);
     * orders are always written one after another; default 1.
     */
    public int concurrency() {
        return concurrency;
    }

    /** When true, runs plan and report but write nothing (neither targets nor state); default false. */
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * How long a flow lock (and a record's key lock) is held before another engine may take it over; default 2
     * minutes. A background heartbeat renews held locks every third of the lease, so the lease only bounds how
     * long a crashed process blocks the next run.
     */
    public Duration lockLease() {
        return lockLease;
    }

    /**
     * How long a record waits for the key lock of its match key (held while another flow or process finds or
     * creates the same target record) before it fails and is retried next run; default 30 seconds.
     */
    public Duration keyLockTimeout() {
        return keyLockTimeout;
    }

    /**
     * After how many failed runs in a row a parked record is escalated to {@link FailureNotifier#recordFailed}
     * (once: a record failing on every run is not reported on every run); default 1, the first failure. Raise it
     * so that failures that heal on the next run (a target briefly down) stay quiet.
     */
    public int escalateAfterFailures() {
        return escalateAfterFailures;
    }

    /** How long activity-log events are kept; default 90 days. */
    public Duration activityRetention() {
        return activityRetention;
    }

    /** Whether personal data (e-mail addresses, names in reasons) is redacted in the activity log; default true. */
    public boolean redactPersonalData() {
        return redactPersonalData;
    }

    /** The clock; default the system clock. */
    public TimeSource timeSource() {
        return timeSource;
    }

    /** Builds {@link Settings}; every method documents its default. */
    public static final class Builder {
        private String employeeNumber = "999999";
        private String defaultDebtor;
        private String fallbackSku;
        private String headerOnlyLineSku;
        private String headerOnlyLineDescription;
        private java.math.BigDecimal headerOnlyLineTaxRate;
        private final Map<String, String> paymentTerms = new LinkedHashMap<>();
        private final Map<String, Integer> paymentTermDueDays = new LinkedHashMap<>();
        private final Map<String, String> paymentMethods = new LinkedHashMap<>();
        private final Map<String, String> attributeMapping = new LinkedHashMap<>();
        private final Map<EntityType<?>, Set<String>> createOnlyFields = new LinkedHashMap<>();
        private final Map<String, String> skuRules = new LinkedHashMap<>();
        private final Map<String, java.util.regex.Pattern> compiledSkuRules = new LinkedHashMap<>();
        private StockCalculation stockCalculation = StockCalculation.AVAILABLE;
        private boolean manageStock = true;
        private int batchSize = 50;
        private int searchesBeforeIndex = 25;
        private int concurrency = 1;
        private boolean dryRun;
        private Duration lockLease = Duration.ofMinutes(2);
        private Duration keyLockTimeout = Duration.ofSeconds(30);
        private int escalateAfterFailures = 1;
        private Duration activityRetention = Duration.ofDays(90);
        private boolean redactPersonalData = true;
        private TimeSource timeSource = TimeSource.system();
        private final Set<String> engineWideSet = new TreeSet<>();

        private Builder() {
        }

        /** Employee number for orders without one; default {@code 999999}; letters/digits, at most 10. */
        public Builder employeeNumber(String value) {
            this.employeeNumber = value;
            return this;
        }

        /** Target customer id for orders whose customer has no e-mail to match by; default none. */
        public Builder defaultDebtor(String value) {
            this.defaultDebtor = value;
            return this;
        }

        /** Article for line SKUs missing from the product system; default none (the order fails). */
        public Builder fallbackSku(String value) {
            this.fallbackSku = value;
            return this;
        }

        /**
         * The one line created for orders read without lines (BuchhaltungsButler outbound invoices): its SKU and
         * text; quantity 1, price the order's gross total. Default none: header-only sources are rejected.
         */
        public Builder headerOnlyLine(String sku, String description) {
            this.headerOnlyLineSku = sku;
            this.headerOnlyLineDescription = description;
            return this;
        }

        /**
         * As {@link #headerOnlyLine(String, String)}, with the tax rate in percent the line's gross price contains
         * (e.g. 19), so that targets expecting net prices can convert it.
         */
        public Builder headerOnlyLine(String sku, String description, java.math.BigDecimal taxRatePercent) {
            headerOnlyLine(sku, description);
            this.headerOnlyLineTaxRate = taxRatePercent;
            return this;
        }

        /** Maps a source payment term to a target term and, optionally, days until due (null: unchanged). */
        public Builder paymentTerm(String sourceTerm, String targetTerm, Integer dueDays) {
            this.paymentTerms.put(sourceTerm, targetTerm);
            if (dueDays != null) {
                this.paymentTermDueDays.put(sourceTerm, dueDays);
            }
            return this;
        }

        /** Maps a source payment method to a target method. */
        public Builder paymentMethod(String sourceMethod, String targetMethod) {
            this.paymentMethods.put(sourceMethod, targetMethod);
            return this;
        }

        /** Transfers a product attribute under the target's name; unmapped attributes are not transferred. */
        public Builder attributeMapping(String sourceAttribute, String targetAttribute) {
            this.attributeMapping.put(sourceAttribute, targetAttribute);
            return this;
        }

        /** Marks fields written only when a record is created (e.g. {@code longDescription}); default none. */
        public Builder createOnlyFields(EntityType<?> type, String... fields) {
            Collections.addAll(createOnlyFields.computeIfAbsent(type, t -> new TreeSet<>()), fields);
            return this;
        }

        /** A regular expression every SKU sent to the named target must match, e.g. {@code \d+}; default none. */
        public Builder skuRule(String targetSystem, String regex) {
            this.skuRules.put(targetSystem, regex);
            return this;
        }

        /** Stock calculation; default {@link StockCalculation#AVAILABLE}. */
        public Builder stockCalculation(StockCalculation value) {
            this.stockCalculation = value;
            return this;
        }

        /** Whether the stock target manages stock; default {@code true}. */
        public Builder manageStock(boolean value) {
            this.manageStock = value;
            return this;
        }

        /** Records per batch write, 1 to 1000; default 50. */
        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        /**
         * Searches per flow and run before matching switches to a full read of the target, 0 or more; default 25.
         * 0 always reads the target (when it can list); {@link Integer#MAX_VALUE} always searches.
         */
        public Builder searchesBeforeIndex(int value) {
            this.searchesBeforeIndex = value;
            return this;
        }

        /** Records written in parallel within a flow, 1 to 32; default 1. */
        public Builder concurrency(int value) {
            this.concurrency = value;
            return this;
        }

        /** Plan only, write nothing; default false. Engine-wide (see the class Javadoc). */
        public Builder dryRun(boolean value) {
            this.dryRun = value;
            engineWideSet.add("dryRun");
            return this;
        }

        /**
         * Flow-lock and key-lock lease; default 2 minutes (renewed by a heartbeat while the run lives). Engine-wide
         * (see the class Javadoc).
         */
        public Builder lockLease(Duration value) {
            this.lockLease = value;
            engineWideSet.add("lockLease");
            return this;
        }

        /**
         * Longest wait for a record's key lock before the record fails (and is retried); default 30 seconds.
         * Engine-wide (see the class Javadoc).
         */
        public Builder keyLockTimeout(Duration value) {
            this.keyLockTimeout = value;
            engineWideSet.add("keyLockTimeout");
            return this;
        }

        /** Failed runs in a row after which a parked record goes to the failure notifier, 1 to 1000; default 1. */
        public Builder escalateAfterFailures(int value) {
            this.escalateAfterFailures = value;
            return this;
        }

        /** Activity-log retention; default 90 days. Engine-wide (see the class Javadoc). */
        public Builder activityRetention(Duration value) {
            this.activityRetention = value;
            engineWideSet.add("activityRetention");
            return this;
        }

        /** Redact personal data in the activity log; default true. */
        public Builder redactPersonalData(boolean value) {
            this.redactPersonalData = value;
            return this;
        }

        /** The clock; default the system clock. Engine-wide (see the class Javadoc). */
        public Builder timeSource(TimeSource value) {
            this.timeSource = value;
            engineWideSet.add("timeSource");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws SyncConfigurationException naming each invalid setting, its value and the rule
         */
        public Settings build() {
            List<String> problems = new ArrayList<>();
            compiledSkuRules.clear();
            skuRules.forEach((system, regex) -> {
                try {
                    compiledSkuRules.put(system, java.util.regex.Pattern.compile(regex));
                } catch (PatternSyntaxException | NullPointerException e) {
                    problems.add("skuRule[" + system + "] = '" + regex + "': must be a valid regular expression");
                }
            });
            createOnlyFields.forEach((type, fields) -> fields.stream()
                    .filter(f -> !type.fieldNames().contains(f))
                    .forEach(f -> problems.add("createOnlyFields[" + type + "] = '" + f + "': must be one of "
                            + type.fieldNames())));
            if (headerOnlyLineSku == null && headerOnlyLineDescription != null) {
                problems.add("headerOnlyLine: a description needs a SKU");
            }
            if (headerOnlyLineTaxRate != null && (headerOnlyLineTaxRate.signum() < 0
                    || headerOnlyLineTaxRate.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
                problems.add("headerOnlyLine taxRate = " + headerOnlyLineTaxRate + ": must be between 0 and 100");
            }
            if (lockLease != null && (lockLease.isNegative() || lockLease.isZero())) {
                problems.add("lockLease = " + lockLease + ": must be positive");
            }
            if (keyLockTimeout != null && keyLockTimeout.isNegative()) {
                problems.add("keyLockTimeout = " + keyLockTimeout + ": must not be negative");
            }
            if (activityRetention != null && activityRetention.isNegative()) {
                problems.add("activityRetention = " + activityRetention + ": must not be negative");
            }
            paymentTermDueDays.forEach((term, days) -> {
                if (days < 0) {
                    problems.add("paymentTerm[" + term + "] due days = " + days + ": must not be negative");
                }
            });
            Settings settings = new Settings(this);
            for (Violation v : BeanValidation.violations(settings)) {
                problems.add(v.field() + " = '" + v.value() + "': " + v.rule());
            }
            if (!problems.isEmpty()) {
                throw new SyncConfigurationException("Invalid settings", problems);
            }
            return settings;
        }
    }
}
