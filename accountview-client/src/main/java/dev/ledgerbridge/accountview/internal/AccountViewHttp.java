package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.transport.ApiRequest;
import dev.ledgerbridge.transport.ApiResponse;
import dev.ledgerbridge.transport.error.AuthenticationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends authorised API calls: bearer token, {@code Accept}, {@code X-Company} and JSON content type; on a 401
 * refreshes the token once and sends the call again (a rejected call was not processed, so this is safe for
 * writes too). A second 401 becomes an {@link AuthenticationException}.
 */
public final class AccountViewHttp {
    private final ClientConfig config;
    private final TokenManager tokens;

    public AccountViewHttp(ClientConfig config, TokenManager tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    /** The same HTTP access (transport, tokens) with another page size for typed listings. */
    public AccountViewHttp withDefaultPageSize(int pageSize) {
        ClientConfig c = config;
        return new AccountViewHttp(new ClientConfig(c.baseUrl(), c.transport(), c.time(), c.requestTimeout(),
                c.credentials(), c.tokenStore(), c.refreshSkew(), c.assumedTokenLifetime(), pageSize,
                c.bookDateOnWrites(), c.numericRowIds(), c.notFoundAsEmpty(), c.observer()), tokens);
    }

    /** The client settings. */
    public ClientConfig config() {
        return config;
    }

    /**
     * Sends a call and returns the response after the 401 handling; the status is not checked otherwise.
     *
     * @param method     HTTP method
     * @param path       path below the base URI, e.g. {@code /api/v3/accountviewdata}
     * @param query      query parameters in order, unencoded; may be empty
     * @param jsonBody   UTF-8 JSON body, or null
     * @param companyId  value of {@code X-Company}, or null
     * @param endpoint   logical endpoint name for logs and errors
     * @param repeatable whether the transport may retry it
     * @return the response
     */
    public ApiResponse send(String method, String path, Map<String, String> query, byte[] jsonBody, String companyId,
            String endpoint, boolean repeatable) {
        TokenSet used = tokens.validTokens();
        ApiResponse response = config.transport().execute(request(method, path, query, jsonBody, companyId, endpoint,
                repeatable, used));
        if (response.status() != 401) {
            return response;
        }
        TokenSet fresh = tokens.afterRejection(used);
        response = config.transport().execute(request(method, path, query, jsonBody, companyId, endpoint, repeatable,
                fresh));
        if (response.status() == 401) {
            throw new AuthenticationException(ErrorMapper.toException(response, ErrorMapper.errorBody(response))
                    .getMessage() + " (also after refreshing the access token)", endpoint, 401,
                    ErrorMapper.errorBody(response).map(ErrorMapper.ErrorBody::type).orElse(null), null);
        }
        return response;
    }

    /** {@link #send} and then {@link ErrorMapper#throwIfError}. */
    public ApiResponse sendChecked(String method, String path, Map<String, String> query, byte[] jsonBody,
            String companyId, String endpoint, boolean repeatable) {
        ApiResponse response = send(method, path, query, jsonBody, companyId, endpoint, repeatable);
        ErrorMapper.throwIfError(response);
        return response;
    }

    private ApiRequest request(String method, String path, Map<String, String> query, byte[] jsonBody,
            String companyId, String endpoint, boolean repeatable, TokenSet tokenSet) {
        ApiRequest.Builder b = ApiRequest.builder().method(method).uri(config.uri(path + queryString(query)))
                .endpoint(endpoint).repeatable(repeatable).timeout(config.requestTimeout())
                .observer(config.observer()).system(AccountViewClient.SYSTEM)
                .header("Authorization", tokenSet.tokenType() + " " + tokenSet.accessToken())
                .header("Accept", "application/json");
        Optional.ofNullable(companyId).ifPresent(c -> b.header("X-Company", c));
        if (jsonBody != null) {
            b.body(jsonBody).header("Content-Type", "application/json; charset=utf-8");
        }
        return b.build();
    }

    /** {@code ?a=1&b=2}, names and values percent-encoded (spaces as {@code %20}), or empty. */
    public static String queryString(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
