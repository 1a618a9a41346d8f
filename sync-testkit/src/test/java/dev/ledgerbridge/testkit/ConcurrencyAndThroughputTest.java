package dev.ledgerbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyAndThroughputTest {

    private static HttpRequest bbPost(BuchhaltungsButlerEmulator bb, String path, String json) {
        return HttpRequest.newBuilder(Http.uri(bb.baseUrl() + path))
                .header("Authorization", Http.basic(bb.apiClient(), bb.apiSecret()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Test
    void concurrentCreatesGetDistinctNumbers() throws Exception {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            Set<String> numbers = ConcurrentHashMap.newKeySet();
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        JsonNode r = Http.send(bbPost(bb, "/settings/add/debtor", "{\"api_key\":\"" + bb.apiKey()
                                + "\",\"name\":\"T" + thread + "-" + i + "\"}")).json();
                        numbers.add(r.get("postingaccount_number").asText());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertEquals(400, numbers.size());
            assertEquals(400, bb.tenant().debtors().size());
            assertEquals(400, bb.requestCount("POST /settings/add/debtor"));
            assertEquals(400, bb.stats().total());
            bb.stats().reset();
            assertEquals(0, bb.stats().total());
        }
    }

    /** Measures sequential requests per second; the bound is loose because the machine is shared. */
    @Test
    void listCallsAreCheapAndLargeDataSetsPage() {
        try (BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .personalAccountDigits(6).start()) {
            long seedStart = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                bb.tenant().addDebtor(Map.of("name", "Kunde " + i, "email", "k" + i + "@example.org"));
            }
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            HttpRequest list = bbPost(bb, "/settings/get/debtors", "{\"api_key\":\"" + bb.apiKey()
                    + "\",\"limit\":25,\"offset\":50000}");
            for (int i = 0; i < 200; i++) {
                Http.send(list);
            }
            int calls = 1000;
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                assertEquals(200, Http.send(list).status());
            }
            double perSecond = calls / ((System.nanoTime() - start) / 1e9);

            long sweepStart = System.nanoTime();
            Set<String> seen = new HashSet<>();
            for (int offset = 0; ; offset += 1000) {
                JsonNode page = Http.send(bbPost(bb, "/settings/get/debtors", "{\"api_key\":\"" + bb.apiKey()
                        + "\",\"limit\":1000,\"offset\":" + offset + "}")).json();
                page.get("data").forEach(d -> seen.add(d.get("postingaccount_number").asText()));
                if (page.get("rows").asInt() < 1000) {
                    break;
                }
            }
            long sweepMillis = (System.nanoTime() - sweepStart) / 1_000_000;
            System.out.printf("BB: seeded 100000 debtors in %d ms; list(25) %.0f req/s; full sweep %d ms%n",
                    seedMillis, perSecond, sweepMillis);
            assertEquals(100_000, seen.size());
            assertTrue(perSecond > 100, "only " + perSecond + " req/s");
        }
        try (AccountViewEmulator av = AccountViewEmulator.start()) {
            for (int i = 0; i < 20_000; i++) {
                av.company().insert("AK1", Map.of("ART_CODE", "A" + i, "ART_DESC1", "Artikel " + i));
            }
            HttpRequest get = HttpRequest.newBuilder(Http.uri(av.webApiUrl()
                            + "/accountviewdata?BusinessObject=AK1&PageSize=25&lastKey=0000010000"))
                    .header("Authorization", "Bearer " + av.issueTokens().accessToken())
                    .header("X-Company", av.company().id()).GET().build();
            for (int i = 0; i < 200; i++) {
                Http.send(get);
            }
            int calls = 1000;
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                assertEquals(200, Http.send(get).status());
            }
            double perSecond = calls / ((System.nanoTime() - start) / 1e9);
            System.out.printf("AV: GET AK1 PageSize=25 lastKey over 20000 articles %.0f req/s%n", perSecond);
            assertTrue(perSecond > 100, "only " + perSecond + " req/s");
        }
    }
}
