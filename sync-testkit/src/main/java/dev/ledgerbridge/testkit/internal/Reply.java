package dev.ledgerbridge.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer.
 *
 * @param status HTTP status
 * @param contentType value of the Content-Type header
 * @param body the body bytes
 * @param headers additional headers
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** JSON content type as the real services send it. */
    public static final String JSON = "application/json; charset=utf-8";

    /**
     * Creates a JSON answer.
     *
     * @param status HTTP status
     * @param json serialised JSON
     * @return the reply
     */
    public static Reply json(int status, String json) {
        return new Reply(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * Creates an HTML answer.
     *
     * @param status HTTP status
     * @param html the page
     * @return the reply
     */
    public static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
