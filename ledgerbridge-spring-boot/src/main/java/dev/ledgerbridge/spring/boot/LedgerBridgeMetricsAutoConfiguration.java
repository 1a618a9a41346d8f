package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.micrometer.LedgerbridgeObservations;
import dev.ledgerbridge.scheduler.Tenant;
import dev.ledgerbridge.scheduler.TenantListeners;
import dev.ledgerbridge.scheduler.TenantState;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.transport.ClientObserver;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Metrics and traces of every run (scheduled or the application's own) through the application's
 * {@link ObservationRegistry}, when {@code dev.ledgerbridge:sync-micrometer} is on the class path and the
 * application has a registry (Spring Boot's actuator makes one): runs, record outcomes, each flow's backlog of
 * parked records, API requests, rate-limit waits and token refreshes, as sync-micrometer's README describes.
 */
@AutoConfiguration(after = LedgerBridgeAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({LedgerbridgeObservations.class, ObservationRegistry.class})
@ConditionalOnBean(Tenant.class)
public class LedgerBridgeMetricsAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public LedgerBridgeMetricsAutoConfiguration() {
    }

    /**
     * The observations of the application's tenant (the tenant id is no metric tag).
     *
     * @param registry the application's registry
     * @param tenant   the tenant
     * @param state    the tenant's state, for the backlog
     * @return the observations
     */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean
    public LedgerbridgeObservations ledgerBridgeObservations(ObservationRegistry registry, Tenant tenant,
                                                             TenantState state) {
        return LedgerbridgeObservations.builder().registry(registry).tenant(tenant.id())
                .stateStore(state.stateStore()).build();
    }

    /**
     * Lets the observations see every API call of the configured clients: requests by system and status, rate-limit
     * waits, token refreshes. Declare a {@link ClientObserver} bean of your own to observe the clients instead.
     *
     * @param observations the observations
     * @return the clients' observer
     */
    @Bean
    @ConditionalOnBean(LedgerbridgeObservations.class)
    @ConditionalOnMissingBean
    public ClientObserver ledgerBridgeClientObserver(LedgerbridgeObservations observations) {
        return observations.clientObserver();
    }

    /**
     * Lets the observations hear every run.
     *
     * @param observations the observations
     * @return the listeners
     */
    @Bean
    @ConditionalOnBean(LedgerbridgeObservations.class)
    public TenantListeners ledgerBridgeMetricsListeners(LedgerbridgeObservations observations) {
        return new TenantListeners() {
            @Override
            public SyncListener listener(Tenant t) {
                return observations.syncListener();
            }
        };
    }
}
