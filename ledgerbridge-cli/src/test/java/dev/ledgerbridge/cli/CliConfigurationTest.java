package dev.ledgerbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors: each is one line naming the setting, exit code 2, no secret, no stack trace. */
class CliConfigurationTest {

    @TempDir
    Path dir;

    static final String VALID = String.join("\n",
            "buchhaltungsbutler:",
            "  base-url: http://127.0.0.1:1/api/v1",
            "  api-client: {env: BB_CLIENT}",
            "  api-secret: {file: bb-secret.txt}",
            "  api-key: {env: BB_KEY}",
            "accountview:",
            "  base-url: http://127.0.0.1:1",
            "  client-id: my-client",
            "  client-secret: {env: AV_SECRET}",
            "  company: DEMO",
            "flows:",
            "  - name: customers-av-to-bb",
            "    entity: customers",
            "    from: accountview",
            "    to: buchhaltungsbutler",
            "");

    static final Map<String, String> SECRETS = Map.of("BB_CLIENT", "bb-client-321", "BB_KEY", "key-123",
            "AV_SECRET", "av-secret-456");

    private Path write(String yaml) throws IOException {
        Files.writeString(dir.resolve("bb-secret.txt"), "bb-secret-789\n");
        return Files.writeString(dir.resolve("ledgerbridge.yml"), yaml);
    }

    private static void assertOneLineCode2(Cli.Result r) {
        assertEquals(ExitCode.CONFIGURATION, r.code(), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        for (String secret : SECRETS.values()) {
            assertFalse(r.err().contains(secret) || r.out().contains(secret), r.toString());
        }
    }

    @Test
    void missingConfigurationFileIsOneLineNamingIt() {
        Cli.Result r = Cli.run(Map.of(), "--config", dir.resolve("nope.yml").toString(), "check");
        assertOneLineCode2(r);
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("ledgerbridge: configuration file " + dir.resolve("nope.yml")), r.err());
        assertTrue(r.err().contains("ledgerbridge emulators"), r.err());
    }

