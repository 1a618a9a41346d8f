package dev.ledgerbridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.BuchhaltungsButlerConfig;
import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.FlowEntity;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.Secret;
import dev.ledgerbridge.config.StateConfig;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.transport.Timeouts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns the settings read by {@link ConfigLoader} into a {@link LedgerBridgeConfig.Builder}: parses each value
 * by its kind and hands it to the builders, turning every rejected value into a problem naming the setting.
 */
final class ConfigAssembler {

    private static final Set<String> FLOW_KEYS = Set.of("name", "entity", "from", "to", "enabled",
            "product-catalog", "namespaced-references", "type-mappings");

    private final Map<Setting, Object> values;
    private final Path directory;
    private final List<String> problems;

    ConfigAssembler(Map<Setting, Object> values, Path directory, List<String> problems) {
        this.values = values;
        this.directory = directory;
        this.problems = problems;
    }

    LedgerBridgeConfig.Builder assemble(JsonNode flows) {
        LedgerBridgeConfig.Builder b = LedgerBridgeConfig.builder()
                .buchhaltungsButler(buchhaltungsButler())
                .accountView(accountView())
                .engine(engine())
                .state(state());
        set(Setting.INTERVAL, ConfigAssembler::duration, b::syncInterval);
        flows(flows, b);
        return b;
    }

    private BuchhaltungsButlerConfig buchhaltungsButler() {
        BuchhaltungsButlerConfig.Builder b = BuchhaltungsButlerConfig.builder();
        set(Setting.BB_BASE_URL, Function.identity(), b::baseUrl);
        secret(Setting.BB_API_CLIENT, b::apiClient);
        secret(Setting.BB_API_SECRET, b::apiSecret);
        secret(Setting.BB_API_KEY, b::apiKey);
        set(Setting.BB_DEFAULT_VAT, BigDecimal::new, b::defaultVatPercent);
        RateLimitSettings.Builder r = RateLimitSettings.builder();
        set(Setting.BB_RATE_LIMIT_ENABLED, ConfigAssembler::bool, r::enabled);
        set(Setting.BB_REQUESTS_PER_MINUTE, Integer::valueOf, r::requestsPerMinute);
        set(Setting.BB_UPLOADS_PER_MINUTE, Integer::valueOf, r::uploadsPerMinute);
        set(Setting.BB_BATCH_INTERVAL, ConfigAssembler::duration, r::batchInterval);
        built(Setting.BB_RATE_LIMIT_ENABLED, r::build, b::rateLimits);
        timeouts(Setting.BB_CONNECT_TIMEOUT, Setting.BB_REQUEST_TIMEOUT, b::timeouts);
        return b.build();
    }

    private AccountViewConfig accountView() {
        AccountViewConfig.Builder b = AccountViewConfig.builder();
        set(Setting.AV_BASE_URL, Function.identity(), b::baseUrl);
        set(Setting.AV_CLIENT_ID, Function.identity(), b::clientId);
        secret(Setting.AV_CLIENT_SECRET, b::clientSecret);
        set(Setting.AV_REDIRECT_URI, java.net.URI::create, b::redirectUri);
        set(Setting.AV_COMPANY, Function.identity(), b::company);
        set(Setting.AV_COMPANY_ID, Function.identity(), b::companyId);
        set(Setting.AV_TOKEN_FILE, directory::resolve, b::tokenFile);
        secret(Setting.AV_TOKEN_KEY, b::tokenKey);
        timeouts(Setting.AV_CONNECT_TIMEOUT, Setting.AV_REQUEST_TIMEOUT, b::timeouts);
        return b.build();
    }

    private Settings engine() {
        Settings.Builder b = Settings.builder();
        set(Setting.DRY_RUN, ConfigAssembler::bool, b::dryRun);
        set(Setting.CONCURRENCY, Integer::valueOf, b::concurrency);
        set(Setting.BATCH_SIZE, Integer::valueOf, b::batchSize);
        set(Setting.EMPLOYEE_NUMBER, Function.identity(), b::employeeNumber);
        set(Setting.DEFAULT_DEBTOR, Function.identity(), b::defaultDebtor);
        set(Setting.FALLBACK_SKU, Function.identity(), b::fallbackSku);
        set(Setting.MANAGE_STOCK, ConfigAssembler::bool, b::manageStock);
        set(Setting.ESCALATE_AFTER, Integer::valueOf, b::escalateAfterFailures);
        set(Setting.ACTIVITY_RETENTION, ConfigAssembler::duration, b::activityRetention);
        set(Setting.REDACT, ConfigAssembler::bool, b::redactPersonalData);
        set(Setting.LOCK_LEASE, ConfigAssembler::duration, b::lockLease);
        set(Setting.KEY_LOCK_TIMEOUT, ConfigAssembler::duration, b::keyLockTimeout);
        Object sku = values.get(Setting.HEADER_LINE_SKU);
        if (sku == null && (values.containsKey(Setting.HEADER_LINE_DESCRIPTION)
                || values.containsKey(Setting.HEADER_LINE_TAX_RATE))) {
            problems.add(Setting.HEADER_LINE_SKU.path() + ": required when engine.header-only-line is set (was unset)");
        }
        if (sku != null) {
            String description = (String) values.getOrDefault(Setting.HEADER_LINE_DESCRIPTION, sku);
            set(Setting.HEADER_LINE_TAX_RATE, BigDecimal::new,
                    rate -> b.headerOnlyLine((String) sku, description, rate));
            if (!values.containsKey(Setting.HEADER_LINE_TAX_RATE)) {
                apply(Setting.HEADER_LINE_SKU, sku, () -> b.headerOnlyLine((String) sku, description));
            }
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            problems.add("engine: " + e.getMessage());
            return Settings.builder().build();
        }
    }

