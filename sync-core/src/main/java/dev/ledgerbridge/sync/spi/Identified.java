package dev.ledgerbridge.sync.spi;

import java.util.Objects;

/**
 * A record together with its id in the system it was read from.
 *
 * @param id    the system's id (e.g. BuchhaltungsButler {@code postingaccount_number}, AccountView {@code SUB_NR})
 * @param value the record in the canonical model
 * @param <T>   the model type
 */
public record Identified<T>(String id, T value) {
    /** Checks that both parts are present. */
    public Identified {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
    }
}
