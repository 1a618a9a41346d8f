package dev.ledgerbridge.reliability.crash;

import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.accountview.AccountViewTokens;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The emulator process of {@link ClusterTrialTest}: one AccountView and one BuchhaltungsButler emulator per tenant,
 * all in this JVM on free loopback ports, rate limits off, each pair seeded with a few {@link CrashData} debtors and
 * sales orders (no BuchhaltungsButler invoices: the trial syncs AccountView -> BuchhaltungsButler only).
 *
 * <p>Arguments: {@code TENANTS=n}, {@code DEBTORS=n}, {@code ORDERS=n}. Prints per tenant
 * {@code TENANT id|bbBaseUrl|bbApiKey|avBaseUrl|avCompany|avAccessToken|avRefreshToken} (the worker's form, see
 * {@code TenantWorkerMain}: tokens of the workers' first consent) and {@code READER id|avAccessToken|avRefreshToken}
 * (tokens for the test's own reads), then {@code READY}, and serves until the process is killed. Emulator keys and
 * tokens are not secrets.
 */
public final class ClusterEmulatorsMain {
    private ClusterEmulatorsMain() {
    }

    /** The id of tenant {@code i} (0-based): {@code t01}, {@code t02}, ... */
    static String tenantId(int i) {
        return String.format("t%02d", i + 1);
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, Integer> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), Integer.parseInt(arg.substring(eq + 1)));
        }
        for (int i = 0; i < a.get("TENANTS"); i++) {
            String id = tenantId(i);
            BuchhaltungsButlerEmulator bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0)
                    .batchInterval(Duration.ZERO).apiKeys("key-" + id).start();
            AccountViewEmulator av = AccountViewEmulator.builder()
                    .tokenLifetimes(Duration.ofHours(2), Duration.ofDays(30)).start();
            CrashData.seed(av, bb, a.get("DEBTORS"), a.get("ORDERS"), 0);
            AccountViewTokens worker = av.issueTokens();
            AccountViewTokens reader = av.issueTokens();
            out.println("TENANT " + String.join("|", id, bb.baseUrl(), bb.apiKey(), av.baseUrl(),
                    AccountViewEmulator.DEFAULT_COMPANY_CODE, worker.accessToken(), worker.refreshToken()));
            out.println("READER " + String.join("|", id, reader.accessToken(), reader.refreshToken()));
        }
        out.println("READY");
        new CountDownLatch(1).await(); // until killed
    }
}
