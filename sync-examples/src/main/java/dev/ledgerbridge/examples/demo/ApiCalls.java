package dev.ledgerbridge.examples.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The API calls one system received during a run, by endpoint (e.g. {@code "POST /settings/add/debtor"}).
 *
 * @param system     the system's name
 * @param total      all calls
 * @param byEndpoint calls per endpoint
 */
public record ApiCalls(String system, long total, Map<String, Long> byEndpoint) {

    /** Copies the map, sorted by endpoint. */
    public ApiCalls {
        byEndpoint = Map.copyOf(new TreeMap<>(byEndpoint));
    }

    /**
     * Sums the counts of endpoints that look like writes (POST/PUT to creating or updating endpoints; BB reads are
     * POSTs too, so its read endpoints contain {@code /get}).
     *
     * @return the number of write calls
     */
    public long writes() {
        return byEndpoint.entrySet().stream().filter(e -> isWrite(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static boolean isWrite(String endpoint) {
        String e = endpoint.toLowerCase(java.util.Locale.ROOT);
        if (e.startsWith("get ") || e.contains("/get") || e.contains("token") || e.startsWith("read")
                || e.startsWith("find")) {
            return false;
        }
        return e.startsWith("put ") || e.startsWith("post ") || e.startsWith("create") || e.startsWith("update");
    }
}
