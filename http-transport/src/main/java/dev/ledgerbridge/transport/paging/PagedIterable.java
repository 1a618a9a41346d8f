package dev.ledgerbridge.transport.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a paged list, fetched lazily page by page: nothing is requested until iteration
 * starts, and the next page is requested only when the current one is used up. Each call to
 * {@link #iterator()} or {@link #stream()} starts again from the first page. Not thread-safe per
 * iterator.
 *
 * @param <T> item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Supplier<Page<T>> firstPage;

    private PagedIterable(Supplier<Page<T>> firstPage) {
        this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
    }

    /** Items of the pages starting with the one {@code firstPage} fetches. */
    public static <T> PagedIterable<T> of(Supplier<Page<T>> firstPage) {
        return new PagedIterable<>(firstPage);
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(firstPage);
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The pages themselves, lazily. */
    public Iterable<Page<T>> pages() {
        return () -> new PageIterator<>(firstPage);
    }

    private static final class PageIterator<T> implements Iterator<Page<T>> {
        private Supplier<Page<T>> pending;

        PageIterator(Supplier<Page<T>> first) {
            this.pending = first;
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public Page<T> next() {
            if (pending == null) {
                throw new NoSuchElementException();
            }
            Page<T> page = pending.get();
            pending = page.hasNextPage() ? page::nextPage : null;
            return page;
        }
    }

    private static final class ItemIterator<T> implements Iterator<T> {
        private final PageIterator<T> pages;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        ItemIterator(Supplier<Page<T>> first) {
            this.pages = new PageIterator<>(first);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                current = pages.next().items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
