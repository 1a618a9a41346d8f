package dev.ledgerbridge.sync.spi;

import java.util.Objects;

/**
 * Turns a source record into the record to write to the target, both in the canonical model. Connectors
 * handle the systems' own formats; a mapper decides which values travel and how they change on the way.
 * Replace a whole entity's mapper, or chain a field change after the default with {@link #andThen}:
 * <pre>{@code
 * Mapper<Product> m = Mappers.product().andThen((p, ctx) -> p.toBuilder().name(p.name().trim()).build());
 * }</pre>
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface Mapper<T> {
    /**
     * Maps one record. Throw {@link IllegalArgumentException} with a clear message to fail just this record.
     *
     * @param source  the record as read from the source
     * @param context the systems and settings
     * @return the record to write
     */
    T map(T source, MappingContext context);

    /** This mapper followed by another one. */
    default Mapper<T> andThen(Mapper<T> next) {
        Objects.requireNonNull(next, "next");
        return (source, context) -> next.map(map(source, context), context);
    }

    /** The mapper that changes nothing. */
    static <T> Mapper<T> identity() {
        return (source, context) -> source;
    }
}
