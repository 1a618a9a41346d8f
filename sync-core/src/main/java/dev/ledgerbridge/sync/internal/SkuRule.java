package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.spi.Connector;
import java.util.Optional;

/** Checks SKUs against the target's configured SKU rule before anything is sent. */
public final class SkuRule {
    private SkuRule() {
    }

    /** Why the SKU breaks the target's rule, or empty when it complies (or no rule is set). */
    public static Optional<String> violation(String sku, Connector target, Settings settings) {
        return settings.skuRule(target.name())
                .filter(rule -> sku == null || !rule.matcher(sku).matches())
                .map(rule -> "SKU '" + sku + "' does not match the SKU rule for " + target.name() + " ("
                        + rule.pattern() + ")");
    }
}
