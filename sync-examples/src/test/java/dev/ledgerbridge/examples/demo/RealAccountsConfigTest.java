package dev.ledgerbridge.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealAccountsConfigTest {

    @TempDir
    Path dir;

    static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put(RealAccountsConfig.BB_API_CLIENT, "bb-client");
        env.put(RealAccountsConfig.BB_API_SECRET, "bb-very-secret");
        env.put(RealAccountsConfig.BB_API_KEY, "bb-key-123");
        env.put(RealAccountsConfig.AV_CLIENT_ID, "av-client");
        env.put(RealAccountsConfig.AV_CLIENT_SECRET, "av-very-secret");
        env.put(RealAccountsConfig.AV_COMPANY, "DEMO");
        env.put(RealAccountsConfig.AV_TOKEN_STORE, "/tmp/tokens.json");
        env.put(RealAccountsConfig.AV_REDIRECT_URI, "http://localhost/callback");
        return env;
    }

    @Test
    void noVariablesMeansEmulatorMode() {
        assertTrue(RealAccountsConfig.load(Map.of("PATH", "/usr/bin", "LEDGERBRIDGE_BB_API_KEY", " "), null)
                .isEmpty());
    }

    @Test
    void oneMissingVariableIsNamedInOneMessage() {
        Map<String, String> env = complete();
        env.remove(RealAccountsConfig.BB_API_SECRET);
        CredentialException e = assertThrows(CredentialException.class, () -> RealAccountsConfig.load(env, null));
        assertEquals("Cannot run against real accounts: LEDGERBRIDGE_BB_API_SECRET is not set (set it as an "
                + "environment variable or in a properties file given with --config; unset all LEDGERBRIDGE_* "
                + "variables to run the demo on the emulators).", e.getMessage());
    }

    @Test
    void allMissingVariablesAreListedInOrder() {
        CredentialException e = assertThrows(CredentialException.class, () -> RealAccountsConfig.load(
                Map.of(RealAccountsConfig.BB_API_KEY, "k"), null));
        assertTrue(e.getMessage().startsWith("Cannot run against real accounts: LEDGERBRIDGE_BB_API_CLIENT, "
                + "LEDGERBRIDGE_BB_API_SECRET, LEDGERBRIDGE_AV_CLIENT_ID, LEDGERBRIDGE_AV_CLIENT_SECRET, "
                + "LEDGERBRIDGE_AV_COMPANY, LEDGERBRIDGE_AV_TOKEN_STORE, LEDGERBRIDGE_AV_REDIRECT_URI are not set"),
                e.getMessage());
        assertFalse(e.getMessage().contains("k,"));
    }

    @Test
    void propertiesFileWithTheSameKeysEnvironmentWins() throws IOException {
        Path file = dir.resolve("ledgerbridge.properties");
        StringBuilder sb = new StringBuilder();
        complete().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, sb);
        RealAccountsConfig config = RealAccountsConfig.load(Map.of(RealAccountsConfig.AV_COMPANY, "OTHER"), file)
                .orElseThrow();
        assertEquals("bb-key-123", config.require(RealAccountsConfig.BB_API_KEY));
        assertEquals("OTHER", config.require(RealAccountsConfig.AV_COMPANY));
    }

    @Test
    void configFileFromEnvironmentVariableAndUnknownKeysRefused() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "LEDGERBRIDGE_BB_APIKEY=typo\n");
        CredentialException e = assertThrows(CredentialException.class, () -> RealAccountsConfig.load(
                Map.of(RealAccountsConfig.CONFIG_FILE, file.toString()), null));
        assertTrue(e.getMessage().startsWith("Unknown key 'LEDGERBRIDGE_BB_APIKEY' in " + file), e.getMessage());
    }

    @Test
    void toStringNamesKeysNeverSecrets() {
        String s = RealAccountsConfig.load(complete(), null).orElseThrow().toString();
        assertTrue(s.contains(RealAccountsConfig.BB_API_SECRET));
        assertFalse(s.contains("very-secret") || s.contains("bb-key-123"), s);
    }
}
