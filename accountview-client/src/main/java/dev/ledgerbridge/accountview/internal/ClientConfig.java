package dev.ledgerbridge.accountview.internal;

import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.TimeSource;
import java.net.URI;
import java.time.Duration;

/**
 * Settings shared by all parts of one client.
 *
 * @param baseUrl              scheme and host (and optional path prefix) of AccountView.Net, no trailing slash
 * @param transport            the decorated transport
 * @param time                 clock
 * @param requestTimeout       timeout of each call, or null for the transport's default
 * @param credentials          API key and secret
 * @param tokenStore           where tokens live
 * @param refreshSkew          refresh this long before the access token expires
 * @param assumedTokenLifetime lifetime assumed when the server sends no {@code expires_in}; null for unknown
 * @param defaultPageSize      page size of typed listings
 * @param bookDateOnWrites     send {@code BookDate} (now) on writes that do not set one
 * @param numericRowIds        send {@code RowId}/{@code HeaderId} as numbers
 * @param notFoundAsEmpty      read a 404 of a data GET as "no rows"
 * @param observer             told about every attempt, rate-limit wait and token refresh
 */
public record ClientConfig(URI baseUrl, HttpTransport transport, TimeSource time, Duration requestTimeout,
        OAuthCredentials credentials,
        TokenStore tokenStore, Duration refreshSkew, Duration assumedTokenLifetime, int defaultPageSize,
        boolean bookDateOnWrites, boolean numericRowIds, boolean notFoundAsEmpty, ClientObserver observer) {

    /** An absolute URI for a path below the base, e.g. {@code /api/v3/token}. */
    public URI uri(String path) {
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }
}
