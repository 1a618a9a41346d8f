package dev.ledgerbridge.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests an emulator received, per endpoint key such as {@code "POST /settings/add/debtor"}.
 * Every request is counted, including ones answered with an error or an injected fault. Thread-safe.
 */
public final class RequestStats {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /**
     * Records one request under one or more keys (e.g. a general and a more specific one); the total grows by one.
     * Called by the emulators; users normally only read.
     *
     * @param endpointKeys the endpoint keys of the request
     */
    public void record(String... endpointKeys) {
        for (String key : endpointKeys) {
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
        total.increment();
    }

    /**
     * Returns how many requests hit an endpoint since start or the last {@link #reset()}.
     *
     * @param endpoint the endpoint key, e.g. {@code "POST /settings/get/debtors"}
     * @return the count, 0 for endpoints never called
     */
    public long count(String endpoint) {
        LongAdder adder = counts.get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * Returns the number of all requests since start or the last {@link #reset()}.
     *
     * @return the total count
     */
    public long total() {
        return total.sum();
    }

    /**
     * Returns a sorted copy of all counts.
     *
     * @return endpoint key to count, never null
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Sets all counts back to zero. */
    public void reset() {
        counts.clear();
        total.reset();
    }

    /** Returns the counts, for logs and assertion messages. */
    @Override
    public String toString() {
        return "RequestStats" + snapshot();
    }
}
