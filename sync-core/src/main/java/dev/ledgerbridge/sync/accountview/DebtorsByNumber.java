package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.Debtors;
import dev.ledgerbridge.transport.error.ApiErrorException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.paging.Page;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The debtors of one read of orders, looked up by number and kept for the rest of that read. The numbers a page of
 * orders needs are read together: numbered {@code SUB_NR Equal} filters OR-ed with {@code MatchAnyFilter}, at most
 * {@link #CHUNK} per request, instead of one request per debtor.
 *
 * <p>{@code MatchAnyFilter} is seen in use but not confirmed, and the longest query string a server takes is
 * unknown. So a rejected batch (HTTP 4xx other than 401/403/429) halves the batch size, down to one read per debtor;
 * a batch that finds none of several numbers that exist one by one (a server ignoring the flag AND-s the filters)
 * ends batching. The size learnt is shared through {@code limit} with later reads. Not thread-safe.
 */
final class DebtorsByNumber {
    /** Numbers per batch query to start with: a query string of about 5 KB. */
    static final int CHUNK = 50;

    private final Debtors debtors;
    private final AtomicInteger limit;
    private final Map<String, Optional<Debtor>> known = new HashMap<>();

    /**
     * A lookup for one read.
     *
     * @param debtors the debtors to read
     * @param limit   numbers per batch query, lowered when the server rejects a batch; 1 reads one by one
     */
    DebtorsByNumber(Debtors debtors, AtomicInteger limit) {
        this.debtors = debtors;
        this.limit = limit;
    }

    /** Reads the debtors among {@code numbers} not read yet; blank numbers are ignored. */
    void prefetch(Collection<String> numbers) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String n : numbers) {
            if (n != null && !n.isBlank() && !known.containsKey(key(n))) {
                missing.putIfAbsent(key(n), n.strip());
            }
        }
        List<String> todo = List.copyOf(missing.values());
        for (int i = 0; i < todo.size(); ) {
            List<String> chunk = todo.subList(i, Math.min(todo.size(), i + Math.max(1, limit.get())));
            if (chunk.size() == 1) {
                readOne(chunk.get(0));
            } else if (!readTogether(chunk)) {
                continue; // rejected: the limit is lower now, retry from the same number
            }
            i += chunk.size();
        }
    }

    /** The debtor with this number, read now if no prefetch covered it; null for a blank or unknown number. */
    Debtor get(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        if (!known.containsKey(key(number))) {
            readOne(number.strip());
        }
        return known.get(key(number)).orElse(null);
    }

    /** Reads a chunk in one query; false, with a lower limit, when the server rejected the query. */
    private boolean readTogether(List<String> chunk) {
        DataQuery query = debtors.query().filter(chunk.stream().map(n -> Filter.equal("SUB_NR", n))
                .toArray(Filter[]::new)).matchAnyFilter(true).pageSize(chunk.size()).build();
        List<Debtor> found;
        try {
            // one page holds every match: a full page must not trigger a read of the next one
            Iterator<Page<Debtor>> pages = debtors.list(query).pages().iterator();
            found = pages.hasNext() ? pages.next().items() : List.of();
        } catch (ApiErrorException | NotFoundException rejected) {
            // 400 for an unknown parameter, 404 or 414 for a query string too long: try fewer numbers
            limit.accumulateAndGet(chunk.size() / 2, Math::min);
            return false;
        }
        Map<String, String> asked = new HashMap<>();
        chunk.forEach(n -> asked.put(key(n), n));
        boolean anyFound = false;
        for (Debtor d : found) {
            if (d.number() != null && asked.containsKey(key(d.number()))) {
                known.put(key(d.number()), Optional.of(d));
                anyFound = true;
            }
        }
        if (!anyFound) {
            chunk.forEach(this::readOne);
            if (chunk.stream().anyMatch(n -> known.get(key(n)).isPresent())) {
                limit.set(1);
            }
            return true;
        }
        chunk.forEach(n -> known.putIfAbsent(key(n), Optional.empty()));
        return true;
    }

    private void readOne(String number) {
        known.put(key(number), debtors.byNumber(number));
    }

    private static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
