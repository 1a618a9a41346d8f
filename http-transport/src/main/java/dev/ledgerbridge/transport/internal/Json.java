package dev.ledgerbridge.transport.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The SDK's JSON codec on Jackson, configured for tolerant reading: unknown properties are never
 * fatal, decimals become {@link java.math.BigDecimal}, Java time types are supported, scalars are
 * coerced where APIs are loose (a number where a string was declared and vice versa), and nulls
 * are left out when writing. Hostile input is bounded: numbers of at most {@value #MAX_NUMBER_CHARS} characters
 * and (as {@code BigDecimal}) {@value Numbers#RESPONSE_MAX_DIGITS} digits on either side of the point, strings of
 * at most {@value #MAX_STRING_CHARS} characters, nesting of at most {@value #MAX_NESTING_DEPTH} levels.
 */
public final class Json {
    /** Longest number literal read; a real amount has a few dozen characters at most. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** Longest string read: room for a base64 receipt file within the default 16 MiB body limit. */
    public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;
    /** Deepest nesting read; the APIs nest a few levels. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("bounded-decimals")
                    .addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private Json() {
    }

    /** The shared, configured mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises a value to JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    /**
     * Reads a response body as a JSON tree, failing with a clear {@link ResponseParseException}
     * (endpoint, status, what arrived) when it is not JSON, for example an HTML error page.
     */
    public static JsonNode readTree(ApiResponse response) {
        redirect(response).ifPresent(what -> {
            throw parseError(response, what, null);
        });
        String body = response.bodyAsString();
        String trimmed = body.stripLeading();
        if (trimmed.isEmpty()) {
            throw parseError(response, "an empty body", null);
        }
        if (trimmed.startsWith("<")) {
            throw parseError(response, "HTML or XML instead of JSON", null);
        }
        try {
            return MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw parseError(response, "malformed, truncated or beyond the reading limits ("
                    + Texts.abbreviate(e.getOriginalMessage()) + ")", e);
        }
    }

    /** Converts a tree to a type, failing with a {@link ResponseParseException} naming the endpoint. */
    public static <T> T convert(JsonNode node, Class<T> type, ApiResponse response) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw parseError(response, "unexpected shape for " + type.getSimpleName() + " (" + problem(e) + ")", e);
        }
    }

    /**
     * A short account of a mapping failure: Jackson's own message cut to length, and the path of the field it
     * concerns (for example {@code Receipt["amount"]}), which a cut full message could lose.
     */
    public static String problem(Exception e) {
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().isEmpty() ? "" : " at " + m.getPathReference();
            return Texts.abbreviate(m.getOriginalMessage()) + path;
        }
        return Texts.abbreviate(e.getMessage());
    }

    /**
     * What a 3xx response is, when it is one: the transport never follows redirects (a redirect of a POST would drop
     * its body and credentials), so a redirect means the base URL is wrong, e.g. http instead of https or a login page.
     */
    public static java.util.Optional<String> redirect(ApiResponse response) {
        if (response.status() < 300 || response.status() >= 400) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("a redirect to " + response.header("Location").map(Texts::abbreviate)
                .orElse("(no Location)") + " instead of an answer; check the base URL (https, host, path)");
    }

    private static ResponseParseException parseError(ApiResponse response, String what, Throwable cause) {
        return new ResponseParseException("Response of " + response.request().endpoint() + " (HTTP " + response.status()
                + ") is " + what, response.request().endpoint(), response.status(), null, cause);
    }
}
