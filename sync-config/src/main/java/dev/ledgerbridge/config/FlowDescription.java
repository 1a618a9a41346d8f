package dev.ledgerbridge.config;

import java.util.List;

/**
 * What one configured flow will do, in plain words, for a {@code check} command or a health page
 * ({@link ConfiguredSync#describe()}); computed from the configuration without calling either system.
 *
 * @param name     the flow's name
 * @param entity   what it carries
 * @param from     the source system
 * @param to       the target system
 * @param enabled  whether it runs
 * @param matchKey how a source record is matched in the target, e.g. "e-mail address"
 * @param rules    what happens to a record, one sentence each (create, update, skip), in order
 */
public record FlowDescription(String name, FlowEntity entity, SystemName from, SystemName to, boolean enabled,
                              String matchKey, List<String> rules) {

    /**
     * Copies the rules.
     *
     * @throws NullPointerException when a component is null
     */
    public FlowDescription {
        rules = List.copyOf(rules);
    }

    /**
     * One line: {@code name: entity from -> to (match by ...)}.
     *
     * @return the summary
     */
    public String summary() {
        return name + ": " + entity.key() + " " + from.displayName() + " -> " + to.displayName()
                + " (match by " + matchKey + ")" + (enabled ? "" : " [disabled]");
    }
}
