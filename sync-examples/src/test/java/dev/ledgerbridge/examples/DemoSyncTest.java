package dev.ledgerbridge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The main class's options (the demo itself: EmulatorDemoTest). */
class DemoSyncTest {

    @Test
    void unknownOptionShowsUsageAndPointsRealAccountsToTheApplication() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DemoSync.run(new String[] {"--write"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(DemoSync.EXIT_USAGE, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Unknown option '--write'"), e);
        assertTrue(e.contains("ledgerbridge check"), e);
    }
}
