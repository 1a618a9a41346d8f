package dev.ledgerbridge.testkit.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** The command-line run both emulators' {@code main} share: arguments, start, seed, print, wait for the end. */
public final class EmulatorCommandLine {
    private EmulatorCommandLine() {
    }

    /**
     * Parses {@code --port N}, {@code --seed-file path} and the emulator's own flags.
     *
     * @param args command-line arguments
     * @param port receives the port
     * @param flags further flags without a value and what each does
     * @param usage the accepted arguments, named in the error, e.g. {@code --port N, --seed-file path}
     * @return the seed file, or null when none was given
     * @throws IllegalArgumentException on an unknown argument
     */
    public static Path parse(String[] args, IntConsumer port, Map<String, Runnable> flags, String usage) {
        Path seedFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port.accept(Integer.parseInt(args[++i]));
                case "--seed-file" -> seedFile = Path.of(args[++i]);
                default -> {
                    Runnable flag = flags.get(args[i]);
                    if (flag == null) {
                        throw new IllegalArgumentException("unknown argument " + args[i] + "; use " + usage);
                    }
                    flag.run();
                }
            }
        }
        return seedFile;
    }

    /**
     * Starts an emulator and seeds it; closes it again when seeding fails, since the server thread would
     * otherwise keep the JVM alive.
     *
     * @param <E> the emulator type
     * @param start starts the emulator
     * @param seedFile the seed file, or null for none
     * @param seed seeds the emulator from the file
     * @return the running emulator
     */
    public static <E extends AutoCloseable> E startSeeded(Supplier<E> start, Path seedFile, BiConsumer<E, Path> seed) {
        E emulator = start.get();
        try {
            if (seedFile != null) {
                seed.accept(emulator, seedFile);
            }
        } catch (RuntimeException e) {
            closeQuietly(emulator, e);
            throw e;
        }
        return emulator;
    }

    /**
     * Closes the emulator on JVM shutdown and blocks until then.
     *
     * @param emulator the running emulator
     * @throws InterruptedException when interrupted
     */
    public static void runUntilStopped(AutoCloseable emulator) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(emulator, null)));
        new CountDownLatch(1).await();
    }

    private static void closeQuietly(AutoCloseable emulator, RuntimeException cause) {
        try {
            emulator.close();
        } catch (Exception e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
