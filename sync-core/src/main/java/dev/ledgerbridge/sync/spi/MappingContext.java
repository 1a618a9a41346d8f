package dev.ledgerbridge.sync.spi;

import dev.ledgerbridge.sync.Settings;
import java.util.Objects;

/**
 * What a {@link Mapper} may consult: the two systems and the settings.
 *
 * @param source   the connector records come from
 * @param target   the connector records go to
 * @param settings the sync settings
 */
public record MappingContext(Connector source, Connector target, Settings settings) {
    /** Checks that all parts are present. */
    public MappingContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(settings, "settings");
    }
}
