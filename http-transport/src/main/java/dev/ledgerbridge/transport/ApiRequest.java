package dev.ledgerbridge.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the SDK's transport sees it. Immutable; build with {@link #builder()}.
 *
 * <p>Besides method, URI, headers and body, a request carries what the decorators need to treat it
 * correctly: whether it is {@linkplain #repeatable() safe to send again} after a failure, the
 * {@linkplain #rateLimits() rate-limit buckets} it draws from, a per-request timeout, and a short
 * {@linkplain #endpoint() endpoint name} used in logs and error messages. The body is never part of
 * {@link #toString()}, so credentials inside it cannot leak that way.
 */
public final class ApiRequest {
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean repeatable;
    private final Duration timeout;
    private final String endpoint;
    private final List<RateLimit> rateLimits;
    private final List<String> sensitiveValues;
    private final ClientObserver observer;
    private final String system;

    private ApiRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.uri = Objects.requireNonNull(b.uri, "uri");
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body == null ? null : b.body.clone();
        this.repeatable = b.repeatable == null ? isReadMethod(method) : b.repeatable;
        this.timeout = b.timeout;
        this.endpoint = b.endpoint == null ? method + " " + uri.getPath() : b.endpoint;
        this.rateLimits = List.copyOf(b.rateLimits);
        this.sensitiveValues = List.copyOf(b.sensitiveValues);
        this.observer = b.observer;
        this.system = b.system;
    }

    private static boolean isReadMethod(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** Starts a new request. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        Builder b = new Builder().method(method).uri(uri).endpoint(endpoint).timeout(timeout).repeatable(repeatable)
                .observer(observer).system(system);
        headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
        b.body = body;
        b.rateLimits.addAll(rateLimits);
        b.sensitiveValues.addAll(sensitiveValues);
        return b;
    }

    /** HTTP method in upper case. */
    public String method() {
        return method;
    }

    /** Absolute URI including any query string. */
    public URI uri() {
        return uri;
    }

    /** Headers with case-insensitive names; unmodifiable. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** First value of a header, if present. */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Body bytes (a copy), or empty for requests without a body. */
    public Optional<byte[]> body() {
        return body == null ? Optional.empty() : Optional.of(body.clone());
    }

    /** Body decoded as UTF-8, or empty. */
    public Optional<String> bodyAsString() {
        return body == null ? Optional.empty() : Optional.of(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Whether the request may be sent again after a failure without risk of doing its work twice.
     * Defaults to {@code true} for GET/HEAD/OPTIONS and {@code false} for everything else.
     */
    public boolean repeatable() {
        return repeatable;
    }

    /** Per-request timeout overriding the transport's default, if set. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Logical endpoint name, e.g. {@code "POST /settings/get/debtors"}; never contains secrets. */
    public String endpoint() {
        return endpoint;
    }

    /** Rate-limit buckets this request draws one permit from, in order. */
    public List<RateLimit> rateLimits() {
        return rateLimits;
    }

    /**
     * Secret values (API keys, secrets, tokens) that logging must mask wherever they occur: in the URI,
     * headers, the request body and the response, even when the server echoes them in a message.
     */
    public List<String> sensitiveValues() {
        return sensitiveValues;
    }

    /**
     * Who is told about this request's attempts and rate-limit waits (see {@link ClientObserver}); set by the client
     * from {@link ApiClientBuilder#observer(ClientObserver)}.
     *
     * @return the observer, {@link ClientObserver#none()} when unset
     */
    public ClientObserver observer() {
        return observer;
    }

    /**
     * Short lower-case name of the system (API) the request goes to, e.g. {@code buchhaltungsbutler} or
     * {@code accountview}, set by the client; for metrics and logs.
     *
     * @return the name, empty when unset
     */
    public Optional<String> system() {
        return Optional.ofNullable(system);
    }

    @Override
    public String toString() {
        return "ApiRequest{" + endpoint + ", repeatable=" + repeatable + "}";
    }

    /** Builder for {@link ApiRequest}. Not thread-safe. */
    public static final class Builder {
        private String method = "GET";
        private URI uri;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body;
        private Boolean repeatable;
        private Duration timeout;
        private String endpoint;
        private final List<RateLimit> rateLimits = new ArrayList<>();
        private final List<String> sensitiveValues = new ArrayList<>();
        private ClientObserver observer = ClientObserver.none();
        private String system;

        private Builder() {
        }

        /**
         * Who is told about this request's attempts and rate-limit waits; default {@link ClientObserver#none()}.
         *
         * @param observer the observer
         * @return this builder
         * @throws IllegalArgumentException when null
         */
        public Builder observer(ClientObserver observer) {
            if (observer == null) {
                throw new IllegalArgumentException("observer must not be null");
            }
            this.observer = observer;
            return this;
        }

        /**
         * Short lower-case name of the system (API) the request goes to, e.g. {@code buchhaltungsbutler}; null (the
         * default) for none.
         *
         * @param system the name, or null
         * @return this builder
         * @throws IllegalArgumentException when blank
         */
        public Builder system(String system) {
            if (system != null && system.isBlank()) {
                throw new IllegalArgumentException("system must not be blank, was '" + system + "'");
            }
            this.system = system;
            return this;
        }

        /** HTTP method; upper-cased. */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /** Absolute request URI. */
        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(Objects.requireNonNull(value, name));
            return this;
        }

        /** Replaces all values of a header. */
        public Builder setHeader(String name, String value) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            return header(name, value);
        }

        /** Body bytes (copied); {@code null} for none. */
        public Builder body(byte[] body) {
            this.body = body == null ? null : body.clone();
            return this;
        }

        /** Body as UTF-8 text with the given content type. */
        public Builder body(String body, String contentType) {
            setHeader("Content-Type", contentType);
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        /** Marks the request as safe (or not) to send again; see {@link ApiRequest#repeatable()}. */
        public Builder repeatable(boolean repeatable) {
            this.repeatable = repeatable;
            return this;
        }

        /** Per-request timeout; {@code null} for the transport default. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Logical endpoint name for logs and errors. Must not contain secrets. */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Adds a rate-limit bucket the request draws from. */
        public Builder rateLimit(RateLimit limit) {
            rateLimits.add(Objects.requireNonNull(limit, "limit"));
            return this;
        }

        /**
         * Values logging must mask wherever they appear (see {@link ApiRequest#sensitiveValues()}). Values
         * shorter than 4 characters are ignored, since masking them would garble the log without protecting
         * anything. Nulls are ignored.
         */
        public Builder sensitive(String... values) {
            for (String v : values) {
                if (v != null && v.length() >= 4) {
                    sensitiveValues.add(v);
                }
            }
            return this;
        }

        /** Builds the immutable request. */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
