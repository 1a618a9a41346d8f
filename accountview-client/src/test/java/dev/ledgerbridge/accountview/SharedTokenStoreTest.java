package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.oauth.FileTokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients (think: two processes) on one token file, with rotating refresh tokens: the second must pick up
 * what the first stored instead of refreshing with the refresh token the first already used up.
 */
class SharedTokenStoreTest extends WireMockTestBase {
    @TempDir
    Path dir;

    private AccountViewClient clientOn(Path file) {
        return clientBuilder().tokenStore(FileTokenStore.at(file)).build();
    }

    private void refreshTokenUsedUp(String refresh) {
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).withFormParam("refresh_token", equalTo(refresh))
                .willReturn(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"authorise again\"}")));
    }

    @Test
    void aSecondClientUsesTheTokensTheFirstRefreshedInsteadOfFailingWithInvalidGrant() {
        Path file = dir.resolve("tokens.json");
        FileTokenStore.at(file).save(tokens(ACCESS, REFRESH, time.now().plus(Duration.ofMinutes(30))));
        AccountViewClient first = clientOn(file);
        AccountViewClient second = clientOn(file);
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json("{\"CONTACT\":[]}")));
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-2").willReturn(json("{\"CONTACT\":[]}")));
        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build()); // holds ACCESS/REFRESH now

        time.advance(Duration.ofHours(1));
        stubRefresh(REFRESH, "access-2", "refresh-2");
        first.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());
        refreshTokenUsedUp(REFRESH);

        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer access-2")));
    }

    @Test
    void aRejectedAccessTokenIsReplacedByTheStoredOneIfAnotherClientRefreshed() {
        Path file = dir.resolve("tokens.json");
        FileTokenStore.at(file).save(tokens(ACCESS, REFRESH, time.now().plus(Duration.ofMinutes(30))));
        AccountViewClient first = clientOn(file);
        AccountViewClient second = clientOn(file);
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json("{\"CONTACT\":[]}")));
        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());

        stubRefresh(REFRESH, "access-2", "refresh-2");
        first.refreshTokens();
        refreshTokenUsedUp(REFRESH);
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json(401, "{}"))); // revoked on rotation
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-2").willReturn(json("{\"CONTACT\":[]}")));

        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
    }

    @Test
    void twoStoresOnOneFileNeverRunTheirLockedSectionsAtOnce() throws Exception {
        Path file = dir.resolve("tokens.json");
        FileTokenStore a = FileTokenStore.at(file);
        FileTokenStore b = FileTokenStore.at(file);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (FileTokenStore s : List.of(a, b, a, b)) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    s.locked(() -> {
                        if (inside.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        threads.forEach(t -> t.setUncaughtExceptionHandler((th, e) -> failures.add(e)));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(0, overlaps.get());
        assertTrue(Files.exists(dir.resolve("tokens.json.lock")));
    }
}