    private StateConfig state() {
        Object url = values.get(Setting.STATE_URL);
        if (url == null) {
            return StateConfig.h2File(directory.resolve("ledgerbridge-state"));
        }
        try {
            return StateConfig.jdbc((String) url, (String) values.get(Setting.STATE_USER),
                    (Secret) values.get(Setting.STATE_PASSWORD));
        } catch (IllegalArgumentException e) {
            problems.add(Setting.STATE_URL.path() + ": " + e.getMessage());
            return StateConfig.h2File(directory.resolve("ledgerbridge-state"));
        }
    }

    private void timeouts(Setting connect, Setting request, Consumer<Timeouts> target) {
        if (values.containsKey(connect) || values.containsKey(request)) {
            Timeouts d = Timeouts.defaults();
            Duration c = parse(connect, ConfigAssembler::duration, d.connect());
            Duration r = parse(request, ConfigAssembler::duration, d.request());
            apply(connect, c + "/" + r, () -> target.accept(Timeouts.of(c, r)));
        }
    }

    private void flows(JsonNode flows, LedgerBridgeConfig.Builder b) {
        if (flows.isMissingNode() || flows.isNull()) {
            return;
        }
        if (!flows.isArray()) {
            problems.add("flows: must be a list of flows (- name: ..., entity: ..., from: ..., to: ...)");
            return;
        }
        for (int i = 0; i < flows.size(); i++) {
            flow("flows[" + i + "]", flows.get(i), b);
        }
    }

    private void flow(String path, JsonNode node, LedgerBridgeConfig.Builder b) {
        if (!node.isObject()) {
            problems.add(path + ": must be a mapping with name, entity, from and to");
            return;
        }
        int before = problems.size();
        node.fieldNames().forEachRemaining(k -> {
            if (!FLOW_KEYS.contains(k)) {
                problems.add(path + "." + k + ": unknown flow setting; known: " + FLOW_KEYS);
            }
        });
        FlowConfig.Builder f = FlowConfig.builder();
        flowValue(path, node, "name", Function.identity(), f::name, true);
        flowValue(path, node, "entity", FlowEntity::fromKey, f::entity, true);
        flowValue(path, node, "from", SystemName::fromKey, f::from, true);
        flowValue(path, node, "to", SystemName::fromKey, f::to, true);
        flowValue(path, node, "enabled", ConfigAssembler::bool, f::enabled, false);
        flowValue(path, node, "product-catalog", SystemName::fromKey, f::productCatalog, false);
        flowValue(path, node, "namespaced-references", ConfigAssembler::bool, f::namespacedReferences, false);
        JsonNode types = node.path("type-mappings");
        if (types.isObject()) {
            types.fields().forEachRemaining(e -> apply(path + ".type-mappings." + e.getKey(), e.getValue().asText(),
                    () -> f.typeMapping(orderType(e.getKey()), orderType(e.getValue().asText()))));
        } else if (!types.isMissingNode()) {
            problems.add(path + ".type-mappings: must be a mapping of source type to target type, e.g. "
                    + "sales_order: invoice");
        }
        if (problems.size() == before) {
            b.flow(f.build());
        }
    }

    private <T> void flowValue(String path, JsonNode node, String key, Function<String, T> parse,
                               Consumer<T> target, boolean required) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                problems.add(path + "." + key + ": required (was unset)");
            }
            return;
        }
        String text = v.asText().strip();
        apply(path + "." + key, text, () -> target.accept(parse.apply(text)));
    }

    private static OrderType orderType(String text) {
        try {
            return OrderType.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("order type '" + text + "' is not known; known: invoice, "
                    + "credit_note, offer, sales_order");
        }
    }

    private <T> void set(Setting s, Function<String, T> parse, Consumer<T> target) {
        Object v = values.get(s);
        if (v != null) {
            apply(s, v, () -> target.accept(parse.apply((String) v)));
        }
    }

    private <T> T parse(Setting s, Function<String, T> parse, T fallback) {
        Object v = values.get(s);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply((String) v);
        } catch (RuntimeException e) {
            problems.add(s.path() + ": " + reason(e) + " (was '" + v + "')");
            return fallback;
        }
    }

    private void secret(Setting s, Consumer<Secret> target) {
        Object v = values.get(s);
        if (v instanceof Secret secret) {
            apply(s, secret, () -> target.accept(secret)); // a refused secret (token-key) is named, never shown
        }
    }

    private <T> void built(Setting section, java.util.function.Supplier<T> build, Consumer<T> target) {
        try {
            target.accept(build.get());
        } catch (RuntimeException e) {
            problems.add(section.path().substring(0, section.path().lastIndexOf('.')) + ": " + reason(e));
        }
    }

    private void apply(Setting s, Object value, Runnable action) {
        apply(s.path(), s.secret() ? Secret.MASK : value, action);
    }

    private void apply(String path, Object value, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            problems.add(path + ": " + reason(e) + " (was '" + value + "')");
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof NumberFormatException) {
            return "must be a number";
        }
        if (e instanceof DateTimeParseException) {
            return "must be a duration such as 30s, 15m, 2h, 1d or PT15M";
        }
        return e.getMessage();
    }

    /** {@code true}/{@code false} (also yes/no, on/off as YAML 1.1 writes them). */
    static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    /** ISO-8601 ({@code PT15M}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)").matcher(t);
        if (!m.matches()) {
            throw new DateTimeParseException("not a duration", text, 0);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
