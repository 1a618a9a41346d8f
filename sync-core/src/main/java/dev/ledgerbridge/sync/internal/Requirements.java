package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.Capability;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import java.util.List;

/** Configuration-time checks of connector capabilities, with messages that say which API lacks what. */
public final class Requirements {
    private Requirements() {
    }

    /** Why the connector lacks the capability for the type, in one sentence. */
    public static String lack(Connector system, EntityType<?> type, String verb) {
        String why = system.capabilities().note(type).orElseGet(() -> system.capabilities().of(type).isEmpty()
                ? system.name() + "'s API has no " + type.plural()
                : system.name() + "'s API cannot " + verb + " " + type.plural());
        return system.name() + " cannot " + verb + " " + type.plural() + " (" + why + ")";
    }

    /** Adds a problem unless the system has the capability. */
    public static void require(List<String> problems, String flow, Connector system, EntityType<?> type,
                               Capability capability, String verb) {
        if (!system.capabilities().has(type, capability)) {
            problems.add("flow '" + flow + "': " + lack(system, type, verb));
        }
    }

    /** Adds a problem unless the system can create or update the type. */
    public static void requireWrite(List<String> problems, String flow, Connector system, EntityType<?> type) {
        boolean create = system.capabilities().has(type, Capability.CREATE);
        if (!create && !system.capabilities().has(type, Capability.UPDATE)) {
            problems.add("flow '" + flow + "': " + lack(system, type, "write"));
        }
    }

    /** Adds a problem unless existing records of the type can be found in the system. */
    public static void requireMatchable(List<String> problems, String flow, Connector system, EntityType<?> type) {
        if (!TargetMatcher.canMatch(system, type)) {
            problems.add("flow '" + flow + "': " + system.name() + " can neither search nor list " + type.plural()
                    + ", so records written before an interruption could not be found and would be duplicated");
        }
    }
}
