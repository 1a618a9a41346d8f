package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.config.ConfiguredSync;
import dev.ledgerbridge.config.ConnectionCheck;
import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.FlowStatus;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.spring.boot.internal.CachedCheck;
import dev.ledgerbridge.spring.boot.internal.RunHistory;
import dev.ledgerbridge.spring.boot.internal.SystemCheck;
import dev.ledgerbridge.spring.boot.internal.SystemHealthIndicator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Health per system under the name {@code ledgerbridge} ({@code /actuator/health/ledgerbridge/buchhaltungsbutler},
 * {@code .../accountview}) when Spring Boot's health support is on the class path: DOWN when a system is
 * unreachable or refuses the credentials, checked with one cheap call per system at most once per
 * {@code ledgerbridge.health.check-interval} (default 5 minutes; probes in between get the last result), with
 * each flow's last run recorded in the state (by any instance), the records parked for retry, and this process's
 * last run and failure in the details; the state is read at the same interval. Switch it off with
 * {@code management.health.ledgerbridge.enabled=false}; replace it with a bean named
 * {@code ledgerbridgeHealthContributor}.
 */
@AutoConfiguration(after = LedgerBridgeAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConfiguredSync.class)
@ConditionalOnEnabledHealthIndicator("ledgerbridge")
public class LedgerBridgeHealthAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public LedgerBridgeHealthAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "ledgerbridgeHealthContributor")
    CompositeHealthContributor ledgerbridgeHealthContributor(ConfiguredSync sync, RunHistory history,
                                                             LedgerBridgeProperties properties) {
        Clock clock = Clock.systemUTC();
        CachedCheck<List<ConnectionCheck>> checks = new CachedCheck<>(sync::checkConnections,
                properties.getHealth().getCheckInterval(), clock);
        CachedCheck<List<FlowStatus>> state = new CachedCheck<>(sync::status,
                properties.getHealth().getCheckInterval(), clock);
        Map<String, HealthIndicator> systems = new LinkedHashMap<>();
        for (SystemName system : SystemName.values()) {
            if (sync.config().uses(system)) {
                Set<String> touching = sync.config().flows().stream()
                        .filter(f -> f.from() == system || f.to() == system).map(FlowConfig::name)
                        .collect(Collectors.toSet());
                systems.put(system.key(), new SystemHealthIndicator(system.displayName(),
                        () -> of(system, checks.get()),
                        () -> state.get().value().stream().filter(f -> touching.contains(f.name())).toList(),
                        history));
            }
        }
        return CompositeHealthContributor.fromMap(systems);
    }

    private static CachedCheck.Stamped<SystemCheck> of(SystemName system,
                                                      CachedCheck.Stamped<List<ConnectionCheck>> checks) {
        SystemCheck check = checks.value().stream().filter(c -> c.system() == system).findFirst()
                .map(c -> new SystemCheck(c.ok(), c.status().name(),
                        c.ok() ? "" : c.message() + (c.check().isEmpty() ? "" : " Check: " + c.check())))
                .orElse(new SystemCheck(false, "UNKNOWN", "not checked"));
        return new CachedCheck.Stamped<>(check, checks.at());
    }
}
