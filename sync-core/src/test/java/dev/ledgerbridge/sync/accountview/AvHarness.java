package dev.ledgerbridge.sync.accountview;

import dev.ledgerbridge.accountview.AccountViewClient;
import dev.ledgerbridge.accountview.CompanyClient;
import dev.ledgerbridge.accountview.oauth.InMemoryTokenStore;
import dev.ledgerbridge.accountview.oauth.OAuthCredentials;
import dev.ledgerbridge.accountview.oauth.Scope;
import dev.ledgerbridge.sync.Settings;
import dev.ledgerbridge.sync.SyncEngine;
import dev.ledgerbridge.sync.state.InMemoryActivityLog;
import dev.ledgerbridge.sync.state.InMemoryStateStore;
import dev.ledgerbridge.testkit.ManualClock;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.transport.ManualTimeSource;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An AccountView emulator with a client authorised through its consent redirect (as a user would), a connector on
 * the DEMO company, and an engine with in-memory state. Counts requests per run.
 */
final class AvHarness implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    final ManualClock clock = new ManualClock(START);
    final AccountViewEmulator av;
    final AccountViewClient client;
    final CompanyClient company;
    final AccountViewConnector connector;
    final InMemoryStateStore state = new InMemoryStateStore();

    AvHarness() {
        this(b -> b, b -> b);
    }

    AvHarness(UnaryOperator<AccountViewEmulator.Builder> emulator,
              UnaryOperator<AccountViewConnector.Builder> connectorSettings) {
        // tokens outlive the hours the tests advance the clock by; the expiry test expires them explicitly
        av = emulator.apply(AccountViewEmulator.builder().clock(clock)
                .tokenLifetimes(java.time.Duration.ofDays(1), java.time.Duration.ofDays(30))).start();
        client = AccountViewClient.builder().baseUrl(av.baseUrl())
                .credentials(OAuthCredentials.of(av.clientId(), av.clientSecret()))
                .tokenStore(new InMemoryTokenStore()).timeSource(new ManualTimeSource(START)).build();
        URI redirect = URI.create(av.redirectUri());
        client.exchangeCode(consent(client.authorizationUri(redirect, "s1", Scope.READ, Scope.UPDATE)), redirect);
        company = client.forCompany(AccountViewEmulator.DEFAULT_COMPANY_CODE);
        connector = connectorSettings.apply(AccountViewConnector.builder(company).clock(clock)).build();
        av.stats().reset();
    }

    /** Follows the consent page's redirect and returns the code it carries. */
    private static String consent(URI authorizationUri) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(authorizationUri).GET().build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "no redirect from consent page: " + r.statusCode() + " " + r.body()));
            String query = URI.create(location).getRawQuery();
            for (String part : query.split("&")) {
                if (part.startsWith("code=")) {
                    return URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no code in " + location);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    SyncEngine engine(Settings.Builder settings) {
        return SyncEngine.builder().settings(settings.timeSource(new ManualTimeSource(START)).build())
                .stateStore(state).activityLog(new InMemoryActivityLog()).build();
    }

    SyncEngine engine() {
        return engine(Settings.builder());
    }

    /** The data requests since the last reset, e.g. {@code GET AR1 -> 2}; resets the counters. */
    Map<String, Long> takeCalls() {
        Map<String, Long> out = new TreeMap<>();
        av.stats().snapshot().forEach((k, v) -> {
            if (k.matches("(GET|POST|PUT) /accountviewdata \\S+") || k.equals("POST /token")) {
                out.put(k.replace(" /accountviewdata", ""), v);
            }
        });
        av.stats().reset();
        return out;
    }

    @Override
    public void close() {
        av.close();
    }
}
