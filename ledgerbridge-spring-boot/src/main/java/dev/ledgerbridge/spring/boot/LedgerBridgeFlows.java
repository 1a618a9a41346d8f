package dev.ledgerbridge.spring.boot;

import dev.ledgerbridge.sync.flow.SyncFlow;
import java.util.List;

/**
 * The flows the scheduled runs run, asked for at the start of every run. The auto-configured bean returns the
 * enabled {@code ledgerbridge.flows} built on the configured connectors ({@code ConfiguredSync.flows()}: the first
 * call looks the AccountView company up unless {@code ledgerbridge.accountview.company-id} is set). Declare a bean
 * of this type to run flows of your own, e.g. with your {@code Mapper} or {@code MatchStrategy}:
 * <pre>{@code
 * @Bean
 * LedgerBridgeFlows ledgerBridgeFlows(ConfiguredSync sync) {
 *     return () -> List.of(SyncFlows.customers(bbConnector, avConnector).mapper(myMapper).build());
 * }
 * }</pre>
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface LedgerBridgeFlows {
    /**
     * The flows of the next run, in the order they run.
     *
     * @return the flows; not empty
     * @throws RuntimeException when they cannot be built (e.g. the company look-up failed); the run fails and is
     *                          retried with backoff
     */
    List<SyncFlow> flows();
}
