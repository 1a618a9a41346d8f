package dev.ledgerbridge.transport;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP response: status, headers (case-insensitive names) and the whole body. Immutable.
 * A response is returned for every status; mapping statuses to exceptions is the clients' job,
 * because only they know how their API reports errors.
 */
public final class ApiResponse {
    private final ApiRequest request;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * Creates a response.
     *
     * @param request the request that produced it
     * @param status  HTTP status code
     * @param headers response headers
     * @param body    body bytes, empty array for none
     */
    public ApiResponse(ApiRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        this.request = Objects.requireNonNull(request, "request");
        this.status = status;
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k, List.copyOf(v));
            }
        });
        this.headers = Collections.unmodifiableMap(h);
        this.body = body == null ? new byte[0] : body.clone();
    }

    /** The request that produced this response. */
    public ApiRequest request() {
        return request;
    }

    /** HTTP status code. */
    public int status() {
        return status;
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** Headers, case-insensitive names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** First value of a header, if present. */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Body bytes (a copy). */
    public byte[] body() {
        return body.clone();
    }

    /** Body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the Content-Type says JSON, or (without a Content-Type) the body looks like JSON. */
    public boolean looksLikeJson() {
        Optional<String> ct = header("Content-Type");
        if (ct.isPresent()) {
            return ct.get().toLowerCase(java.util.Locale.ROOT).contains("json");
        }
        String s = bodyAsString().stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }

    @Override
    public String toString() {
        return "ApiResponse{" + request.endpoint() + " -> " + status + ", " + body.length + " bytes}";
    }
}
