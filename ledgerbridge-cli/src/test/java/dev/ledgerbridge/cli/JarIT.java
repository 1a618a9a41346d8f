package dev.ledgerbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a new user runs it, each command in its own JVM: {@code emulators} in the background, then
 * {@code check}, {@code sync --once} and {@code status} with the configuration it wrote; SIGTERM stops the
 * emulators cleanly.
 */
class JarIT {

    @TempDir
    Path dir;

    private static final long WAIT_SECONDS = 120;

    private ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("ledgerbridge.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LEDGERBRIDGE_CONFIG", dir.resolve("ledgerbridge-emulators/ledgerbridge.yml")
                .toString());
        return pb;
    }

    private record Run(int code, String out) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Process p = java(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "ledgerbridge " + String.join(" ", args) + " ended");
        return new Run(p.exitValue(), out);
    }

    @Test
    void newUserWalkthrough() throws Exception {
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("ledgerbridge.jar"))), "the jar is built");
        Process emulators = java("emulators").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(emulators.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("Running until")) {
                seen.append(line).append('\n');
            }
            assertTrue(line != null, "emulators started: " + seen);

            Run check = run("check");
            assertEquals(ExitCode.OK, check.code(), check.out());
            assertTrue(check.out().contains("ok    AccountView at 127.0.0.1:"), check.out());

            Run sync = run("sync", "--once");
            // the demo data set holds deliberately invalid records: they fail, are parked, the rest is written
            assertEquals(ExitCode.RECORDS_FAILED, sync.code(), sync.out());
            assertTrue(sync.out().matches("(?s).*Done: created [1-9]\\d*, .*"), sync.out());

            Run status = run("status");
            assertEquals(ExitCode.OK, status.code(), status.out());
            assertTrue(status.out().contains("parked:    2 (retried on every run)"), status.out());

            emulators.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output stream
            assertTrue(emulators.waitFor(WAIT_SECONDS, TimeUnit.SECONDS));
            StringBuilder rest = new StringBuilder();
            while ((line = out.readLine()) != null) {
                rest.append(line).append('\n');
            }
            assertTrue(rest.toString().contains("Emulators stopped."), rest.toString());
        } finally {
            emulators.destroyForcibly();
        }
    }
}
