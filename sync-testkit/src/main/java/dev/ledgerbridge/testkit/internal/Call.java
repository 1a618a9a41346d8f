package dev.ledgerbridge.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One received HTTP request, decoupled from {@code HttpExchange}.
 *
 * @param method upper-case HTTP method
 * @param path the request path without query
 * @param query the raw query string, or null
 * @param headers request headers (keys as sent; look up with {@link #header(String)})
 * @param body the request body, never null
 */
public record Call(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    /**
     * Returns the first value of a header, case-insensitively.
     *
     * @param name header name
     * @return the value or null
     */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
