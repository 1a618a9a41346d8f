package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.testkit.postgres.TestDatabase;
import dev.ledgerbridge.testkit.postgres.TestPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code saveLink} returning means the link is durable: a child JVM saves links into an H2 file (or a PostgreSQL
 * database of the build's embedded server, see {@link TestPostgres}) and prints each acknowledged index; it is
 * killed with SIGKILL ({@link Process#destroyForcibly()}) mid-stream, and every acknowledged link must be there
 * when the state is opened again.
 */
class JdbcStateStoreCrashTest {
    private static final int ACKS_BEFORE_KILL = 500;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedLinkSurvivesKillMinus9() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-test"))
                .resolve("state-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dir);
        Path file = dir.resolve("ledgerbridge");
        killWhileWritingThenCheck(dir, file.toString(), Map.of(), "crash", () -> JdbcStateStore.h2File(file));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedLinkSurvivesKillMinus9OnPostgreSql() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-test"))
                .resolve("pg-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dir);
        try (TestDatabase database = TestPostgres.createDatabase()) {
            // the child finds user and password in its environment (LinkWriterMain), not on its command line
            killWhileWritingThenCheck(dir, database.url(), database.environment(), "crash",
                    () -> JdbcStateStore.open(database.url(), database.user(), database.password()));
        }
    }

    private void killWhileWritingThenCheck(Path dir, String target, Map<String, String> environment, String flow,
                                           Supplier<JdbcStateStore> reopen) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), LinkWriterMain.class.getName(), target,
                Long.toString(Long.MAX_VALUE), flow));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        Process child = builder.start();
        long lastAck = -1;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<Long> acks = CompletableFuture.supplyAsync(() -> readAcks(out, ACKS_BEFORE_KILL));
            lastAck = acks.get(90, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends after SIGKILL");
        }
        assertTrue(lastAck >= ACKS_BEFORE_KILL - 1, "the child acknowledged " + (lastAck + 1) + " links; stderr: "
                + Files.readString(stderr));

        List<Long> missing = new ArrayList<>();
        try (JdbcStateStore reopened = reopen.get()) {
            for (long i = 0; i <= lastAck; i++) {
                if (reopened.link(flow, "source-" + i).isEmpty()) {
                    missing.add(i);
                }
            }
        }
        assertEquals(0, missing.size(), (lastAck + 1) + " links acknowledged before the kill, " + missing.size()
                + " lost" + (missing.isEmpty() ? "" : " (indexes " + missing.get(0) + ".." + missing.get(
                        missing.size() - 1) + ")"));
    }

    /** Reads the child's lines up to {@code n} acknowledgements; returns the last acknowledged index. */
    private static long readAcks(BufferedReader out, int n) {
        long last = -1;
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    last = Long.parseLong(line.substring(4).trim());
                    if (last + 1 >= n) {
                        return last;
                    }
                }
            }
        } catch (IOException e) {
            fail("reading the child's output failed: " + e);
        }
        return last;
    }
}
