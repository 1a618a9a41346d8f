package dev.ledgerbridge.accountview.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a header model carries its lines.
 *
 * @param <T>     header model
 * @param <L>     line model
 * @param mapping the line mapping
 * @param get     the lines of a header
 * @param with    a header with the given lines
 */
public record Lines<T, L>(FieldMapping<L> mapping, Function<T, List<L>> get, BiFunction<T, List<L>, T> with) {
}
