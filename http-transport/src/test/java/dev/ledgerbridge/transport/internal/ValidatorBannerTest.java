package dev.ledgerbridge.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate Validator logs "HV000001: Hibernate Validator x.y" at INFO once per JVM; the SDK's validator must
 * not print it into a user's run. Each case runs in a fresh JVM (the banner comes from a static initialiser) with
 * the test classpath: slf4j-simple at INFO and no logging configuration, as a user who configured nothing.
 */
class ValidatorBannerTest {
    @TempDir
    Path dir;

    /** Child JVM entry point: "sdk" validates through {@link BeanValidation}, "direct" bootstraps HV itself. */
    public static final class Probe {
        /** A bean with one broken rule. */
        public static final class Bean {
            @NotNull
            String name;
        }

        public static void main(String[] args) {
            int violations = args[0].equals("sdk") ? BeanValidation.violations(new Bean()).size()
                    : Validation.byDefaultProvider().configure()
                            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()
                            .getValidator().validate(new Bean()).size();
            System.out.println("violations=" + violations);
        }
    }

    @Test
    void theSdksValidatorPrintsNoBannerWhileValidating() throws Exception {
        Run run = run("sdk");
        assertEquals("violations=1", run.stdout.strip(), run.stderr);
        assertFalse(run.stderr.contains("HV000001"), "banner printed:\n" + run.stderr);
    }

    /** The control: the same JVM set-up does show the banner when HV is bootstrapped without the SDK. */
    @Test
    void hibernateValidatorAloneDoesPrintItInThisSetUp() throws Exception {
        Run run = run("direct");
        assertEquals("violations=1", run.stdout.strip(), run.stderr);
        assertTrue(run.stderr.contains("HV000001"), "no banner without the SDK either; the test sees nothing:\n"
                + run.stderr);
    }

    /** Someone who asks for the banner (a level set for that JUL logger) still gets it. */
    @Test
    void anExplicitLevelForTheBannerIsRespected() throws Exception {
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, "handlers=java.util.logging.ConsoleHandler\n"
                + "java.util.logging.ConsoleHandler.level=ALL\n"
                + "org.hibernate.validator.internal.util.Version.level=INFO\n");
        Run run = run("sdk", "-Djava.util.logging.config.file=" + config);
        assertTrue(run.stderr.contains("HV000001"), run.stderr);
    }

    private record Run(String stdout, String stderr) {
    }

    private Run run(String mode, String... jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmArgs));
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Probe.class.getName());
        cmd.add(mode);
        File out = dir.resolve(mode + ".out").toFile();
        File err = dir.resolve(mode + ".err").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish");
        }
        return new Run(Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
