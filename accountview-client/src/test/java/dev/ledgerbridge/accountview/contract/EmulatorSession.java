package dev.ledgerbridge.accountview.contract;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.accountview.oauth.TokenStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The typed client authorised against a fresh emulator through its consent redirect. */
final class EmulatorSession implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    final ManualClock clock = new ManualClock(START);
    final AccountViewEmulator av;
    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    final AccountViewClient client;
    final URI redirect;

    EmulatorSession() {
        av = AccountViewEmulator.builder().clock(clock).tokenLifetimes(Duration.ofHours(1), Duration.ofDays(30))
                .customField("SO_HDR", "A8_REF", 'C', 30).start();
        client = client(tokens);
        redirect = URI.create(av.redirectUri());
        client.exchangeCode(consent(client.authorizationUri(redirect, "st", Scope.READ, Scope.UPDATE)), redirect);
    }

    AccountViewClient client(TokenStore store) {
        return AccountViewClient.builder().baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId(), av.clientSecret())).tokenStore(store)
                .timeSource(new ManualTimeSource(START)).build();
    }

    CompanyClient company() {
        return client.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
    }

    /** Follows the consent page's redirect and returns its code. */
    static String consent(URI authorizationUri) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(authorizationUri).GET().build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "consent page answered " + r.statusCode() + ": " + r.body()));
            for (String part : URI.create(location).getRawQuery().split("&")) {
                if (part.startsWith("code=")) {
                    return URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no code in " + location);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        av.close();
    }
}
