package dev.ledgerbridge.reliability.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM on the test's class path: stdout read line by line by a daemon thread (kept in memory and copied to
 * {@code <name>.out}), stderr into {@code <name>.err}, both under the trial's directory. Every wait is bounded;
 * {@link #close()} kills the process (SIGKILL) if it still runs.
 */
final class ChildJvm implements AutoCloseable {
    private final String name;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Path err;
    private boolean ended;

    private ChildJvm(String name, Process process, Path outFile, Path err) {
        this.name = name;
        this.process = process;
        this.err = err;
        Thread reader = new Thread(() -> pump(outFile), "child-out-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(String name, Path dir, Class<?> main, List<String> args) {
        return start(name, dir, main, args, Map.of());
    }

    /** Like {@link #start(String, Path, Class, List)}, with variables added to the child's environment. */
    static ChildJvm start(String name, Path dir, Class<?> main, List<String> args, Map<String, String> environment) {
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(args);
            Path err = dir.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            p.getOutputStream().close();
            return new ChildJvm(name, p, dir.resolve(name + ".out"), err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void pump(Path outFile) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             Writer copy = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
                copy.write(line);
                copy.write('\n');
            }
        } catch (IOException e) {
            // the process was killed: its pipe ends
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    String name() {
        return name;
    }

    /**
     * Waits until {@code count} lines matching {@code match} have been printed, or the output ends, or the
     * timeout passes.
     *
     * @return true when the count was reached
     */
    synchronized boolean awaitLines(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (lines.stream().filter(match).count() >= count) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The value of the first {@code KEY=value} line with this key. */
    synchronized String value(String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElseThrow(() -> new IllegalStateException(name + " printed no " + key));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux), then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not end 30 s after SIGKILL");
        }
    }

    /** Waits for the exit and the end of its output; kills it when the timeout passes. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException(name + " did not end within " + timeout + "; killed. " + diagnosis());
        }
        awaitLines(l -> false, 1, Duration.ofSeconds(5)); // drain the rest of stdout
        return process.exitValue();
    }

    /** The last lines of stdout and stderr. */
    String diagnosis() {
        List<String> out = lines();
        String stderr;
        try {
            List<String> e = Files.readAllLines(err, StandardCharsets.UTF_8);
            stderr = String.join("\n", e.subList(Math.max(0, e.size() - 15), e.size()));
        } catch (IOException e) {
            stderr = "(no stderr: " + e + ")";
        }
        return "stdout tail: " + out.subList(Math.max(0, out.size() - 10), out.size()) + "\nstderr tail ("
                + err + "):\n" + stderr;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
