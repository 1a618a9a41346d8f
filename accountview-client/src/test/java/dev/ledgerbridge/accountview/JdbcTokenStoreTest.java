package dev.ledgerbridge.accountview;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.accountview.data.DataQuery;
import dev.ledgerbridge.accountview.oauth.JdbcTokenStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many workers on one database row (H2 here, PostgreSQL in {@link JdbcTokenStorePostgresTest}): leases serialise refreshes, versions keep newer tokens from being overwritten. */
class JdbcTokenStoreTest extends WireMockTestBase {
    private DataSource db;

    @BeforeEach
    void database() {
        db = openDatabase();
    }

    /** An empty database of its own for each test; {@link JdbcTokenStorePostgresTest} runs the same on PostgreSQL. */
    DataSource openDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void keepsASetWithoutRefreshToken() {
        dev.ledgerbridge.accountview.oauth.TokenSet t = dev.ledgerbridge.accountview.oauth.TokenSet.builder()
                .accessToken(ACCESS).scope("readaccountviewdata").build();
        JdbcTokenStore.of(db, "company-1").save(t);

        assertEquals(java.util.Optional.of(t), JdbcTokenStore.of(db, "company-1").load());
    }

    @Test
    void savesAndLoadsTokensCreatingTheTableWhenMissing() {
        JdbcTokenStore s = JdbcTokenStore.of(db, "company-1");
        assertTrue(s.load().isEmpty());
        s.save(tokens(ACCESS, REFRESH, time.now()));
        assertEquals(REFRESH, JdbcTokenStore.of(db, "company-1").load().orElseThrow().refreshToken().orElseThrow());
        assertTrue(JdbcTokenStore.of(db, "company-2").load().isEmpty());
        assertFalse(s.toString().contains(ACCESS) || s.toString().contains(REFRESH));
    }

    @Test
    void aSaveOverTokensAnotherWorkerSavedSinceLoadingIsRefused() {
        JdbcTokenStore a = JdbcTokenStore.of(db, "k");
        JdbcTokenStore b = JdbcTokenStore.of(db, "k");
        a.save(tokens(ACCESS, REFRESH, time.now()));
        a.load();
        b.load();
        b.save(tokens("access-b", "refresh-b", time.now()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> a.save(tokens("access-a", "refresh-a", time.now())));
        assertTrue(e.getMessage().contains("another worker"), e.getMessage());
        assertEquals("refresh-b", a.load().orElseThrow().refreshToken().orElseThrow());
    }

    @Test
    void twoWorkersNeverHoldTheLeaseAtOnce() throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            JdbcTokenStore s = JdbcTokenStore.of(db, "ledgerbridge_av_tokens", "k", Duration.ofMinutes(1),
                    Duration.ofSeconds(30));
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    s.locked(() -> {
                        if (inside.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        Thread.yield();
                        inside.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(0, overlaps.get());
    }

    @Test
    void twoClientsOnOneRowShareRotatedTokens() {
        JdbcTokenStore.of(db, "k").save(tokens(ACCESS, REFRESH, time.now().plus(Duration.ofMinutes(30))));
        AccountViewClient first = clientBuilder().tokenStore(JdbcTokenStore.of(db, "k")).build();
        AccountViewClient second = clientBuilder().tokenStore(JdbcTokenStore.of(db, "k")).build();
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), ACCESS).willReturn(json("{\"CONTACT\":[]}")));
        wm.stubFor(authorised(get(urlPathEqualTo(DATA)), "access-2").willReturn(json("{\"CONTACT\":[]}")));
        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());

        time.advance(Duration.ofHours(1));
        stubRefresh(REFRESH, "access-2", "refresh-2");
        first.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());
        wm.stubFor(post(urlPathEqualTo("/api/v3/token")).withFormParam("refresh_token", equalTo(REFRESH))
                .willReturn(json(400, "{\"error\":\"invalid_grant\"}")));
        second.forCompanyId(COMPANY_ID).data().get(DataQuery.builder("AR1").build());

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v3/token")));
        wm.verify(2, getRequestedFor(urlPathEqualTo(DATA)).withHeader("Authorization", equalTo("Bearer access-2")));
    }
}
