package dev.ledgerbridge.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests an emulator received. Every request is counted exactly once, under its <em>endpoint key</em>:
 * method and path as the API names them ({@code "POST /settings/add/debtor"}, {@code "POST /receipts/get/{id}"},
 * {@code "POST /token"}), and for AccountView's data calls also the business object
 * ({@code "POST /accountviewdata AR1"}, {@code "GET /accountviewdata SO1"}). Requests answered with an error or an
 * injected fault count too.
 *
 * <p>So the values of {@link #snapshot()} add up to {@link #total()}. Where the business object does not matter,
 * {@link #countByPath(String)} and {@link #snapshotByPath()} group the endpoint keys by their <em>path key</em>
 * (method and path, the first two words: {@code "POST /accountviewdata"}). Thread-safe.
 */
public final class RequestStats {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /**
     * Records one request under its endpoint key; the total grows by one. Called by the emulators; users normally
     * only read.
     *
     * @param endpoint the most specific key of the request, e.g. {@code "POST /accountviewdata AR1"}
     */
    public void record(String endpoint) {
        counts.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        total.increment();
    }

    /**
     * Returns how many requests had exactly this endpoint key since start or the last {@link #reset()}.
     *
     * @param endpoint the endpoint key, e.g. {@code "POST /settings/get/debtors"} or
     *     {@code "GET /accountviewdata AR1"}
     * @return the count, 0 for endpoints never called
     */
    public long count(String endpoint) {
        LongAdder adder = counts.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * Returns how many requests went to a method and path, whatever the business object: the sum of the counts of
     * all endpoint keys whose path key is {@code pathKey}.
     *
     * @param pathKey method and path, e.g. {@code "POST /accountviewdata"}
     * @return the count, 0 if none
     */
    public long countByPath(String pathKey) {
        long sum = 0;
        for (Map.Entry<String, LongAdder> e : counts.entrySet()) {
            if (pathKey(e.getKey()).equals(pathKey)) {
                sum += e.getValue().sum();
            }
        }
        return sum;
    }

    /**
     * Returns the number of all requests since start or the last {@link #reset()}.
     *
     * @return the total count, equal to the sum of {@link #snapshot()}'s values
     */
    public long total() {
        return total.sum();
    }

    /**
     * Returns a sorted copy of the counts per endpoint key; each request is in exactly one entry.
     *
     * @return endpoint key to count, never null
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /**
     * Returns a sorted copy of the counts per path key (see {@link #countByPath(String)}); each request is in
     * exactly one entry.
     *
     * @return path key (method and path) to count, never null
     */
    public Map<String, Long> snapshotByPath() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.merge(pathKey(k), v.sum(), Long::sum));
        return copy;
    }

    /** Sets all counts back to zero. */
    public void reset() {
        counts.clear();
        total.reset();
    }

    /** Returns the counts per endpoint key, for logs and assertion messages. */
    @Override
    public String toString() {
        return "RequestStats" + snapshot();
    }

    private static String pathKey(String endpoint) {
        int first = endpoint.indexOf(' ');
        int second = first < 0 ? -1 : endpoint.indexOf(' ', first + 1);
        return second < 0 ? endpoint : endpoint.substring(0, second);
    }
}
