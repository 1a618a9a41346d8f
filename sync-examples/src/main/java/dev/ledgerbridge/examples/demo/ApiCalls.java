package dev.ledgerbridge.examples.demo;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API calls one system received during a run, by endpoint (e.g. {@code "POST /settings/add/debtor"}).
 *
 * @param system     the system's name
 * @param total      all calls
 * @param byEndpoint calls per endpoint, each call under one key (e.g. {@code "GET /accountviewdata AR1"})
 */
public record ApiCalls(String system, long total, Map<String, Long> byEndpoint) {

    /** Copies the map, sorted by endpoint. */
    public ApiCalls {
        byEndpoint = Collections.unmodifiableMap(new TreeMap<>(byEndpoint));
    }

    /**
     * Counts the calls that try to write (created, updated or refused): POST/PUT to writing endpoints, and for
     * in-memory connectors the {@code create}/{@code update} operations. BuchhaltungsButler reads are POSTs too;
     * their endpoints contain {@code /get}.
     *
     * @return the number of write calls
     */
    public long writes() {
        return byEndpoint.entrySet().stream().filter(e -> isWrite(e.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
    }

    static boolean isWrite(String endpoint) {
        String e = endpoint.toLowerCase(Locale.ROOT);
        if (e.contains("/get") || e.contains("/token")) {
            return false;
        }
        return e.startsWith("put ") || e.startsWith("post ") || e.startsWith("create") || e.startsWith("update");
    }
}
