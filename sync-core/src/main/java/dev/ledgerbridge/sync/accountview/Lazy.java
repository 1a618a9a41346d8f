package dev.ledgerbridge.sync.accountview;

import java.util.Iterator;
import java.util.function.Function;

/** An iterable that maps another one's elements as iteration proceeds (pages are fetched lazily). */
final class Lazy {
    private Lazy() {
    }

    static <A, B> Iterable<B> map(Iterable<A> source, Function<A, B> f) {
        return () -> {
            Iterator<A> it = source.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public B next() {
                    return f.apply(it.next());
                }
            };
        };
    }
}
