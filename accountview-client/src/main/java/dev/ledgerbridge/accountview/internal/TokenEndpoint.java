package dev.ledgerbridge.accountview.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.AuthenticationException;
import dev.ledgerbridge.transport.error.UnknownEndpointException;
import dev.ledgerbridge.transport.error.ResponseParseException;
import dev.ledgerbridge.transport.internal.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v3/token}: authorization-code exchange and refresh, form-encoded with the client credentials
 * in the body. Requests are not repeatable: a refresh that reached the server may already have rotated the
 * refresh token, so sending it again would fail with the old one.
 */
public final class TokenEndpoint {
    private static final String PATH = "/api/v3/token";
    private final ClientConfig config;

    public TokenEndpoint(ClientConfig config) {
        this.config = config;
    }

    /** Exchanges an authorization code. */
    public TokenSet exchange(String code, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        return call(form, null, "POST token (authorization_code)", false);
    }

    /** Redeems a refresh token; a response without a new refresh token keeps the old one. */
    public TokenSet refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        // repeatable: after a lost answer the retry either succeeds (not rotated yet) or is refused (rotated), the
        // same outcome the next call's refresh would have; a code exchange is single-use and is never repeated
        return call(form, refreshToken, "POST token (refresh_token)", true);
    }

    private TokenSet call(Map<String, String> form, String previousRefreshToken, String endpoint, boolean repeatable) {
        form.put("client_id", config.credentials().clientId());
        form.put("client_secret", config.credentials().clientSecret());
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        ApiRequest request = ApiRequest.builder().method("POST").uri(config.uri(PATH)).endpoint(endpoint)
                .header("Accept", "application/json")
                .body(body, "application/x-www-form-urlencoded")
                .repeatable(repeatable)
                .timeout(config.requestTimeout())
                .observer(config.observer()).system(AccountViewClient.SYSTEM)
                .build();
        ApiResponse response = config.transport().execute(request);
        if (!response.isSuccessful()) {
            // 404/405: no token endpoint at this address (a wrong baseUrl), not a refused grant
            if (response.status() == 404 || response.status() == 405) {
                throw new UnknownEndpointException("AccountView.Net has no token endpoint at " + config.uri(PATH) + " (HTTP "
                        + response.status() + "); check the client's baseUrl (AccountViewClient.PRODUCTION, TEST, or "
                        + "the emulator's baseUrl())", endpoint, response.status(), null, null);
            }
            // 429 is throttling (RateLimitedException with the wait), not a refused grant
            if (response.status() >= 400 && response.status() < 500 && response.status() != 429) {
                Optional<ErrorMapper.ErrorBody> err = ErrorMapper.errorBody(response);
                String code = err.map(ErrorMapper.ErrorBody::type).orElse(null);
                // the description is the server's text; it is not expected to echo secrets, but make sure
                String description = err.map(ErrorMapper.ErrorBody::message).map(m -> scrub(m, form)).orElse(null);
                throw new AuthenticationException("AccountView.Net refused the token request " + endpoint + " (HTTP "
                        + response.status() + (code == null ? "" : ", " + code) + ")"
                        + (description == null ? "" : ": " + description)
                        + ("invalid_client".equals(code) ? "; check the OAuth client id and secret"
                        : "; the user has to authorise the application again"), endpoint, response.status(), code, null);
            }
            throw ErrorMapper.toException(response, Optional.empty());
        }
        JsonNode n = Json.readTree(response);
        String access = text(n, "access_token");
        if (access == null) {
            throw new ResponseParseException("Response of " + endpoint + " has no access_token", endpoint,
                    response.status(), null, null);
        }
        String refresh = text(n, "refresh_token");
        if (refresh == null) {
            refresh = previousRefreshToken; // null after a code exchange without one: valid until the access expires
        }
        return TokenSet.builder().accessToken(access).refreshToken(refresh)
                .tokenType(text(n, "token_type")).scope(text(n, "scope")).expiresAt(expiry(n)).build();
    }

    private Instant expiry(JsonNode n) {
        JsonNode e = n.get("expires_in");
        Instant now = config.time().now();
        if (e != null && !e.isNull() && !e.asText().isBlank()) {
            try {
                return now.plusSeconds(Long.parseLong(e.asText().strip()));
            } catch (NumberFormatException ignored) {
                // fall through to the assumed lifetime
            }
        }
        Duration assumed = config.assumedTokenLifetime();
        return assumed == null ? null : now.plus(assumed);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String scrub(String message, Map<String, String> form) {
        String out = message;
        for (String key : new String[] {"code", "refresh_token", "client_secret"}) {
            String secret = form.get(key);
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
