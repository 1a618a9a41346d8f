package dev.ledgerbridge.buchhaltungsbutler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.buchhaltungsbutler.BuchhaltungsButlerErrorException;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.ApiException;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.NotFoundException;
import dev.ledgerbridge.transport.error.UnknownEndpointException;
import dev.ledgerbridge.transport.error.PermissionException;
import dev.ledgerbridge.transport.error.QuotaExceededException;
import dev.ledgerbridge.transport.error.RateLimitedException;
import dev.ledgerbridge.transport.error.ServerException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an unsuccessful response into the transport's typed exceptions, keyed by (path, error_code). */
final class ErrorMapper {
    private static final Pattern FIELD_IN_MESSAGE = Pattern.compile("invalid ([a-z_]+) specified");

    private final ClientSettings settings;
    private final String apiKey;

    ErrorMapper(ClientSettings settings, String apiKey) {
        this.settings = settings;
        this.apiKey = apiKey;
    }

    /** For a response that is not JSON. */
    ApiException nonJson(Endpoint ep, ApiResponse response) {
        String name = ep.displayName();
        int status = response.status();
        if (status == 404) {
            return new UnknownEndpointException("Unknown endpoint " + name + ": the server answered HTTP 404 with an HTML page"
                    + " instead of JSON; check the base URL (" + settings.baseUrl() + ") and the path", name, status,
                    null, null);
        }
        if (status == 401) {
            return new AuthenticationException(name + " was refused (HTTP 401): check API client and secret", name,
                    status, null, null);
        }
        if (status >= 500) {
            return new ServerException(name + " failed on the server (HTTP " + status + ", no JSON body)", name,
                    status, null, null);
        }
        if (status == 429) {
            return new RateLimitedException(name + " was throttled (HTTP 429)", name, status, null,
                    settings.throttleDelay());
        }
        return null;
    }

    /** For a JSON response whose status is not 2xx or whose {@code success} is not true. */
    ApiException failure(Endpoint ep, ApiResponse response, JsonNode root) {
        String name = ep.displayName();
        int status = response.status();
        JsonNode codeNode = root.path("error_code");
        Integer code = codeNode.canConvertToInt() || codeNode.isTextual() ? parse(codeNode.asText()) : null;
        String codeText = code == null ? null : String.valueOf(code);
        String serverMessage = Secrets.mask(root.path("message").asText(null), settings.apiSecret(),
                apiKey, settings.apiClient());
        String what = name + " failed: HTTP " + status + (code == null ? "" : ", error_code " + code)
                + (serverMessage == null || serverMessage.isEmpty() ? "" : " (" + serverMessage + ")");

        if (status == 401 || (code != null && (code == 3 || code == 4) && status >= 400 && status < 500
                && !ep.fieldCodes().containsKey(code))) {
            String hint = code != null && code == 4 ? "the api_key is unknown or not allowed for this API client"
                    : "API client or secret is wrong";
            return new AuthenticationException(what + ": " + hint, name, status, codeText, null);
        }
        if (code != null && code == 11 && !ep.fieldCodes().containsKey(11)) {
            return new PermissionException(what + ": the BuchhaltungsButler account is not active", name, status,
                    codeText, null);
        }
        // 403 + code 15 is throttling on every endpoint (spec 7.1: the 100/min breach answer is undocumented,
        // treat 403/15 as throttling); /receipts/get's field code 15 comes with HTTP 400.
        if (code != null && code == 15 && (ep.code15IsThrottling() || status == 403)) {
            return new RateLimitedException(what + ": adding is temporarily restricted, retry after "
                    + settings.throttleDelay().toSeconds() + " s", name, status, codeText, settings.throttleDelay());
        }
        if (code != null && ep.quotaCodes().contains(code)) {
            return new QuotaExceededException(what + ": the plan's upload limit is reached; retrying will not help",
                    name, status, codeText, null);
        }
        if (status == 429) {
            return new RateLimitedException(what, name, status, codeText, settings.throttleDelay());
        }
        if (status >= 500) {
            return new ServerException(what + (ep.kind() == Endpoint.Kind.READ ? ""
                    : "; the write may have been applied, check the target before repeating it"), name, status,
                    codeText, null);
        }
        if (status == 404 || (code != null && ep.notFoundCodes().contains(code))) {
            return new NotFoundException(what, name, status, codeText, null);
        }
        return new BuchhaltungsButlerErrorException(what, name, status, codeText, field(ep, code, serverMessage),
                serverMessage);
    }

    /** How long a throttled write waits before it is sent again. */
    Duration throttleDelay() {
        return settings.throttleDelay();
    }

    private static String field(Endpoint ep, Integer code, String message) {
        if (code != null && ep.fieldCodes().containsKey(code)) {
            return ep.fieldCodes().get(code);
        }
        if (message != null) {
            Matcher m = FIELD_IN_MESSAGE.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
