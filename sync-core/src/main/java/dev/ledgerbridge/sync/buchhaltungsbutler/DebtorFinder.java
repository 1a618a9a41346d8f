package dev.ledgerbridge.sync.buchhaltungsbutler;

import dev.ledgerbridge.buchhaltungsbutler.DebtorService;
import dev.ledgerbridge.buchhaltungsbutler.model.Debtor;
import dev.ledgerbridge.transport.paging.Page;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds debtors by number in BuchhaltungsButler's debtor list, which has no get-by-number and no filter.
 *
 * <p>BB gives a new debtor the next free number, and lists debtors (as far as observed; the order is undocumented)
 * in the order they were created. So a debtor's row is expected at its number's distance from a row whose position
 * is known, or from the start of its number range: the finder reads the page holding that spot, aims again at most
 * twice when the rows show the list elsewhere, and only then sweeps the list from the start, stopping as soon as it
 * has found every number. The order only guides the reading; a debtor is recognised by its number alone, so a list
 * in another order costs calls, never correctness. Thread-safe.
 */
final class DebtorFinder {
    /** Aimed reads before falling back to a sweep from the start. */
    private static final int AIMED_READS = 3;
    private final DebtorService debtors;
    private final int pageSize;
    /** A row seen in the list as {number, position}, the reference for the next guess; null before any read. */
    private volatile long[] anchor;

    DebtorFinder(DebtorService debtors, int pageSize) {
        this.debtors = debtors;
        this.pageSize = pageSize;
    }

    /** Notes that the debtor {@code number} was the row at {@code position} of the list. */
    void seen(long number, long position) {
        anchor = new long[] {number, position};
    }

    /**
     * The debtors with these numbers that the list holds (numbers it lacks are absent from the answer).
     *
     * @param numbers the debtors wanted
     * @param onRow   receives every row read on the way
     */
    Map<Long, Debtor> find(Collection<Long> numbers, Consumer<Debtor> onRow) {
        TreeSet<Long> wanted = new TreeSet<>(numbers);
        Map<Long, Debtor> found = new HashMap<>();
        for (int read = 0; read < AIMED_READS && !wanted.isEmpty(); read++) {
            if (!readAround(wanted, found, onRow)) {
                break;
            }
        }
        if (!wanted.isEmpty()) {
            read(0, wanted, found, onRow, Long.MAX_VALUE);
        }
        return found;
    }

    /** One aimed read; false when the rows do not look ordered by number, so aiming again makes no sense. */
    private boolean readAround(TreeSet<Long> wanted, Map<Long, Debtor> found, Consumer<Debtor> onRow) {
        long first = wanted.first();
        long span = wanted.last() - first;
        // whole pages (0, pageSize, 2 pageSize, ...): updates of neighbours then find a page already read and held
        long offset = expectedPosition(first) / pageSize * pageSize;
        return read(offset, wanted, found, onRow, span / pageSize + 2);
    }

    /**
     * Reads pages from {@code offset} until every wanted number is found, the list ends, the rows pass the highest
     * wanted number, or {@code maxPages} pages were read; true when the rows read were ascending and not empty.
     */
    private boolean read(long offset, TreeSet<Long> wanted, Map<Long, Debtor> found, Consumer<Debtor> onRow,
                         long maxPages) {
        long position = offset;
        long pages = 0;
        Long previous = null;
        boolean ascending = true;
        for (Page<Debtor> page : debtors.list(pageSize, (int) Math.min(Integer.MAX_VALUE, offset)).pages()) {
            for (Debtor d : page.items()) {
                Long number = d.postingaccountNumber();
                onRow.accept(d);
                if (number == null) {
                    position++;
                    continue;
                }
                if (!wanted.isEmpty() && (previous == null || number < wanted.first())) {
                    seen(number, position); // the row nearest to what is still wanted
                }
                ascending &= previous == null || number > previous;
                previous = number;
                position++;
                if (wanted.remove(number)) {
                    found.put(number, d);
                }
            }
            pages++;
            if (wanted.isEmpty() || pages >= maxPages || maxPages != Long.MAX_VALUE && ascending && previous != null
                    && previous >= wanted.last()) {
                break;
            }
        }
        if (previous == null && offset > 0) {
            // the list ended before the aim: aim one page earlier next time
            seen(wanted.first(), Math.max(0, offset - pageSize));
            return true;
        }
        return previous != null && ascending;
    }

    /** Where the number's row should be: counted from the anchor, else from the start of its number range. */
    private long expectedPosition(long number) {
        long[] a = anchor;
        if (a != null) {
            return Math.max(0, a[1] + (number - a[0]));
        }
        long rangeStart = 1;
        for (long n = number; n >= 10; n /= 10) {
            rangeStart *= 10;
        }
        return Math.max(0, number - rangeStart - 1);
    }
}
