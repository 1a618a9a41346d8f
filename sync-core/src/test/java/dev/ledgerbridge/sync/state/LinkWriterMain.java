package dev.ledgerbridge.sync.state;

import dev.ledgerbridge.testkit.postgres.TestDatabase;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link JdbcStateStoreCrashTest}: opens {@code JdbcStateStore.h2File(args[0])} (or, for a
 * {@code jdbc:} URL, that database with user and password from {@link TestDatabase#environment()}) and saves
 * links {@code 0, 1, 2, ...} until killed (or {@code args[1]} links), printing {@code ack <i>} after each
 * {@code saveLink} has returned.
 */
public final class LinkWriterMain {
    private LinkWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long max = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        String flow = args.length > 2 ? args[2] : "crash";
        JdbcStateStore store = args[0].startsWith("jdbc:")
                ? JdbcStateStore.open(args[0], System.getenv(TestDatabase.USER_VARIABLE),
                System.getenv(TestDatabase.PASSWORD_VARIABLE))
                : JdbcStateStore.h2File(Path.of(args[0]));
        out.println("ready " + store.schemaVersion());
        out.flush();
        for (long i = 0; i < max; i++) {
            store.saveLink(new Link(flow, "source-" + i, "target-" + i, "hash-" + i, Instant.ofEpochMilli(i)));
            out.println("ack " + i);
            out.flush();
        }
        store.close();
    }
}
