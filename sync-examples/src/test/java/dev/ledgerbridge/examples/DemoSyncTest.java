package dev.ledgerbridge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ledgerbridge.examples.demo.RealAccountsConfig;
import dev.ledgerbridge.testkit.accountview.AccountViewEmulator;
import dev.ledgerbridge.testkit.buchhaltungsbutler.BuchhaltungsButlerEmulator;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-accounts path of the main class, pointed at the emulators through the base-URL variables. */
class DemoSyncTest {

    @TempDir
    Path dir;

    private BuchhaltungsButlerEmulator bb;
    private AccountViewEmulator av;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        bb = BuchhaltungsButlerEmulator.builder().requestsPerMinute(0).batchInterval(Duration.ZERO).start();
        av = AccountViewEmulator.start();
    }

    @AfterEach
    void stop() {
        bb.close();
        av.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(RealAccountsConfig.BB_API_CLIENT, bb.apiClient());
        env.put(RealAccountsConfig.BB_API_SECRET, bb.apiSecret());
        env.put(RealAccountsConfig.BB_API_KEY, bb.apiKey());
        env.put(RealAccountsConfig.BB_BASE_URL, bb.baseUrl());
        env.put(RealAccountsConfig.AV_CLIENT_ID, av.clientId());
        env.put(RealAccountsConfig.AV_CLIENT_SECRET, av.clientSecret());
        env.put(RealAccountsConfig.AV_COMPANY, AccountViewEmulator.DEFAULT_COMPANY_CODE);
        env.put(RealAccountsConfig.AV_TOKEN_STORE, dir.resolve("av-tokens.json").toString());
        env.put(RealAccountsConfig.AV_REDIRECT_URI, av.redirectUri());
        env.put(RealAccountsConfig.AV_BASE_URL, av.baseUrl());
        return env;
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--state";
        all[1] = dir.resolve("state").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return DemoSync.run(all, env, new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingCredentialGivesOneLineNamingTheVariableAndTouchesNoSystem() {
        Map<String, String> env = env();
        env.remove(RealAccountsConfig.AV_CLIENT_SECRET);
        assertEquals(DemoSync.EXIT_CREDENTIALS, run(env, ""));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("LEDGERBRIDGE_AV_CLIENT_SECRET is not set"), err());
        assertEquals(0, bb.stats().total() + av.stats().total());
        assertEquals("", out());
    }

    @Test
    void wrongBuchhaltungsButlerSecretIsOneMessageNamingTheSystemWithoutTheSecret() {
        Map<String, String> env = env();
        env.put(RealAccountsConfig.BB_API_SECRET, "wrong-secret-4711");
        env.put(RealAccountsConfig.AV_AUTH_CODE, av.issueAuthorizationCode());
        assertEquals(DemoSync.EXIT_CREDENTIALS, run(env, ""));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("BuchhaltungsButler refused the credentials (HTTP 401"), err());
        assertTrue(err().contains("check LEDGERBRIDGE_BB_API_CLIENT, LEDGERBRIDGE_BB_API_SECRET"), err());
        assertFalse(err().contains("wrong-secret-4711"), err());
    }

    @Test
    void wrongAccountViewClientSecretIsOneMessageNamingTheSystem() {
        Map<String, String> env = env();
        env.put(RealAccountsConfig.AV_CLIENT_SECRET, "not-the-secret");
        env.put(RealAccountsConfig.AV_AUTH_CODE, av.issueAuthorizationCode());
        assertEquals(DemoSync.EXIT_CREDENTIALS, run(env, ""));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("AccountView refused the credentials"), err());
        assertFalse(err().contains("not-the-secret"), err());
    }

    @Test
    void unknownCompanyIsNamed() {
        Map<String, String> env = env();
        env.put(RealAccountsConfig.AV_COMPANY, "NOPE");
        env.put(RealAccountsConfig.AV_AUTH_CODE, av.issueAuthorizationCode());
        assertEquals(DemoSync.EXIT_CREDENTIALS, run(env, ""));
        assertTrue(err().startsWith("AccountView has no company 'NOPE'"), err());
    }

    @Test
    void authorizationCodeFromStdinThenADryRunThatWritesNothing() {
        bb.tenant().addDebtor(Map.of("name", "Bäckerei Wolf", "email", "info@baeckerei-wolf.example",
                "country", "DE"));
        assertEquals(0, run(env(), av.issueAuthorizationCode() + "\n"), err());
        assertTrue(out().contains("Open this URL"), out());
        assertTrue(out().contains(av.baseUrl() + "/ams/authorize.aspx?"), out());
        assertTrue(out().contains("dry run"), out());
        assertTrue(out().contains("customers:BuchhaltungsButler->AccountView"), out());
        assertTrue(av.company().rows("CONTACT").isEmpty(), "a dry run writes nothing");
        assertTrue(dir.resolve("av-tokens.json").toFile().exists(), "tokens are kept for the next run");
    }

    @Test
    void emptyStdinForTheCodeIsOneClearMessage() {
        assertEquals(DemoSync.EXIT_CREDENTIALS, run(env(), ""));
        assertTrue(err().startsWith("No AccountView authorization code given"), err());
    }

    @Test
    void unknownOptionShowsUsage() {
        assertEquals(DemoSync.EXIT_USAGE, run(Map.of(), "", "--fast"));
        assertTrue(err().startsWith("Unknown option '--fast'"), err());
    }
}
