package dev.ledgerbridge.sync.buchhaltungsbutler;

import java.util.Iterator;
import java.util.function.Function;

/** An iterator mapping each element lazily, so pages are fetched only as the engine iterates. */
final class MappingIterator<S, T> implements Iterator<T> {
    private final Iterator<S> source;
    private final Function<S, T> mapping;

    MappingIterator(Iterator<S> source, Function<S, T> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public T next() {
        return mapping.apply(source.next());
    }
}
