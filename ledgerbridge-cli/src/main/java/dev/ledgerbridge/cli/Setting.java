package dev.ledgerbridge.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of the configuration file outside {@code flows}, by path, with their kind: what the file may
 * contain, which environment variable overrides each ({@link #environmentVariable}), and which are secrets.
 */
enum Setting {
    BB_BASE_URL("buchhaltungsbutler.base-url", Kind.TEXT),
    BB_API_CLIENT("buchhaltungsbutler.api-client", Kind.SECRET),
    BB_API_SECRET("buchhaltungsbutler.api-secret", Kind.SECRET),
    BB_API_KEY("buchhaltungsbutler.api-key", Kind.SECRET),
    BB_RATE_LIMIT_ENABLED("buchhaltungsbutler.rate-limit.enabled", Kind.TEXT),
    BB_REQUESTS_PER_MINUTE("buchhaltungsbutler.rate-limit.requests-per-minute", Kind.TEXT),
    BB_UPLOADS_PER_MINUTE("buchhaltungsbutler.rate-limit.uploads-per-minute", Kind.TEXT),
    BB_BATCH_INTERVAL("buchhaltungsbutler.rate-limit.batch-interval", Kind.TEXT),
    BB_CONNECT_TIMEOUT("buchhaltungsbutler.timeouts.connect", Kind.TEXT),
    BB_REQUEST_TIMEOUT("buchhaltungsbutler.timeouts.request", Kind.TEXT),
    BB_DEFAULT_VAT("buchhaltungsbutler.default-vat-percent", Kind.TEXT),
    AV_BASE_URL("accountview.base-url", Kind.TEXT),
    AV_CLIENT_ID("accountview.client-id", Kind.TEXT),
    AV_CLIENT_SECRET("accountview.client-secret", Kind.SECRET),
    AV_REDIRECT_URI("accountview.redirect-uri", Kind.TEXT),
    AV_COMPANY("accountview.company", Kind.TEXT),
    AV_COMPANY_ID("accountview.company-id", Kind.TEXT),
    AV_TOKEN_FILE("accountview.token-file", Kind.TEXT),
    AV_TOKEN_KEY("accountview.token-key", Kind.SECRET),
    AV_CONNECT_TIMEOUT("accountview.timeouts.connect", Kind.TEXT),
    AV_REQUEST_TIMEOUT("accountview.timeouts.request", Kind.TEXT),
    DRY_RUN("engine.dry-run", Kind.TEXT),
    CONCURRENCY("engine.concurrency", Kind.TEXT),
    BATCH_SIZE("engine.batch-size", Kind.TEXT),
    EMPLOYEE_NUMBER("engine.employee-number", Kind.TEXT),
    DEFAULT_DEBTOR("engine.default-debtor", Kind.TEXT),
    FALLBACK_SKU("engine.fallback-sku", Kind.TEXT),
    HEADER_LINE_SKU("engine.header-only-line.sku", Kind.TEXT),
    HEADER_LINE_DESCRIPTION("engine.header-only-line.description", Kind.TEXT),
    HEADER_LINE_TAX_RATE("engine.header-only-line.tax-rate", Kind.TEXT),
    MANAGE_STOCK("engine.manage-stock", Kind.TEXT),
    ESCALATE_AFTER("engine.escalate-after-failures", Kind.TEXT),
    ACTIVITY_RETENTION("engine.activity-retention", Kind.TEXT),
    REDACT("engine.redact-personal-data", Kind.TEXT),
    LOCK_LEASE("engine.lock-lease", Kind.TEXT),
    KEY_LOCK_TIMEOUT("engine.key-lock-timeout", Kind.TEXT),
    INTERVAL("schedule.interval", Kind.TEXT),
    STATE_URL("state.jdbc-url", Kind.TEXT),
    STATE_USER("state.user", Kind.TEXT),
    STATE_PASSWORD("state.password", Kind.SECRET);

    /** Text, or a secret: only from the environment or a file, never written into the configuration file. */
    enum Kind { TEXT, SECRET }

    private static final Map<String, Setting> BY_PATH = new LinkedHashMap<>();

    static {
        for (Setting s : values()) {
            BY_PATH.put(s.path, s);
        }
    }

    private final String path;
    private final Kind kind;

    Setting(String path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    String path() {
        return path;
    }

    boolean secret() {
        return kind == Kind.SECRET;
    }

    /** {@code buchhaltungsbutler.api-key} -> {@code LEDGERBRIDGE_BUCHHALTUNGSBUTLER_API_KEY}. */
    String environmentVariable() {
        return "LEDGERBRIDGE_" + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static Setting byPath(String path) {
        return BY_PATH.get(path);
    }

    /** Whether some setting lives below this path (e.g. {@code buchhaltungsbutler.rate-limit}). */
    static boolean isSection(String path) {
        return BY_PATH.keySet().stream().anyMatch(p -> p.startsWith(path + "."));
    }
}
