package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.alerts.AlertSink;
import dev.ledgerbridge.alerts.AlertThrottle;
import dev.ledgerbridge.alerts.EngineAlerts;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.spring.boot.internal.AlertsCheck;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.sync.FailureNotifier;
import dev.ledgerbridge.sync.SyncListener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Alerts by webhook (signed JSON, or Slack) when {@code dev.ledgerbridge:sync-alerts} is on the class path and
 * {@code ledgerbridge.alerts.webhook-url} is set: a flow that failed, a record failing run after run, AccountView
 * asking to be authorized again, and recovery; at most one per kind and flow per
 * {@code ledgerbridge.alerts.throttle}. Declare an {@link AlertSink} bean to send them elsewhere (e.g.
 * sync-alerts-mail's {@code SmtpNotifier}).
 */
@AutoConfiguration(after = LedgerBridgeAutoConfiguration.class)
@ConditionalOnClass(EngineAlerts.class)
@ConditionalOnBean(Tenant.class)
public class LedgerBridgeAlertsAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public LedgerBridgeAlertsAutoConfiguration() {
    }

    /**
     * The webhook, throttled.
     *
     * @param properties the properties
     * @return the sink
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "ledgerbridge.alerts.webhook-url")
    public AlertSink ledgerBridgeAlertSink(LedgerBridgeProperties properties) {
        LedgerBridgeProperties.Alerts alerts = properties.getAlerts();
        return AlertThrottle.builder().sink(AlertsCheck.webhook(alerts)).window(alerts.getThrottle()).build();
    }

    /**
     * Turns the engine's callbacks into alerts for the application's tenant.
     *
     * @param sink   where alerts go
     * @param tenant the tenant
     * @return the alerts
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AlertSink.class)
    public EngineAlerts ledgerBridgeAlerts(AlertSink sink, Tenant tenant) {
        return EngineAlerts.builder().tenantId(tenant.id()).sink(sink).build();
    }

    /**
     * Lets the alerts hear every run.
     *
     * @param alerts the alerts
     * @return the listeners
     */
    @Bean
    @ConditionalOnBean(EngineAlerts.class)
    public TenantListeners ledgerBridgeAlertListeners(EngineAlerts alerts) {
        return new TenantListeners() {
            @Override
            public SyncListener listener(Tenant t) {
                return alerts;
            }

            @Override
            public FailureNotifier failureNotifier(Tenant t) {
                return alerts;
            }
        };
    }
}
