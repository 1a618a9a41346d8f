package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.transport.internal.Texts;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text lengths a target declares it holds ({@code Capabilities.maxLengths}), checked before anything is
 * written, and in dry runs, so that a dry run's plan equals the run (AccountView refuses a 41-character debtor name
 * only once it is sent).
 */
final class TargetLimits {
    private TargetLimits() {
    }

    /**
     * Throws when a field of the value is longer than the target holds.
     *
     * @throws IllegalArgumentException naming each field, its length and the target's limit
     */
    static <T> void requireWithin(Connector target, EntityType<T> type, T value) {
        Map<String, Integer> limits = target.capabilities().maxLengths(type);
        if (limits.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (RecordComponent c : type.modelType().getRecordComponents()) {
            Integer max = limits.get(c.getName());
            if (max == null) {
                continue;
            }
            if (HeldFields.read(type, value, c) instanceof String text && text.length() > max) {
                problems.add("field '" + c.getName() + "' = '" + Texts.abbreviate(text) + "' (" + text.length()
                        + " characters): " + target.name() + " holds at most " + max);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
