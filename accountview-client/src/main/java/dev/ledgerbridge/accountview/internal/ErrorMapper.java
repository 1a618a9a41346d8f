package dev.ledgerbridge.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.AccountViewErrorException;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.PermissionException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ServerException;
import dev.ledgerbridge.transport.internal.Json;
import dev.ledgerbridge.transport.internal.Numbers;
import dev.ledgerbridge.transport.internal.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns AccountView error responses into exceptions: {@link AccountViewErrorException} or, for 401, 403, 404, 429
 * and 5xx, the transport's. The error body ({@code ErrorType}, {@code ErrorNumbers}, {@code ErrorMessage}) is
 * checked on every response, 2xx included, because the API reports validation errors that way too; non-JSON bodies
 * (gateway pages) are tolerated.
 */
public final class ErrorMapper {
    private static final int SNIPPET = 200;

    private ErrorMapper() {
    }

    /** An AccountView error body, if the response carries one. */
    public static Optional<ErrorBody> errorBody(ApiResponse response) {
        String text = response.bodyAsString().strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(text);
        } catch (Exception e) {
            return Optional.empty();
        }
        String type = textOrNull(n.get("ErrorType"));
        String message = textOrNull(n.get("ErrorMessage"));
        List<String> numbers = errorNumbers(n.get("ErrorNumbers"));
        if (type == null && message == null && numbers.isEmpty()) {
            // OAuth style, from the token endpoint
            type = textOrNull(n.get("error"));
            message = textOrNull(n.get("error_description"));
        }
        if (type == null && message == null && numbers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ErrorBody(type, numbers, message));
    }

    /** {@code ErrorNumbers} of unknown shape as text: see {@code AccountViewErrorException#errorNumbers()}. */
    private static List<String> errorNumbers(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> addNumber(e, out));
        } else {
            addNumber(n, out);
        }
        return List.copyOf(out);
    }

    private static void addNumber(JsonNode n, List<String> out) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return;
        }
        String text = n.isNumber() ? Numbers.describe(n.decimalValue())
                : n.isContainerNode() ? Texts.abbreviate(n.toString()) : n.asText().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static String textOrNull(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Throws when the response is an error by status or by body; returns normally otherwise. */
    public static void throwIfError(ApiResponse response) {
        Optional<ErrorBody> body = errorBody(response);
        if (response.isSuccessful() && body.isEmpty()) {
            return;
        }
        throw toException(response, body);
    }

    /** The exception for an error response. */
    public static ApiException toException(ApiResponse response, Optional<ErrorBody> body) {
        String endpoint = response.request().endpoint();
        int status = response.status();
        String code = body.map(ErrorBody::type).orElse(null);
        List<String> numbers = body.map(ErrorBody::numbers).orElse(List.of());
        String message = "AccountView " + endpoint + " failed (HTTP " + status
                + (code == null ? "" : ", " + code)
                + (numbers.isEmpty() ? "" : ", error numbers " + String.join(", ", numbers)) + "): "
                + describe(response, body);
        if (status == 401) {
            return new AuthenticationException(message, endpoint, status, code, null);
        }
        if (status == 403) {
            return new PermissionException(message, endpoint, status, code, null);
        }
        if (status == 404) {
            return new NotFoundException(message, endpoint, status, code, null);
        }
        if (status == 429) {
            Duration wait = response.header("Retry-After").flatMap(ErrorMapper::seconds).orElse(null);
            return new RateLimitedException(message, endpoint, status, code, wait);
        }
        if (status >= 500) {
            return new ServerException(message, endpoint, status, code, null);
        }
        return new AccountViewErrorException(message, endpoint, status, code, numbers,
                body.map(ErrorBody::message).orElse(null));
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(ApiResponse response, Optional<ErrorBody> body) {
        if (body.isPresent()) {
            return body.get().message() == null ? "no error message" : body.get().message();
        }
        Optional<String> redirect = dev.ledgerbridge.transport.internal.Json.redirect(response);
        if (redirect.isPresent()) {
            return redirect.get();
        }
        String text = response.bodyAsString().strip();
        if (text.isEmpty()) {
            return "empty body";
        }
        if (text.startsWith("<")) {
            return "an HTML or XML page instead of JSON";
        }
        return text.length() > SNIPPET ? text.substring(0, SNIPPET) + "..." : text;
    }

    /**
     * The error fields of a body.
     *
     * @param type    {@code ErrorType} (or OAuth {@code error}), may be null
     * @param numbers {@code ErrorNumbers} as text, empty when none
     * @param message {@code ErrorMessage} (or OAuth {@code error_description}), may be null
     */
    public record ErrorBody(String type, List<String> numbers, String message) {
    }
}
