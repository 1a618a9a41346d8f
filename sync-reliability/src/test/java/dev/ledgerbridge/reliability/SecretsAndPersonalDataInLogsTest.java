package dev.ledgerbridge.reliability;

import dev.ledgerbridge.accountview.oauth.TokenSet;
import dev.ledgerbridge.sync.SyncListener;
import dev.ledgerbridge.sync.report.RecordResult;
import dev.ledgerbridge.sync.report.SyncReport;
import dev.ledgerbridge.sync.state.ActivityEvent;
import dev.ledgerbridge.testkit.Fault;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full sync (customers and orders, AccountView -> BuchhaltungsButler) with everything at DEBUG and the transport at
 * TRACE with bodies logged (surefire routes slf4j-simple into {@code target/reliability-log.txt}), an access-token
 * expiry mid-run (so a refresh grant with client secret and rotating refresh token crosses the wire) and a few 5xx
 * (so retries and error bodies are logged). The captured output holds no secret and, with redaction on, none of the
 * seeded personal data; neither does the activity log.
 */
class SecretsAndPersonalDataInLogsTest {
    static final Path LOG = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/reliability-log.txt"));

    @Test
    void fullSyncAtDebugAndTraceLeaksNoSecretAndNoPersonalData() throws IOException {
        String marker = "secrets-test-start-" + System.nanoTime();
        LoggerFactory.getLogger(SecretsAndPersonalDataInLogsTest.class).info(marker); // also opens the log file
        Set<String> secrets = new LinkedHashSet<>();
        List<String> personal = new ArrayList<>();
        SyncReport report;
        try (SyncWorld w = new SyncWorld(12, 6, Clients.redactingPersonalFields())) {
            secrets.add(w.bb.apiSecret());
            secrets.add(w.bb.apiKey());
            secrets.add(Base64.getEncoder().encodeToString((w.bb.apiClient() + ":" + w.bb.apiSecret())
                    .getBytes(StandardCharsets.UTF_8)));
            secrets.add(w.av.clientSecret());
            TokenSet before = w.tokens.load().orElseThrow();
            secrets.add(before.accessToken());
            secrets.add(before.refreshToken().orElseThrow());
            for (int i = 0; i < w.customers; i++) {
                personal.add(SyncWorld.email(i));
                personal.add(SyncWorld.name(i));
                personal.add(SyncWorld.phone(i));
                personal.add("Person " + i);
                personal.add("Hauptstraße " + i);
            }
            w.bb.faults().seed(7).failRate("*", Fault.SERVER_ERROR, 0.05);
            AtomicInteger done = new AtomicInteger();
            report = w.engine(new SyncListener() {
                @Override
                public void recordDone(RecordResult result) {
                    if (done.incrementAndGet() == 5) {
                        w.av.expireAccessTokens();
                    }
                }
            }, true).run(w.flows());
            TokenSet after = w.tokens.load().orElseThrow();
            assertFalse(after.accessToken().equals(before.accessToken()), "the access token was refreshed mid-run");
            secrets.add(after.accessToken());
            secrets.add(after.refreshToken().orElseThrow());
            for (ActivityEvent event : w.activity.events("customers")) {
                assertClean(String.valueOf(event), secrets, personal, "activity log");
            }
        }
        String all = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(all.contains(marker), "slf4j-simple writes to " + LOG);
        String captured = all.substring(all.indexOf(marker));

        assertTrue(captured.contains("accountviewdata") && captured.contains("/settings/add/debtor"),
                "the transport's TRACE lines were captured");
        assertTrue(captured.contains("POST token") || captured.contains("/token"), "the refresh was logged");
        assertTrue(captured.lines().count() > 100, "a real amount of log: " + captured.lines().count());
        assertClean(captured, secrets, personal, "log output");
        assertClean(report.toString(), secrets, personal, "report");
        System.out.println("SecretsAndPersonalDataInLogsTest: " + captured.lines().count() + " log lines checked for "
                + secrets.size() + " secrets and " + personal.size() + " personal values");
    }

    private static void assertClean(String text, Set<String> secrets, List<String> personal, String where) {
        for (String secret : secrets) {
            int at = text.indexOf(secret);
            assertTrue(at < 0, where + " contains a secret: ..." + context(text, at));
        }
        for (String value : personal) {
            int at = text.indexOf(value);
            assertTrue(at < 0, where + " contains personal data '" + value + "': ..." + context(text, at));
        }
    }

    private static String context(String text, int at) {
        return at < 0 ? "" : text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100));
    }
}
