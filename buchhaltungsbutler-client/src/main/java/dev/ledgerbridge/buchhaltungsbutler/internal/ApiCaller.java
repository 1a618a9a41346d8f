package dev.ledgerbridge.buchhaltungsbutler.internal;

import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerClient;
import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledgerbridge.buchhaltungsbutler.model.BatchResult;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.RateLimit;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.error.TransportException;
import dev.ledgerbridge.transport.internal.Json;
import dev.ledgerbridge.transport.paging.Page;
import dev.ledgerbridge.transport.paging.PagedIterable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one API call for one tenant: merges {@code api_key} into the JSON body, adds Basic auth,
 * names the rate-limit buckets, marks reads repeatable, and turns the envelope into the payload or
 * a typed exception. Thread-safe and immutable.
 */
public final class ApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);

    private final ClientSettings settings;
    private final String apiKey;
    private final String keyHash;
    private final ErrorMapper errors;

    public ApiCaller(ClientSettings settings, String apiKey) {
        this.settings = settings;
        this.apiKey = apiKey;
        this.keyHash = Secrets.fingerprint(apiKey);
        this.errors = new ErrorMapper(settings, apiKey);
    }

    /** A caller for another tenant on the same transport and settings. */
    public ApiCaller forApiKey(String otherKey) {
        return new ApiCaller(settings, otherKey);
    }

    /** Shared settings. */
    public ClientSettings settings() {
        return settings;
    }

    /** Hash of the api_key, safe to show. */
    public String keyHash() {
        return keyHash;
    }

    /** The transport's mapper, reading an empty string as null (the API's "not set") into text fields. */
    private static final ObjectMapper MAPPER = Json.mapper().copy().registerModule(
            new SimpleModule("bb-empty-text-is-null").addDeserializer(String.class,
                    new EmptyAsNullStringDeserializer()));

    /** The JSON mapper: the transport's, except that an empty string reads as null into text fields. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Validates a request object, then converts it to a JSON body. */
    public ObjectNode body(Endpoint ep, Object request) {
        Checks.on(ep).bean("", request).throwIfAny();
        return mapper().valueToTree(request);
    }

    /** Validates a request, sends it and returns the id the server assigned ({@code id_by_customer}). */
    public long create(Endpoint ep, Object request) {
        return Checks.longField(call(ep, body(ep, request)), "id_by_customer", ep);
    }

    /**
     * Sends already validated batch items as the array {@code key}, each converted by the JSON
     * mapper, and reads the per-item results from the same key.
     */
    public <T> BatchResult batch(Endpoint ep, String key, List<T> items) {
        return batch(ep, key, items, item -> mapper().valueToTree(item));
    }

    /** As {@link #batch(Endpoint, String, List)}, with each item converted by {@code toJson}. */
    public <T> BatchResult batch(Endpoint ep, String key, List<T> items, Function<T, JsonNode> toJson) {
        ObjectNode body = emptyBody();
        body.set(key, Checks.array(items, toJson));
        return Checks.batch(call(ep, body), key, ep);
    }

    /**
     * A query-filtered list: the query validated (before its page size is read) and sent as filters,
     * in pages of the query's size or else the default.
     */
    public <Q, T> PagedIterable<T> pagedQuery(Endpoint ep, Q query, Function<Q, Integer> pageSize,
            int defaultPageSize, Class<T> type) {
        ObjectNode filters = body(ep, query);
        Integer size = pageSize.apply(query);
        return paged(ep, filters, size == null ? defaultPageSize : size, type);
    }

    /** An empty JSON body. */
    public ObjectNode emptyBody() {
        return mapper().createObjectNode();
    }

    /** Sends the body to the endpoint and returns the successful response's JSON root. */
    public JsonNode call(Endpoint ep, ObjectNode body) {
        return call(ep, null, body);
    }

    /**
     * Sends the body to the endpoint, with {@code id} as trailing path segment on by-id routes.
     * Writes refused with "temporarily restricted" (code 15) were not applied, so they are sent
     * again after the throttle delay, up to the configured number of times.
     */
    public JsonNode call(Endpoint ep, String id, ObjectNode body) {
        ObjectNode payload = body.deepCopy();
        payload.put("api_key", apiKey);
        ApiRequest request = request(ep, id, payload);
        for (int attempt = 0; ; attempt++) {
            try {
                return send(ep, request);
            } catch (RateLimitedException e) {
                boolean refusedWrite = e.errorCode().filter("15"::equals).isPresent(); // not applied: safe to resend
                if (!refusedWrite || attempt >= settings.throttleRetries()) {
                    throw e;
                }
                Duration wait = e.retryAfter().orElse(settings.throttleDelay());
                LOG.debug("{} throttled by the server, attempt {}, waiting {} ms", ep.displayName(), attempt + 1,
                        wait.toMillis());
                sleep(ep, wait);
            }
        }
    }

    private JsonNode send(Endpoint ep, ApiRequest request) {
        ApiResponse response = settings.transport().execute(request);
        if (!response.looksLikeJson()) {
            ApiException e = errors.nonJson(ep, response);
            if (e != null) {
                throw e;
            }
        }
        JsonNode root = Json.readTree(response);
        if (!root.isObject()) {
            throw new ResponseParseException("Response of " + ep.displayName() + " (HTTP " + response.status()
                    + ") is not a JSON object", ep.displayName(), response.status(), null, null);
        }
        boolean success = root.path("success").asBoolean(false);
        if (response.isSuccessful() && success) {
            return root;
        }
        throw errors.failure(ep, response, root);
    }

    private ApiRequest request(Endpoint ep, String id, ObjectNode payload) {
        String path = ep.path();
        if (ep.byId()) {
            path = path + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        }
        ApiRequest.Builder b = ApiRequest.builder()
                .method("POST")
                .uri(URI.create(settings.baseUrl() + path))
                .endpoint(ep.displayName())
                .header("Authorization", settings.basicHeader())
                .header("Accept", "application/json")
                .sensitive(apiKey, settings.apiSecret())
                .body(new String(Json.write(payload), StandardCharsets.UTF_8), "application/json")
                .repeatable(ep.kind() == Endpoint.Kind.READ || settings.retryWrites())
                .timeout(settings.requestTimeout())
                .observer(settings.observer())
                .system(BuchhaltungsButlerClient.SYSTEM);
        if (settings.rateLimits().enabled()) {
            RateLimitSettings limits = settings.rateLimits();
            b.rateLimit(RateLimit.slidingWindow("bb:" + keyHash, limits.requestsPerMinute(), limits.window()));
            if (ep.kind() == Endpoint.Kind.UPLOAD) {
                b.rateLimit(RateLimit.slidingWindow("bb-upload:" + keyHash, limits.uploadsPerMinute(), limits.window()));
            }
            if (ep.kind() == Endpoint.Kind.BATCH) {
                b.rateLimit(RateLimit.of("bb-batch:" + keyHash, 1, settings.rateLimits().batchInterval()));
            }
        }
        return b.build();
    }

    private void sleep(Endpoint ep, Duration wait) {
        try {
            settings.timeSource().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Interrupted while waiting to repeat " + ep.displayName(),
                    ep.displayName(), e);
        }
    }

    /** Converts a JSON node, failing with a {@link ResponseParseException} that names the endpoint. */
    public static <T> T convert(JsonNode node, Class<T> type, Endpoint ep) {
        try {
            return mapper().treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ResponseParseException("Response of " + ep.displayName() + " has an unexpected shape for "
                    + type.getSimpleName() + " (" + Json.problem(e) + ")", ep.displayName(), 200, null, e);
        }
    }

    /**
     * The record under {@code data}; empty when {@code data} is not an object or an empty one (an
     * unknown id answers 200 with an empty array as data).
     */
    public static <T> Optional<T> optionalData(JsonNode root, Class<T> type, Endpoint ep) {
        JsonNode data = root.path("data");
        if (!data.isObject() || data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(convert(data, type, ep));
    }

    /** Converts the array (or a single object, or nothing) at {@code data} into a list. */
    public static <T> List<T> list(JsonNode array, Class<T> type, Endpoint ep) {
        List<T> out = new ArrayList<>();
        if (array == null || array.isNull() || array.isMissingNode()) {
            return out;
        }
        if (array.isObject()) {
            // PHP serialises arrays with non-sequential keys as objects
            array.elements().forEachRemaining(n -> out.add(convert(n, type, ep)));
            return out;
        }
        for (JsonNode n : array) {
            out.add(convert(n, type, ep));
        }
        return out;
    }

    /**
     * Offset paging: asks for {@code pageSize} rows from offset 0; a page shorter than that (or
     * empty) is the last; otherwise the next offset is advanced by the rows received.
     */
    public <T> PagedIterable<T> paged(Endpoint ep, ObjectNode filters, int pageSize, Class<T> type) {
        return paged(ep, filters, pageSize, 0, type);
    }

    /** As {@link #paged(Endpoint, ObjectNode, int, Class)}, starting at row {@code offset} instead of 0. */
    public <T> PagedIterable<T> paged(Endpoint ep, ObjectNode filters, int pageSize, int offset, Class<T> type) {
        return PagedIterable.of(() -> page(ep, filters, pageSize, offset, type));
    }

    private <T> Page<T> page(Endpoint ep, ObjectNode filters, int pageSize, int offset, Class<T> type) {
        ObjectNode body = filters.deepCopy();
        body.put("limit", pageSize);
        body.put("offset", offset);
        List<T> items = list(call(ep, body).path("data"), type, ep);
        if (items.size() < pageSize) {
            return Page.last(items);
        }
        int next = offset + items.size();
        return Page.of(items, () -> page(ep, filters, pageSize, next, type));
    }

    @Override
    public String toString() {
        return "ApiCaller{" + settings.baseUrl() + ", api_key#" + keyHash + "}";
    }
}
