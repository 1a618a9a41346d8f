package dev.ledgerbridge.transport.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One page of a list result and, if there is one, how to fetch the next. Immutable; fetching the
 * next page happens only when {@link #nextPage()} is called.
 *
 * @param <T> item type
 */
public final class Page<T> {
    private final List<T> items;
    private final Supplier<Page<T>> next;

    private Page(List<T> items, Supplier<Page<T>> next) {
        this.items = List.copyOf(items);
        this.next = next;
    }

    /** A page followed by the page that {@code next} fetches. */
    public static <T> Page<T> of(List<T> items, Supplier<Page<T>> next) {
        return new Page<>(items, Objects.requireNonNull(next, "next"));
    }

    /** The last page. */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /** Items of this page, unmodifiable. */
    public List<T> items() {
        return items;
    }

    /** Whether another page may follow (it may turn out empty). */
    public boolean hasNextPage() {
        return next != null;
    }

    /**
     * Fetches the next page (one API call).
     *
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (next == null) {
            throw new NoSuchElementException("last page");
        }
        return next.get();
    }
}
