package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The emulator process of {@link CrashSuiteTest}: BuchhaltungsButler and AccountView emulators in one JVM on free
 * loopback ports, rate limits off, seeded with {@link CrashData}. Prints {@code KEY=value} lines (URLs, the
 * emulator-only credentials, two AccountView token pairs: one for the sync processes, one for the test's reads),
 * then {@code READY}, and serves until the process is killed.
 */
public final class CrashEmulatorsMain {
    private CrashEmulatorsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                .batchInterval(Duration.ZERO).start();
        AccountViewEmulator av = AccountViewEmulator.builder()
                .tokenLifetimes(Duration.ofHours(2), Duration.ofDays(30)).start();
        CrashData.seed(av, bb);
        AccountViewTokens sync = av.issueTokens();
        AccountViewTokens test = av.issueTokens();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BB_URL", bb.baseUrl());
        env.put("BB_CLIENT", bb.apiClient());
        env.put("BB_SECRET", bb.apiSecret());
        env.put("BB_KEY", bb.apiKey());
        env.put("AV_URL", av.baseUrl());
        env.put("AV_CLIENT_ID", av.clientId());
        env.put("AV_CLIENT_SECRET", av.clientSecret());
        env.put("AV_COMPANY", AccountViewEmulator.DEFAULT_COMPANY_CODE);
        env.put("AV_SYNC_ACCESS", sync.accessToken());
        env.put("AV_SYNC_REFRESH", sync.refreshToken());
        env.put("AV_TEST_ACCESS", test.accessToken());
        env.put("AV_TEST_REFRESH", test.refreshToken());
        List<String> lines = new ArrayList<>();
        env.forEach((k, v) -> lines.add(k + "=" + v));
        lines.forEach(out::println);
        out.println("READY");
        new CountDownLatch(1).await(); // until killed
    }
}
