package dev.ledgerbridge.transport.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ResponseParseException;
import java.io.UncheckedIOException;

/**
 * The SDK's JSON codec on Jackson, configured for tolerant reading: unknown properties are never
 * fatal, decimals become {@link java.math.BigDecimal}, Java time types are supported, scalars are
 * coerced where APIs are loose (a number where a string was declared and vice versa), and nulls
 * are left out when writing.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
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
            throw parseError(response, "malformed or truncated JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Converts a tree to a type, failing with a {@link ResponseParseException} naming the endpoint. */
    public static <T> T convert(JsonNode node, Class<T> type, ApiResponse response) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw parseError(response, "unexpected shape for " + type.getSimpleName() + " (" + e.getMessage() + ")", e);
        }
    }

    private static ResponseParseException parseError(ApiResponse response, String what, Throwable cause) {
        return new ResponseParseException("Response of " + response.request().endpoint() + " (HTTP " + response.status()
                + ") is " + what, response.request().endpoint(), response.status(), null, cause);
    }
}
