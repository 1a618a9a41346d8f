package dev.ledgerbridge.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.transport.error.RateLimitedException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private final ManualTimeSource time = new ManualTimeSource();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Long> callTimes = Collections.synchronizedList(new ArrayList<>());
    private final HttpTransport base = request -> {
        calls.incrementAndGet();
        callTimes.add(time.nanoTime());
        return new ApiResponse(request, 200, Map.of(), new byte[0]);
    };

    private HttpTransport transport(Duration maxWait) {
        return Transports.builder().base(base).timeSource(time).retryPolicy(RetryPolicy.none())
                .rateLimitTimeout(maxWait).build();
    }

    private static ApiRequest request(RateLimit... limits) {
        ApiRequest.Builder b = ApiRequest.builder().uri(URI.create("http://localhost/x"));
        for (RateLimit l : limits) {
            b.rateLimit(l);
        }
        return b.build();
    }

    @Test
    void burstPassesAtOnceThenTheSteadyRateApplies() {
        HttpTransport t = transport(Duration.ofMinutes(10));
        RateLimit limit = RateLimit.of("k", 100, Duration.ofMinutes(1)); // burst 100
        for (int i = 0; i < 130; i++) {
            t.execute(request(limit));
        }
        assertEquals(130, calls.get());
        // 100 immediately, then 30 more at 0.6 s each
        assertEquals(Duration.ofMillis(600).multipliedBy(30).toNanos(), time.nanoTime());
    }

    @Test
    void severalThreadsShareOneBucketAtExactlyTheConfiguredRate() throws Exception {
        HttpTransport t = transport(Duration.ofHours(1));
        RateLimit limit = RateLimit.of("shared", 10, Duration.ofSeconds(1)).withBurst(1);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int j = 0; j < perThread; j++) {
                    t.execute(request(limit));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * perThread, calls.get());
        // 200 permits at 100 ms spacing: the last one is granted at 19.9 s, never earlier
        assertEquals(Duration.ofMillis(100).multipliedBy(threads * perThread - 1).toNanos(), time.nanoTime());
        List<Long> sorted = new ArrayList<>(callTimes);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            // the i-th permit is never granted before its slot
            assertTrue(sorted.get(i) >= Duration.ofMillis(100).multipliedBy(i).toNanos(), "permit " + i + " too early");
        }
    }

    @Test
    void bucketsAreSeparatePerKeyAndARequestDrawsFromAllItsBuckets() {
        HttpTransport t = transport(Duration.ofMinutes(10));
        RateLimit tenantA = RateLimit.of("bb:tenant-a", 1, Duration.ofSeconds(1));
        RateLimit tenantB = RateLimit.of("bb:tenant-b", 1, Duration.ofSeconds(1));
        RateLimit batch = RateLimit.of("bb:tenant-a:batch", 1, Duration.ofSeconds(5));
        t.execute(request(tenantA));
        t.execute(request(tenantB)); // other tenant: no wait
        assertEquals(0, time.nanoTime());
        t.execute(request(tenantA, batch)); // waits 1 s for tenant A
        assertEquals(Duration.ofSeconds(1).toNanos(), time.nanoTime());
        t.execute(request(tenantA, batch)); // the batch bucket forces 5 s spacing
        assertEquals(Duration.ofSeconds(6).toNanos(), time.nanoTime());
    }

    @Test
    void failsWithTheWaitWhenNoPermitArrivesWithinTheTimeout() {
        HttpTransport t = transport(Duration.ofSeconds(2));
        RateLimit limit = RateLimit.of("slow", 1, Duration.ofSeconds(10));
        t.execute(request(limit));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> t.execute(request(limit)));
        assertEquals(1, calls.get());
        assertEquals(Duration.ofSeconds(10), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("slow"), e.getMessage());
        assertEquals(0, e.httpStatus());
    }

    @Test
    void aSlidingWindowLetsTheWholeAllowanceThroughThenOneAsEachOldRequestLeavesTheWindow() {
        HttpTransport t = transport(Duration.ofMinutes(10));
        RateLimit limit = RateLimit.slidingWindow("window", 100, Duration.ofSeconds(60));
        for (int i = 0; i < 250; i++) {
            t.execute(request(limit));
        }
        assertEquals(250, calls.get());
        List<Long> times = new ArrayList<>(callTimes);
        assertEquals(0L, times.get(99), "the first 100 pass at once");
        assertEquals(Duration.ofSeconds(60).toNanos(), times.get(100), "the 101st when the 1st leaves the window");
        assertEquals(Duration.ofSeconds(120).toNanos(), times.get(249));
        for (int i = 100; i < times.size(); i++) {
            assertTrue(times.get(i) - times.get(i - 100) >= Duration.ofSeconds(60).toNanos(), "window overfull at " + i);
        }
    }
}
