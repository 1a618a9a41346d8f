package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.config.AccountViewConfig;
import dev.ledgerbridge.config.BuchhaltungsButlerConfig;
import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.FlowEntity;
import dev.ledgerbridge.config.LedgerBridgeConfig;
import dev.ledgerbridge.config.SystemName;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link LedgerBridgeConfig} as a whole: each problem names the setting's path as it is written in a
 * configuration file ({@code buchhaltungsbutler.api-key}, {@code flows[2].from}), the rule and the value (secrets
 * only as set or unset).
 */
public final class ConfigValidator {

    private ConfigValidator() {
    }

    /**
     * Every problem of the configuration.
     *
     * @param config the configuration
     * @return the problems, empty when it is valid
     */
    public static List<String> problems(LedgerBridgeConfig config) {
        List<String> problems = new ArrayList<>();
        flows(config, problems);
        if (config.uses(SystemName.BUCHHALTUNGSBUTLER)) {
            buchhaltungsButler(config.buchhaltungsButler(), problems);
        }
        if (config.uses(SystemName.ACCOUNTVIEW)) {
            accountView(config.accountView(), problems);
        }
        if (config.syncInterval().compareTo(LedgerBridgeConfig.MIN_SYNC_INTERVAL) < 0
                || config.syncInterval().compareTo(LedgerBridgeConfig.MAX_SYNC_INTERVAL) > 0) {
            problems.add("schedule.interval: must be between 1 second and 7 days (was " + config.syncInterval() + ")");
        }
        return problems;
    }

    private static void buchhaltungsButler(BuchhaltungsButlerConfig bb, List<String> problems) {
        String used = "required when a flow uses BuchhaltungsButler (was unset)";
        baseUrl("buchhaltungsbutler.base-url", bb.baseUrl(), problems);
        required("buchhaltungsbutler.api-client", bb.apiClient(), used, problems);
        required("buchhaltungsbutler.api-secret", bb.apiSecret(), used, problems);
        required("buchhaltungsbutler.api-key", bb.apiKey(), used, problems);
        bb.defaultVatPercent().filter(v -> v.signum() < 0 || v.compareTo(new BigDecimal("100")) > 0)
                .ifPresent(v -> problems.add("buchhaltungsbutler.default-vat-percent: must be between 0 and 100 "
                        + "(was " + v.toPlainString() + ")"));
    }

    private static void accountView(AccountViewConfig av, List<String> problems) {
        String used = "required when a flow uses AccountView (was unset)";
        baseUrl("accountview.base-url", av.baseUrl(), problems);
        required("accountview.client-id", av.clientId(), used, problems);
        required("accountview.client-secret", av.clientSecret(), used, problems);
        if (av.company().isEmpty() && av.companyId().isEmpty()) {
            problems.add("accountview.company: the company code (or accountview.company-id) is required when a flow "
                    + "uses AccountView (was unset)");
        }
        av.redirectUri().filter(u -> !u.isAbsolute())
                .ifPresent(u -> problems.add("accountview.redirect-uri: must be an absolute URI (was " + u + ")"));
    }

    private static void flows(LedgerBridgeConfig config, List<String> problems) {
        List<FlowConfig> flows = config.flows();
        if (config.enabledFlows().isEmpty()) {
            problems.add("flows: at least one enabled flow is required (was " + flows.size() + " flows, none enabled)");
        }
        if (flows.size() > LedgerBridgeConfig.MAX_FLOWS) {
            problems.add("flows: at most " + LedgerBridgeConfig.MAX_FLOWS + " flows (was " + flows.size() + ")");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < flows.size(); i++) {
            FlowConfig f = flows.get(i);
            String path = "flows[" + i + "]";
            if (!names.add(f.name())) {
                problems.add(path + ".name: must be unique, it keys the flow's state (was '" + f.name()
                        + "', used twice)");
            }
            if (f.from() == f.to()) {
                problems.add(path + ".to: must differ from from (was " + f.to().key() + " for both)");
            }
            if (f.entity() != FlowEntity.CUSTOMERS && f.entity() != FlowEntity.ORDERS) {
                problems.add(path + ".entity: " + f.entity().key() + " cannot flow between BuchhaltungsButler and "
                        + "AccountView, BuchhaltungsButler's API has no products, categories or stock (was "
                        + f.entity().key() + "; a connector for a third system, in code, can be the other side)");
            }
            if (f.entity() != FlowEntity.ORDERS && (f.productCatalog().isPresent()
                    || f.namespacedReferences().isPresent() || !f.typeMappings().isEmpty())) {
                problems.add(path + ": product-catalog, namespaced-references and type-mappings apply to order "
                        + "flows only (was entity " + f.entity().key() + ")");
            }
            f.productCatalog().filter(s -> s == SystemName.BUCHHALTUNGSBUTLER).ifPresent(s -> problems.add(
                    path + ".product-catalog: must be accountview, BuchhaltungsButler has no products (was "
                            + s.key() + ")"));
        }
    }

    private static void baseUrl(String path, URI url, List<String> problems) {
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            problems.add(path + ": must be an absolute http or https URL with a host (was " + url + ")");
        }
    }

    private static void required(String path, Optional<?> value, String rule, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(path + ": " + rule);
        }
    }
}
