package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.FlowDescription;
import dev.ledgerbridge.sync.Settings;
import java.util.ArrayList;
import java.util.List;

/** Says in plain words what a configured flow does, from the configuration and the engine settings alone. */
public final class Descriptions {
    private Descriptions() {
    }

    /**
     * The description of one flow.
     *
     * @param flow   the flow's configuration
     * @param engine the engine settings (the flow's own settings win)
     * @return the description
     */
    public static FlowDescription of(FlowConfig flow, Settings engine) {
        Settings s = flow.settings().orElse(engine);
        String target = flow.to().displayName();
        List<String> rules = new ArrayList<>();
        String matchKey;
        switch (flow.entity()) {
            case ORDERS -> {
                matchKey = "order reference (the link from an earlier run, else a look-up in " + target + ")";
                rules.add("skip: the order is already in " + target + " (linked, or found by its reference), or it is "
                        + "a copy the SDK made from " + target);
                rules.add("customer: matched by e-mail in " + target + ", created or updated"
                        + s.defaultDebtor().map(d -> "; without an e-mail the default debtor " + d).orElse(""));
                rules.add(flow.productCatalog().map(c -> "lines: every SKU must exist in " + c.displayName()
                        + s.fallbackSku().map(f -> " (else the fallback article " + f + ")").orElse(
                        " (else the order fails with the SKU named)")).orElse("lines: SKUs are not checked"));
                s.headerOnlyLineSku().ifPresent(sku -> rules.add("an order without lines gets one line, article "
                        + sku));
                rules.add("create: the order in " + target + (flow.namespacedReferences().orElse(true)
                        ? ", its reference prefixed with the source's namespace" : ", its reference unchanged"));
            }
            case CUSTOMERS -> {
                matchKey = "e-mail address";
                rules.add("create: no customer with that e-mail in " + target);
                rules.add("update: found, changed since the last run"
                        + (s.createOnlyFields(dev.ledgerbridge.sync.spi.EntityType.CUSTOMER).isEmpty() ? ""
                        : " (create-only fields kept: " + s.createOnlyFields(
                        dev.ledgerbridge.sync.spi.EntityType.CUSTOMER) + ")"));
                rules.add("skip: unchanged since the last run (same content)");
            }
            case PRODUCTS -> {
                matchKey = "SKU";
                rules.add("create or update by SKU; skip unchanged");
            }
            case CATEGORIES -> {
                matchKey = "category code";
                rules.add("create or update by code; skip unchanged");
            }
            default -> {
                matchKey = "SKU";
                rules.add("write stock levels (" + s.stockCalculation() + ") where " + target + " manages stock");
            }
        }
        rules.add(s.dryRun() ? "dry run: nothing is written" : "failed records are parked and retried next run");
        return new FlowDescription(flow.name(), flow.entity(), flow.from(), flow.to(), flow.enabled(), matchKey,
                rules);
    }
}
