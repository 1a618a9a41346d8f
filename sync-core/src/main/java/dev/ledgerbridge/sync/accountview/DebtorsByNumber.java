package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.data.Filter;
import dev.ledgerbridge.accountview.model.Debtor;
import dev.ledgerbridge.accountview.model.Debtors;
import dev.ledgerbridge.transport.error.ApiErrorException;
import dev.ledgerbridge.transport.paging.Page;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The debtors of one read of orders, looked up by number and kept for the rest of that read. The numbers a page of
 * orders needs are read together: up to {@link #CHUNK} numbered {@code SUB_NR Equal} filters OR-ed with
 * {@code MatchAnyFilter} per request, instead of one request per debtor.
 *
 * <p>{@code MatchAnyFilter} is seen in use but not confirmed, so the batch falls back to one read per debtor for
 * the rest of the read when the server rejects the query (HTTP 4xx), or when it finds none of several numbers
 * that exist one by one (a server that ignores the flag AND-s the filters and finds nothing). Not thread-safe.
 */
final class DebtorsByNumber {
    /** Numbers per batch query: keeps the query string around 5 KB. */
    static final int CHUNK = 50;

    private final Debtors debtors;
    private final Map<String, Optional<Debtor>> known = new HashMap<>();
    private boolean batching = true;

    DebtorsByNumber(Debtors debtors) {
        this.debtors = debtors;
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
        for (int i = 0; i < todo.size(); i += CHUNK) {
            List<String> chunk = todo.subList(i, Math.min(todo.size(), i + CHUNK));
            if (batching && chunk.size() > 1) {
                readTogether(chunk);
            } else {
                chunk.forEach(this::readOne);
            }
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

    private void readTogether(List<String> chunk) {
        DataQuery query = debtors.query().filter(chunk.stream().map(n -> Filter.equal("SUB_NR", n))
                .toArray(Filter[]::new)).matchAnyFilter(true).pageSize(chunk.size()).build();
        List<Debtor> found;
        try {
            // one page holds every match: a full page must not trigger a read of the next one
            Iterator<Page<Debtor>> pages = debtors.list(query).pages().iterator();
            found = pages.hasNext() ? pages.next().items() : List.of();
        } catch (ApiErrorException rejected) {
            batching = false;
            chunk.forEach(this::readOne);
            return;
        }
        boolean anyAsked = false;
        for (Debtor d : found) {
            String k = d.number() == null ? null : key(d.number());
            if (k != null && chunk.stream().anyMatch(n -> key(n).equals(k))) {
                known.put(k, Optional.of(d));
                anyAsked = true;
            }
        }
        if (!anyAsked) {
            chunk.forEach(this::readOne);
            batching = chunk.stream().noneMatch(n -> known.get(key(n)).isPresent());
            return;
        }
        chunk.forEach(n -> known.putIfAbsent(key(n), Optional.empty()));
    }

    private void readOne(String number) {
        known.put(key(number), debtors.byNumber(number));
    }

    private static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
