package dev.ledgerbridge.transport.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
    private final List<Integer> fetchedOffsets = new ArrayList<>();

    /** An offset-paged source of {@code total} numbers, {@code size} per page; stops on a short page. */
    private Page<Integer> fetch(int offset, int size, int total) {
        fetchedOffsets.add(offset);
        List<Integer> items = IntStream.range(offset, Math.min(offset + size, total)).boxed().toList();
        return items.size() < size ? Page.last(items) : Page.of(items, () -> fetch(offset + size, size, total));
    }

    @Test
    void iteratesAcrossPageBoundariesFetchingLazily() {
        PagedIterable<Integer> all = PagedIterable.of(() -> fetch(0, 10, 25));
        assertEquals(List.of(), fetchedOffsets, "nothing fetched before iteration");

        var it = all.iterator();
        for (int i = 0; i < 10; i++) {
            assertEquals(i, it.next());
        }
        assertEquals(List.of(0), fetchedOffsets, "second page not fetched before it is needed");
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertEquals(IntStream.range(10, 25).boxed().toList(), rest);
        assertEquals(List.of(0, 10, 20), fetchedOffsets);
    }

    @Test
    void anExactMultipleOfThePageSizeEndsWithOneEmptyPage() {
        List<Integer> all = PagedIterable.of(() -> fetch(0, 10, 20)).stream().collect(Collectors.toList());
        assertEquals(20, all.size());
        assertEquals(List.of(0, 10, 20), fetchedOffsets);
    }

    @Test
    void anEmptyFirstPageYieldsNothing() {
        PagedIterable<Integer> none = PagedIterable.of(() -> fetch(0, 10, 0));
        assertFalse(none.iterator().hasNext());
        assertEquals(0, none.stream().count());
        assertEquals(List.of(0, 0), fetchedOffsets, "each iteration starts from the first page");
    }

    @Test
    void streamIsLazyAndShortCircuits() {
        List<Integer> firstFive = PagedIterable.of(() -> fetch(0, 10, 1000)).stream().limit(5).toList();
        assertEquals(List.of(0, 1, 2, 3, 4), firstFive);
        assertEquals(List.of(0), fetchedOffsets);
    }

    @Test
    void pagesAreExposedToo() {
        int pages = 0;
        for (Page<Integer> p : PagedIterable.of(() -> fetch(0, 7, 15)).pages()) {
            pages++;
            assertFalse(p.items().isEmpty());
        }
        assertEquals(3, pages);
    }
}
