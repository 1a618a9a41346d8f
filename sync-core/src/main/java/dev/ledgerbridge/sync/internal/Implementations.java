package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.Capabilities;
import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.Entities;
import dev.ledgerbridge.sync.spi.EntityLookup;
import dev.ledgerbridge.sync.spi.EntityReader;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.EntityWriter;
import dev.ledgerbridge.sync.spi.UnsupportedCapabilityException;
import java.util.List;

/**
 * The engine's access to a connector's {@link Entities}, and the configuration check that every declared
 * capability has its implementation. A missing one at run time is a bug the check should have caught.
 */
public final class Implementations {
    private Implementations() {
    }

    /** The connector's reader of the type. */
    public static <T> EntityReader<T> reader(Connector system, EntityType<T> type) {
        return system.entities().reader(type).orElseThrow(() -> missing(system, type, "reader"));
    }

    /** The connector's lookup of the type. */
    public static <T> EntityLookup<T> lookup(Connector system, EntityType<T> type) {
        return system.entities().lookup(type).orElseThrow(() -> missing(system, type, "lookup"));
    }

    /** The connector's writer of the type. */
    public static <T> EntityWriter<T> writer(Connector system, EntityType<T> type) {
        return system.entities().writer(type).orElseThrow(() -> missing(system, type, "writer"));
    }

    private static UnsupportedCapabilityException missing(Connector system, EntityType<?> type, String kind) {
        return new UnsupportedCapabilityException(system.name() + " registers no " + kind + " of " + type.plural());
    }

    /**
     * Adds a problem for every capability the connector declares without registering its implementation in
     * {@link Connector#entities()}, naming connector, entity type and capability.
     */
    public static void requireRegistered(List<String> problems, Connector system) {
        Capabilities declared = system.capabilities();
        Entities entities = system.entities();
        for (EntityType<?> type : EntityType.values()) {
            for (Capability capability : declared.of(type)) {
                String kind = switch (capability) {
                    case READ, READ_CHANGES -> entities.readable().contains(type) ? null : "reader";
                    case CREATE, UPDATE, BATCH_CREATE -> entities.writable().contains(type) ? null : "writer";
                    default -> null;
                };
                if (kind != null) {
                    problems.add(unregistered(system, type, capability.toString(), kind));
                }
            }
            if (!declared.searchKeys(type).isEmpty() && !entities.searchable().contains(type)) {
                problems.add(unregistered(system, type, "search keys " + declared.searchKeys(type), "lookup"));
            }
        }
    }

    private static String unregistered(Connector system, EntityType<?> type, String declaration, String kind) {
        return "connector " + system.name() + " declares " + declaration + " for " + type.plural()
                + " but registers no " + kind + " of " + type.plural() + " in entities()";
    }
}
