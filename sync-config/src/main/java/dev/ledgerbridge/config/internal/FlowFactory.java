package dev.ledgerbridge.config.internal;

import dev.ledgerbridge.config.FlowConfig;
import dev.ledgerbridge.config.SystemName;
import dev.ledgerbridge.sync.flow.OrderFlow;
import dev.ledgerbridge.sync.flow.SyncFlow;
import dev.ledgerbridge.sync.flow.SyncFlows;
import dev.ledgerbridge.sync.flow.UpsertFlow;
import dev.ledgerbridge.sync.model.OrderType;
import dev.ledgerbridge.sync.spi.Connector;
import java.util.Map;
import java.util.function.Function;

/** Turns a {@link FlowConfig} into a flow through {@link SyncFlows}, on the connectors of the two systems. */
public final class FlowFactory {
    private FlowFactory() {
    }

    /**
     * Builds the flow.
     *
     * @param flow       the flow's configuration
     * @param connectors the connector of each system
     * @return the flow
     */
    public static SyncFlow build(FlowConfig flow, Function<SystemName, Connector> connectors) {
        Connector source = connectors.apply(flow.from());
        Connector target = connectors.apply(flow.to());
        return switch (flow.entity()) {
            case CUSTOMERS -> upsert(SyncFlows.customers(source, target), flow);
            case PRODUCTS -> upsert(SyncFlows.products(source, target), flow);
            case CATEGORIES -> upsert(SyncFlows.categories(source, target), flow);
            case STOCK -> upsert(SyncFlows.stock(source, target), flow);
            case ORDERS -> orders(SyncFlows.orders(source, target), flow, connectors);
        };
    }

    private static <T> SyncFlow upsert(UpsertFlow.Builder<T> b, FlowConfig flow) {
        b.name(flow.name());
        flow.settings().ifPresent(b::settings);
        return b.build();
    }

    private static SyncFlow orders(OrderFlow.Builder b, FlowConfig flow, Function<SystemName, Connector> connectors) {
        b.name(flow.name());
        flow.settings().ifPresent(b::settings);
        flow.productCatalog().map(connectors).ifPresent(b::productCatalog);
        flow.namespacedReferences().ifPresent(b::namespacedReferences);
        for (Map.Entry<OrderType, OrderType> e : flow.typeMappings().entrySet()) {
            b.typeMapping(e.getKey(), e.getValue());
        }
        return b.build();
    }
}