    @Test
    void literalSecretInTheFileIsRejectedWithoutShowingIt() throws IOException {
        Path file = write(VALID.replace("api-key: {env: BB_KEY}", "api-key: key-123"));
        Cli.Result r = Cli.run(SECRETS, "--config", file.toString(), "check");
        assertOneLineCode2(r);
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("buchhaltungsbutler.api-key: a secret must not be written into the "
                + "configuration file"), r.err());
        assertTrue(r.err().contains("LEDGERBRIDGE_BUCHHALTUNGSBUTLER_API_KEY"), r.err());
    }

    @Test
    void aTokenKeyThatIsNoKeyIsOneLineWithoutShowingIt() throws IOException {
        Path file = write(VALID.replace("  company: DEMO\n", "  company: DEMO\n  token-key: {env: AV_TOKEN_KEY}\n"));
        Map<String, String> env = new java.util.HashMap<>(SECRETS);
        env.put("AV_TOKEN_KEY", "c2hvcnQtc2VjcmV0");
        Cli.Result r = Cli.run(env, "--config", file.toString(), "check");
        assertOneLineCode2(r);
        assertTrue(r.err().contains("accountview.token-key: token key must be 16, 24 or 32 bytes, was 12"), r.err());
        assertFalse(r.err().contains("c2hvcnQtc2VjcmV0"), r.err());
    }

    @Test
    void everyProblemIsOneLineNamingTheSetting() throws IOException {
        Path file = write(VALID.replace("  company: DEMO\n", "  compnay: DEMO\n")
                .replace("entity: customers", "entity: invoices") + "schedule:\n  interval: soon\n");
        Cli.Result r = Cli.run(Map.of("BB_CLIENT", "bb-client-321"), "--config", file.toString(), "check");
        assertOneLineCode2(r);
        String err = r.err();
        assertTrue(err.contains("accountview.compnay: unknown setting"), err);
        assertTrue(err.contains("flows[0].entity: entity 'invoices' is not known"), err);
        assertTrue(err.contains("schedule.interval: must be a duration"), err);
        assertTrue(err.contains("buchhaltungsbutler.api-key: environment variable BB_KEY is not set"), err);
        err.lines().forEach(l -> assertTrue(l.startsWith("ledgerbridge: configuration "), l));
    }

    @Test
    void environmentVariablesOverrideTheFile() throws IOException {
        Path file = write(VALID);
        Map<String, String> env = new java.util.HashMap<>(SECRETS);
        env.put("LEDGERBRIDGE_SCHEDULE_INTERVAL", "0s");
        env.put("LEDGERBRIDGE_ACCOUNTVIEW_BASE_URL", "ftp://nowhere");
        Cli.Result r = Cli.run(env, "--config", file.toString(), "status");
        assertOneLineCode2(r);
        assertTrue(r.err().contains("schedule.interval: must be between 1 second and 7 days (was PT0S)"), r.err());
        assertTrue(r.err().contains("accountview.base-url: must be an absolute http or https URL with a host "
                + "(was ftp://nowhere)"), r.err());
    }

    @Test
    void unreachableHostIsTryLaterNamingHostAndSetting() throws IOException {
        dev.ledgerbridge.accountview.oauth.FileTokenStore.at(dir.resolve("av-tokens.json")).save(
                dev.ledgerbridge.accountview.oauth.TokenSet.builder().accessToken("a").refreshToken("r")
                        .expiresAt(java.time.Instant.now().plusSeconds(3600)).build());
        Path file = write(VALID.replace("  company: DEMO\n", "  company: DEMO\n  token-file: av-tokens.json\n"));
        Cli.Result r = Cli.run(SECRETS, "--config", file.toString(), "check");
        assertEquals(ExitCode.TRY_LATER, r.code(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ledgerbridge: BuchhaltungsButler at 127.0.0.1:1: ")
                && l.contains("buchhaltungsbutler.base-url")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ledgerbridge: AccountView at 127.0.0.1:1: ")), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path file = write(VALID.replace("api-key: {env: BB_KEY}", "api-key: key-123"));
        Cli.Result r = Cli.run(SECRETS, "--debug", "--config", file.toString(), "check");
        assertEquals(ExitCode.CONFIGURATION, r.code());
        assertTrue(r.err().contains("\tat dev.ledgerbridge.cli."), r.err());
        assertFalse(r.err().contains("key-123"), r.err());
    }

    @Test
    void usageErrorsAndHelp() {
        Cli.Result none = Cli.run(Map.of());
        assertEquals(ExitCode.CONFIGURATION, none.code());
        assertTrue(none.err().contains("a command is required"), none.err());
        Cli.Result once = Cli.run(Map.of(), "sync");
        assertEquals(ExitCode.CONFIGURATION, once.code());
        assertTrue(once.err().contains("--once"), once.err());
        Cli.Result help = Cli.run(Map.of(), "--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("75  try later"), help.out());
        assertTrue(help.out().contains("LEDGERBRIDGE_BUCHHALTUNGSBUTLER_API_KEY"), help.out());
    }

    @Test
    void everySettingHasItsVariable() {
        assertEquals("LEDGERBRIDGE_ENGINE_HEADER_ONLY_LINE_TAX_RATE",
                Setting.HEADER_LINE_TAX_RATE.environmentVariable());
        assertEquals("LEDGERBRIDGE_STATE_PASSWORD", Setting.STATE_PASSWORD.environmentVariable());
    }

    /** The first YAML block of the README's "Run it as a program": the example users copy. */
    static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Run it as a program");
        int start = readme.indexOf("```yaml\n", section);
        assertTrue(section >= 0 && start > section, "README section with a yaml block");
        start += "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmeExampleIsValid() throws IOException {
        Files.writeString(dir.resolve("bb-api-key"), "key-123");
        Path file = Files.writeString(dir.resolve("ledgerbridge.yml"),
                readmeExample().replace("/run/secrets/bb-api-key", "bb-api-key"));
        Map<String, String> env = Map.of("BB_API_CLIENT", "bb-client-321", "BB_API_SECRET", "bb-secret-789",
                "AV_CLIENT_SECRET", "av-secret-456");
        dev.ledgerbridge.config.LedgerBridgeConfig config = ConfigLoader.load(file, env);
        assertEquals(4, config.enabledFlows().size());
        assertEquals("key-123", config.buchhaltungsButler().apiKey().orElseThrow().reveal());
        assertEquals(java.time.Duration.ofMinutes(15), config.syncInterval());
        assertEquals("99999", config.engine().defaultDebtor().orElseThrow());
        assertEquals(dev.ledgerbridge.config.SystemName.ACCOUNTVIEW,
                config.flows().get(0).productCatalog().orElseThrow());
    }
}
