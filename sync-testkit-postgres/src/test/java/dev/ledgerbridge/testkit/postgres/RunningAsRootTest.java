package dev.ledgerbridge.testkit.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As root, where user namespaces are not allowed (simulated: an {@code unshare} on the PATH that fails, as under
 * Docker's default seccomp profile), the server still starts, as {@code nobody}. A child JVM, as the server is
 * one per JVM.
 */
@EnabledIf("dev.ledgerbridge.testkit.postgres.RootUser#isRoot")
class RunningAsRootTest {
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void withoutUserNamespacesTheServerRunsAsNobody(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path unshare = Files.writeString(bin.resolve("unshare"),
                "#!/bin/sh\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n");
        assertTrue(unshare.toFile().setExecutable(true));

        ProcessBuilder child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), ServerOwnerMain.class.getName()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.txt").toFile());
        child.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        child.environment().remove(TestDatabase.URL_VARIABLE);
        Process process = child.start();
        assertTrue(process.waitFor(150, TimeUnit.SECONDS), "the child ends");
        String output = read(dir.resolve("child.txt"));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("owner: nobody"), output);
        assertTrue(output.contains("(as user nobody via setpriv)"), output);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
