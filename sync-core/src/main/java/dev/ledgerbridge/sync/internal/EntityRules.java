package dev.ledgerbridge.sync.internal;

import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.spi.Connector;
import dev.ledgerbridge.sync.spi.EntityType;
import dev.ledgerbridge.sync.spi.Mapper;
import dev.ledgerbridge.sync.spi.MatchStrategy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the create-or-update flows of the entity types: defaults, extra configuration checks,
 * how a mapped record becomes items to write, and which of its values are personal data.
 *
 * @param <T> the model type
 */
public interface EntityRules<T> {
    /** The entity type. */
    EntityType<T> type();

    /** The default mapper. */
    Mapper<T> defaultMapper();

    /** The default match strategy. */
    MatchStrategy<T> defaultMatch();

    /** Extra configuration problems. */
    default List<String> problems(Connector source, Connector target, Settings settings) {
        return List.of();
    }

    /** A reason to write nothing at all in this flow (reported as a note), e.g. stock not managed. */
    default Optional<String> skipFlow(Connector target, Settings settings) {
        return Optional.empty();
    }

    /** The items to write for one mapped source record. */
    default List<Item<T>> expand(String sourceId, T mapped, Connector target, Settings settings) {
        return List.of(Item.of(sourceId, mapped, List.of()));
    }

    /** Values of the record that are personal data, redacted in the activity log. */
    default Collection<String> personalData(T value) {
        return List.of();
    }
}
