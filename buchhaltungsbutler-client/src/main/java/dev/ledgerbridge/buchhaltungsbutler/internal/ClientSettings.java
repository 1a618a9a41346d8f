package dev.ledgerbridge.buchhaltungsbutler.internal;

import dev.ledgerbridge.buchhaltungsbutler.RateLimitSettings;
import dev.ledgerbridge.transport.ClientObserver;
import dev.ledgerbridge.transport.HttpTransport;
import dev.ledgerbridge.transport.TimeSource;
import java.net.URI;
import java.time.Duration;

/**
 * Everything a client needs that does not depend on the tenant: transport, base URL, Basic
 * credentials and behaviour options. Shared by all clients derived with {@code withApiKey}.
 *
 * @param transport           the decorated transport
 * @param baseUrl             base URL without trailing slash
 * @param basicHeader         the complete {@code Authorization} header value
 * @param apiClient           API client name (masked in server messages)
 * @param apiSecret           API secret (masked in server messages)
 * @param rateLimits          client-side limits
 * @param retryWrites         whether writes are marked repeatable
 * @param throttleRetries     how often a write refused with "temporarily restricted" is sent again
 * @param throttleDelay       wait before such a repeat
 * @param timeSource          clock and sleeper
 * @param requestTimeout      per-request timeout, or null for the transport default
 * @param debtorPageSize      page size for debtor and creditor lists
 * @param observer            told about every attempt and rate-limit wait
 */
public record ClientSettings(HttpTransport transport, URI baseUrl, String basicHeader, String apiClient,
        String apiSecret, RateLimitSettings rateLimits, boolean retryWrites, int throttleRetries,
        Duration throttleDelay, TimeSource timeSource, Duration requestTimeout, int debtorPageSize,
        ClientObserver observer) {

    @Override
    public String toString() {
        return "ClientSettings{" + baseUrl + "}";
    }
}
